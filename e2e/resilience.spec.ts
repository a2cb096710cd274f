// Nothing blanks the app: damaged records in the designs library are listed as "Cannot be opened"
// (with the reason, and Save to file) instead of breaking the Designs view, and a view that throws
// is replaced by a note while the top bar and the other views go on working (the e2e build's
// breakView hook makes any view throw at render).
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { canvas, designRow, openDesignsView, openStored, results, showTab, simStatus, storedDesigns, waitUpToDate } from './app';

/** Writes records straight into the library, as a bug, an old version or a hand might have. */
async function plant(page: Page, records: { entry: Record<string, unknown>; json?: string }[]): Promise<void> {
  await page.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('iov-planner');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['entries', 'documents'], 'readwrite');
          for (const r of records) {
            tx.objectStore('entries').put(r.entry);
            if (r.json !== undefined) tx.objectStore('documents').put({ json: r.json }, r.entry.id as string);
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );
}

test('damaged library entries (a name that is not a string, wrong types, a missing document) leave the Designs view usable', async ({ page }) => {
  test.slow();
  await openStored(page);
  const [good] = await storedDesigns(page);
  const json = JSON.stringify({ ...good!.design, name: 'Planted design' });
  const base = { createdAt: 1_700_000_000_000, modifiedAt: 1_700_000_000_000, rev: 1, servers: 128, vms: 2048, nodes: 10, source: 'file' };
  await plant(page, [
    { entry: { ...base, id: 'd-bad-name', name: 42 }, json },
    { entry: { ...base, id: 'd-bad-types', name: 'Wrong types', rev: 'three', modifiedAt: 'yesterday', servers: null }, json },
    { entry: { ...base, id: 'd-no-document', name: 'Lost its document' } },
  ]);
  await page.reload();
  await expect(page.getByLabel('Design name')).toHaveValue(good!.name);
  const view = await openDesignsView(page);
  await expect(view.getByRole('row')).toHaveCount(5); // header + the good one + three damaged
  await expect(designRow(view, 'Unnamed design')).toContainText('Cannot be opened: Its entry in the library is damaged (name: expected string, received number).');
  await expect(designRow(view, 'Wrong types')).toContainText(/Cannot be opened: Its entry in the library is damaged \(modifiedAt: expected number, received string; rev: .*; servers: .*\)/);
  await expect(designRow(view, 'Lost its document')).toContainText('Cannot be opened: Its design is missing from this browser’s storage');
  await expect(designRow(view, good!.name)).not.toContainText('Cannot be opened');

  // Each can be saved to a file: the design of a damaged entry, what is left of one without its design.
  for (const [name, expected] of [
    ['Unnamed design', { name: 'Planted design' }],
    ['Wrong types', { name: 'Planted design' }],
    ['Lost its document', { id: 'd-no-document', name: 'Lost its document' }],
  ] as const) {
    const download = page.waitForEvent('download');
    await view.getByRole('button', { name: `Save ${name} to file` }).click();
    const file = await (await download).path();
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject(expected);
  }

  // Opening one says why; a missing document is not "deleted in another tab?". The view stays.
  await designRow(view, 'Lost its document').getByRole('button', { name: 'Lost its document', exact: true }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('Its design is missing from this browser’s storage');
  await expect(dialog).not.toContainText('another tab');
  await dialog.getByRole('button', { name: 'OK' }).click();
  // Search, and the top bar, still work.
  await view.getByLabel('Search designs').fill('wrong');
  await expect(view.getByRole('row')).toHaveCount(2);
  await page.getByRole('button', { name: 'Designs', exact: true }).click();
  await expect(view).toBeHidden();
  await expect(page.getByLabel('Design name')).toHaveValue(good!.name);
});

type ViewCase = { name: string; open?: (page: Page) => Promise<void>; overlay?: boolean; tab?: boolean };

const VIEWS: ViewCase[] = [
  { name: 'Top bar' },
  { name: 'Parts palette' },
  { name: 'Canvas' },
  { name: 'Live budget' },
  { name: 'Results', tab: true },
  { name: 'Inspector', tab: true, open: (page) => showTab(page, 'Inspector') },
  { name: 'Findings', tab: true, open: (page) => showTab(page, 'Findings') },
  { name: 'Designs', overlay: true, open: async (page) => void (await page.getByRole('button', { name: 'Designs', exact: true }).click()) },
  { name: 'Compare', overlay: true, open: (page) => page.getByRole('button', { name: 'Compare' }).click() },
  { name: 'About', overlay: true, open: (page) => page.getByRole('button', { name: 'About the model' }).click() },
];

test('a view that throws is replaced by a note; the top bar and the other views go on working, and Try again brings it back', async ({ page }) => {
  test.slow();
  await page.goto('/');
  await waitUpToDate(page);
  const themeButton = page.getByRole('button', { name: 'Dark theme' });
  for (const v of VIEWS) {
    await test.step(v.name, async () => {
      await v.open?.(page);
      await page.evaluate((name) => window.__iov!.breakView(name), v.name);
      const failed = page.getByRole('region', { name: `${v.name} (failed)` });
      await expect(failed.getByRole('alert')).toContainText(`The ${v.name} view stopped working`);
      await expect(failed.getByRole('alert')).toContainText(`Injected failure of the ${v.name} view`);
      // The top bar works (unless it is the view that failed): the theme toggles.
      if (v.name !== 'Top bar') {
        const pressed = await themeButton.getAttribute('aria-pressed');
        await themeButton.click();
        await expect(themeButton).not.toHaveAttribute('aria-pressed', pressed!);
      }
      // The other views are there and answer.
      if (!v.overlay) {
        if (v.name !== 'Canvas') await expect(canvas(page).getByRole('group').first()).toBeVisible();
        if (v.name !== 'Parts palette') await expect(page.getByRole('complementary', { name: 'Parts palette' })).toBeVisible();
        if (!v.tab) await expect(simStatus(page)).toHaveText(/Up to date/);
        else {
          // Another tab of the same panel works, and coming back finds the view still failed.
          await showTab(page, v.name === 'Results' ? 'Inspector' : 'Results');
          await expect(page.getByRole('tabpanel')).not.toContainText('stopped working');
          await showTab(page, v.name as 'Results' | 'Inspector' | 'Findings');
          await expect(failed).toBeVisible();
        }
      }
      // Mended, Try again brings it back.
      await page.evaluate((name) => window.__iov!.mendView(name), v.name);
      await failed.getByRole('button', { name: 'Try again' }).click();
      await expect(failed).toHaveCount(0);
      if (v.name === 'Results') await expect(results(page)).toBeVisible();
      if (v.overlay) {
        // Broken again, Close leaves it.
        await page.evaluate((name) => window.__iov!.breakView(name), v.name);
        await failed.getByRole('button', { name: 'Close' }).click();
        await expect(failed).toHaveCount(0);
        await page.evaluate((name) => window.__iov!.mendView(name), v.name);
      }
    });
  }
  await showTab(page, 'Results');
  await waitUpToDate(page);
});
