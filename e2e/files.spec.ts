// Design files: save one, open it back (picker, drop on the canvas, paste), and bad files that
// are refused with their message while the open design stays as it was.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { canvas, designRow, node, openDesignsView, openStored, storedDesigns, waitSaved, TEMPLATE } from './app';

test.slow();

const DEMO = TEMPLATE.ibSoftware;

async function saveToFile(page: Page): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save to file' }).click();
  const file = await download;
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

async function openFile(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** The dialog that says a file could not be opened. */
const problem = (page: Page) => page.getByRole('alertdialog');

test('save to a file and open it back as a new design', async ({ page }) => {
  await openStored(page);
  await page.getByRole('radio', { name: 'Native' }).click();
  await waitSaved(page);
  const file = await saveToFile(page);
  expect(file.name).toBe('infiniband-software-iov-128-servers.json');
  const saved = JSON.parse(file.text) as Record<string, unknown>;
  expect(Object.keys(saved).slice(0, 4)).toEqual(['format', 'version', 'app', 'savedAt']);
  expect(saved).toMatchObject({ format: 'iov-planner/design', version: 3, name: DEMO, settings: { mode: 'native' } });
  expect(saved.app).toMatch(/^IOV Planner \d/);

  await openFile(page, file.name, `\uFEFF${file.text}`); // a byte order mark, as Windows editors write
  await expect(page.getByRole('status').filter({ hasText: 'as a new design' })).toContainText(`Opened “${file.name}” as a new design`);
  await expect(page.getByLabel('Design name')).toHaveValue(`${DEMO} (2)`); // named apart from the one it was saved from
  await expect(page.getByRole('radio', { name: 'Native' })).toBeChecked();
  const stored = await storedDesigns(page);
  expect(stored).toHaveLength(2);
  // The same design, but for its name: the copy is named apart.
  const [a, b] = stored.map((e) => ({ ...e.design!, name: e.design!.name.replace(/ \(2\)$/, '') }));
  expect(a).toEqual(b);
  expect(stored.map((e) => e.design!.name).sort()).toEqual([DEMO, `${DEMO} (2)`]);
  expect(stored.map((e) => e.source).sort()).toEqual(['file', 'template']);
});

test('a broken file and a file with a broken reference each show their message; the open design is untouched', async ({ page }) => {
  await openStored(page);
  const url = page.url();
  const good = (await saveToFile(page)).text;

  await openFile(page, 'broken.json', good.slice(0, good.length / 2));
  await expect(problem(page)).toContainText('Could not open “broken.json”');
  await expect(problem(page)).toContainText('The file is not valid JSON');
  await expect(problem(page)).toContainText('The open design is unchanged.');
  await problem(page).getByRole('button', { name: 'OK' }).click();

  const doc = JSON.parse(good) as { links: Array<{ b: { node: string; handle: string } }> };
  const target = doc.links[3]!.b.node;
  doc.links[3]!.b.handle = 'p9';
  await openFile(page, 'broken-reference.json', JSON.stringify(doc));
  await expect(problem(page)).toContainText('Could not open “broken-reference.json”');
  await expect(problem(page).getByRole('list', { name: 'Details' })).toContainText(`links[3].b: no port 'p9' on node '${target}'`);
  await problem(page).getByRole('button', { name: 'OK' }).click();

  const other = JSON.stringify({ ...JSON.parse(good), version: 7 });
  await openFile(page, 'future.json', other);
  await expect(problem(page)).toContainText('saved by a newer IOV Planner');
  await page.keyboard.press('Escape');

  await expect(problem(page)).toHaveCount(0);
  expect(page.url()).toBe(url);
  await expect(page.getByLabel('Design name')).toHaveValue(DEMO);
  expect(await storedDesigns(page)).toHaveLength(1);
});

test('a design file dropped on the canvas opens as a new design', async ({ page }) => {
  await openStored(page);
  const doc = { ...JSON.parse((await saveToFile(page)).text), name: 'Dropped design' };
  const transfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return dt;
  }, JSON.stringify(doc));
  const pane = canvas(page).locator('.react-flow__pane');
  await pane.dispatchEvent('dragenter', { dataTransfer: transfer });
  await pane.dispatchEvent('dragover', { dataTransfer: transfer });
  await pane.dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByLabel('Design name')).toHaveValue('Dropped design');
  const view = await openDesignsView(page);
  await expect(designRow(view, /^Dropped design/)).toContainText('Opened file');
  await expect(designRow(view, DEMO)).toBeVisible();
});

test('pasting a design\'s JSON opens it; pasting broken JSON says why and changes nothing', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openStored(page);
  const doc = { ...JSON.parse((await saveToFile(page)).text), name: 'Pasted design' };
  const paste = async (text: string): Promise<void> => {
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await page.getByRole('region', { name: 'Live budget' }).click(); // focus on the page, not in a field
    await page.keyboard.press('Control+v');
  };
  await paste(JSON.stringify({ ...doc, nodes: [...doc.nodes, doc.nodes[0]] }));
  await expect(problem(page)).toContainText('Could not open the pasted design');
  await expect(problem(page)).toContainText(`duplicate node id '${doc.nodes[0].id}'`);
  await problem(page).getByRole('button', { name: 'OK' }).click();
  await expect(page.getByLabel('Design name')).toHaveValue(DEMO);

  await paste(JSON.stringify(doc));
  await expect(page.getByLabel('Design name')).toHaveValue('Pasted design');
  expect((await storedDesigns(page)).map((e) => e.name).sort()).toEqual([DEMO, 'Pasted design'].sort());

  // Copying parts replaces the design JSON still on the clipboard: the next paste pastes the parts.
  const groups = canvas(page).getByRole('group');
  const count = await groups.count();
  await node(page, 'Existing LAN').click({ position: { x: 30, y: 12 } });
  await page.keyboard.press('Control+c');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('IOV Planner: 1 part copied (Existing LAN)');
  await page.keyboard.press('Control+v');
  await expect(groups).toHaveCount(count + 1);
  await expect(page.getByLabel('Design name')).toHaveValue('Pasted design');
});
