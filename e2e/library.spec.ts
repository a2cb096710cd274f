import { expect, test, type Page } from '@playwright/test';
import { getTemplate } from '../src/scenarios';
import { designRow, designsView, openDesignsView, openStored, openTemplate, storedDesigns, waitSaved, TEMPLATE } from './app';

const BASELINE = TEMPLATE.baseline;

async function rename(page: Page, name: string): Promise<void> {
  const field = page.getByLabel('Design name');
  await field.fill(name);
  await field.press('Enter');
  await expect.poll(async () => (await storedDesigns(page)).some((e) => e.name === name)).toBe(true);
  await waitSaved(page);
}

// Several reloads and library round trips each: on a shared, busy machine they need more than the default time.
test.slow();

test('library: new, rename, duplicate, search, delete, and all of it is there after a reload', async ({ page }) => {
  await openStored(page);
  await rename(page, 'Pod A');
  await openTemplate(page, /^Empty design/);
  await expect(page.getByLabel('Design name')).toHaveValue('Untitled design');
  await waitSaved(page);

  let view = await openDesignsView(page);
  await expect(view.getByRole('row')).toHaveCount(3); // header + 2 designs
  await expect(designRow(view, /^Untitled design/)).toContainText('Open here');
  await expect(designRow(view, /^Pod A/)).toContainText('128');
  await expect(designRow(view, /^Pod A/)).toContainText('2,048');

  // Rename a design that is not open.
  await view.getByRole('button', { name: 'Rename Pod A' }).click();
  const input = view.getByLabel('New name for Pod A');
  await input.fill('Customer pod A');
  await input.press('Enter');
  await expect(designRow(view, /^Customer pod A/)).toBeVisible();

  await view.getByRole('button', { name: 'Duplicate Customer pod A' }).click();
  await expect(designRow(view, /^Customer pod A \(copy\)/)).toBeVisible();
  await expect(designRow(view, /^Customer pod A \(copy\)/)).toContainText('Copy');

  await view.getByLabel('Search designs').fill('untitled');
  await expect(view.getByRole('row')).toHaveCount(2);
  await view.getByLabel('Search designs').fill('pod copy');
  await expect(view.getByRole('row')).toHaveCount(2);
  await view.getByLabel('Search designs').fill('');

  await view.getByRole('button', { name: 'Delete Untitled design' }).click();
  const confirm = page.getByRole('alertdialog', { name: /Delete “Untitled design”/ });
  await expect(confirm).toContainText('It is open now');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(designRow(view, /^Untitled design/)).toHaveCount(0);
  // The open design was deleted: the most recent other one opened instead.
  await expect(page.getByLabel('Design name')).toHaveValue(/^Customer pod A/);

  await page.reload();
  await expect(page.getByLabel('Design name')).toHaveValue(/^Customer pod A/);
  view = await openDesignsView(page);
  await expect(view.getByRole('row')).toHaveCount(3);
  await view.getByRole('button', { name: 'Customer pod A', exact: true }).click();
  await expect(designsView(page)).toHaveCount(0);
  await expect(page.getByLabel('Design name')).toHaveValue('Customer pod A');
  expect((await storedDesigns(page)).map((e) => e.name).sort()).toEqual(['Customer pod A', 'Customer pod A (copy)']);
});

test('after a reload, choosing a template opens it as a new design: the saved one is kept, nothing is asked', async ({ page }) => {
  await openStored(page);
  await rename(page, 'My work');
  await page.reload();
  await expect(page.getByLabel('Design name')).toHaveValue('My work');
  await openTemplate(page, BASELINE);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.getByLabel('Design name')).toHaveValue(BASELINE);
  await waitSaved(page);
  const view = await openDesignsView(page);
  await expect(designRow(view, /^My work/)).toBeVisible();
  await expect(designRow(view, BASELINE)).toContainText('Open here');
  // Undo does not walk back into the other design.
  await view.getByRole('button', { name: 'Back to the design' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

test('first start with the library: the design saved by the previous version is migrated into it, untouched', async ({ page }) => {
  const legacy = { ...getTemplate('seed-ib-native')!.build(), name: 'My design from before' };
  // A same-origin page that does not run the app, to lay down what version 1 left in IndexedDB.
  await page.route('**/seed-v1.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' }));
  await page.goto('/seed-v1.html');
  await page.evaluate(
    (design) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('iov-planner', 1);
        req.onupgradeneeded = () => req.result.createObjectStore('designs');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction('designs', 'readwrite');
          const store = tx.objectStore('designs');
          store.put({ design, savedAt: Date.UTC(2025, 0, 15), tabId: 'old' }, 'current');
          // Version 1 set an unreadable save aside again at every start.
          for (const t of [1, 2, 3]) store.put({ design: { format: 'iov-planner/design', version: 2, nodes: 'oops' }, savedAt: t, tabId: 'old' }, `unreadable-${t}`);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
        };
      }),
    legacy,
  );
  await page.goto('/');
  await expect(page.getByLabel('Design name')).toHaveValue('My design from before');
  await expect(page.getByRole('radio', { name: 'Native' })).toBeChecked();
  const view = await openDesignsView(page);
  await expect(view.getByRole('row')).toHaveCount(3); // the design, and one entry for the three identical set-aside copies
  await expect(designRow(view, /^My design from before/)).toContainText('Earlier version');
  await expect(designRow(view, /^Unnamed design/)).toContainText('Cannot be opened');
  const stored = await storedDesigns(page);
  expect(stored.find((e) => e.name === 'My design from before')!.design).toEqual(legacy);
  await page.reload();
  await expect((await openDesignsView(page)).getByRole('row')).toHaveCount(3); // not duplicated at each start
  // Version 1's own record is left as it was.
  const v1 = await page.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        const req = indexedDB.open('iov-planner');
        req.onsuccess = () => {
          const get = req.result.transaction('designs').objectStore('designs').get('current');
          get.onsuccess = () => {
            resolve((get.result as { design: unknown }).design);
            req.result.close();
          };
        };
      }),
  );
  expect(v1).toEqual(legacy);
});
