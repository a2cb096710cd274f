// Share links: the design travels in the URL fragment; whoever opens it (another browser, with
// an empty library) sees it read-only and can save a copy.
import { expect, test, type Page } from '@playwright/test';
import { designRow, openDesignsView, openStored, storedDesigns, waitSaved, TEMPLATE } from './app';

test.slow();

const DEMO = TEMPLATE.ibSoftware;

/**
 * Copies the open design's link and returns it once it is on the clipboard. The link itself is
 * the condition: the notice that confirms it is transient, and on a busy machine a check can
 * land after it has gone.
 */
async function copyLink(page: Page): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const read = (): Promise<string> => page.evaluate(() => navigator.clipboard.readText());
  await expect.poll(read).toContain('#share=');
  return read();
}

test('a share link round trip: read-only for whoever opens it, then "Save a copy"', async ({ browser, baseURL }) => {
  const sender = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await sender.newPage();
  await openStored(page);
  await page.getByRole('radio', { name: 'Native' }).click();
  await waitSaved(page);
  const link = await copyLink(page);
  expect(link.startsWith(`${baseURL}/#share=1.`)).toBe(true);
  expect(link.length).toBeLessThan(3000);

  // The customer's browser: nothing stored yet.
  const receiver = await browser.newContext();
  const other = await receiver.newPage();
  await other.goto(link);
  const banner = other.getByRole('region', { name: 'Shared design' });
  await expect(banner).toContainText('Shared design, read-only.');
  await expect(other.getByLabel('Design name')).toHaveValue(DEMO);
  await expect(other.getByRole('radio', { name: 'Native' })).toBeChecked();
  await expect(other.getByLabel('Autosave: off for a shared design')).toBeVisible();
  // Edits are refused with a hint; nothing is stored.
  await other.getByRole('radio', { name: 'Software' }).click();
  await expect(other.getByRole('status').filter({ hasText: 'read-only' })).toContainText('Save a copy');
  await expect(other.getByRole('radio', { name: 'Native' })).toBeChecked();
  expect(await storedDesigns(other)).toEqual([]);

  await banner.getByRole('button', { name: 'Save a copy' }).click();
  await expect(banner).toHaveCount(0);
  await expect(other).toHaveURL(/#design=/);
  await waitSaved(other);
  const view = await openDesignsView(other);
  await expect(designRow(view, DEMO)).toContainText('Share link');
  await view.getByRole('button', { name: 'Back to the design' }).click();
  await other.getByRole('radio', { name: 'Software' }).click();
  await waitSaved(other);
  expect((await storedDesigns(other)).map((e) => [e.name, e.design?.settings.mode])).toEqual([[DEMO, 'software']]);
  await sender.close();
  await receiver.close();
});

test('a damaged link says so and opens the user\'s own design; a design too large for a link offers a file', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await openStored(page);
  const link = await copyLink(page);
  await page.goto(link.slice(0, link.length - 40));
  await expect(page.getByRole('alertdialog')).toContainText('This share link could not be opened');
  await expect(page.getByRole('alertdialog')).toContainText('damaged or incomplete');
  await page.getByRole('alertdialog').getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('region', { name: 'Shared design' })).toHaveCount(0);
  await expect(page.getByLabel('Design name')).toHaveValue(DEMO);

  // 400 nodes with labels that do not compress: far past what a link should carry.
  const noise = (): string => Array.from({ length: 10 }, () => Math.random().toString(36).slice(2, 13)).join('');
  const nodes = Array.from({ length: 400 }, (_, i) => ({ id: `lan-${i}`, partId: 'net-lan-gige', label: noise(), position: { x: (i % 20) * 260, y: Math.floor(i / 20) * 140 }, count: 1 }));
  const stored = (await storedDesigns(page))[0]!.design as unknown as Record<string, unknown>;
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file' }).click();
  await (await chooser).setFiles({ name: 'noisy.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...stored, name: 'Noisy labels', nodes, links: [] })) });
  await expect(page.getByLabel('Design name')).toHaveValue('Noisy labels');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('Too large for a share link');
  await expect(dialog).toContainText('Save it to a file and send the file instead.');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save to file' }).click();
  expect((await download).suggestedFilename()).toBe('noisy-labels.json');
  await context.close();
});
