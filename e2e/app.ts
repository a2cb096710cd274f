// What the specs do, in a user's words. Locators go by role and label (what a user sees or a
// screen reader announces), never by CSS class.
import { expect, test, type Locator, type Page } from '@playwright/test';

export const palette = (page: Page): Locator => page.getByRole('complementary', { name: 'Parts palette' });
export const canvas = (page: Page): Locator => page.getByRole('region', { name: 'Design canvas' });
export const results = (page: Page): Locator => page.getByRole('region', { name: 'Results' });
export const simStatus = (page: Page): Locator => results(page).getByRole('status');
export const alert = (page: Page): Locator => page.getByRole('alert');

/**
 * How long to wait for a simulation to come back: as long as the test may run. A first run in a
 * fresh worker on a machine whose cores are busy can take many seconds of honest work; the app's
 * own watchdog (not a test clock) decides when a run is hung, and the test's timeout still ends a
 * test that never gets there.
 */
const simulation = (): { timeout: number } => ({ timeout: test.info().timeout });

export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(simStatus(page)).toHaveText(/Up to date/, simulation());
}

export async function showTab(page: Page, name: 'Results' | 'Inspector' | 'Findings'): Promise<void> {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
}

/** The templates' names as the New ▾ menu, the compare pickers and the design name show them. */
export const TEMPLATE = {
  baseline: 'GigE + FC baseline, 128 servers',
  ibSoftware: 'InfiniBand, software IOV, 128 servers',
  ibNative: 'InfiniBand, native IOV, 128 servers',
  ibPassthrough: 'InfiniBand ConnectX, pass-through IOV, 128 servers',
  ibHa: 'InfiniBand with two HCAs (HA), software IOV, 128 servers',
  ibStorage: 'GigE LAN + InfiniBand storage and server-to-server, 128 servers',
  modernEthernet: 'Virtualization today: 100GbE, NVMe/TCP, 32 servers',
  modernInfiniband: 'InfiniBand today: HDR, native NVMe-oF, 32 servers',
} as const;

/** "New ▾" → a template (or "Empty design"): it opens as a new design in the library. */
export async function openTemplate(page: Page, name: RegExp | string): Promise<void> {
  const current = new URL(page.url()).hash;
  await page.getByRole('button', { name: /^New/ }).click();
  await page.getByRole('menuitem', { name }).click();
  // A new design has a new library id, shown in the address.
  await expect.poll(() => new URL(page.url()).hash).not.toBe(current);
  await expect(page).toHaveURL(/#design=/);
}

/** Add parts with the keyboard: search the palette for each, focus the part, Enter (it lands in view). */
export async function addPartsByKeyboard(page: Page, parts: ReadonlyArray<readonly [query: string, partName: string]>): Promise<void> {
  const search = page.getByRole('searchbox', { name: 'Search parts' });
  for (const [query, part] of parts) {
    await search.fill(query);
    await palette(page).getByRole('button', { name: part, exact: true }).focus();
    await page.keyboard.press('Enter');
  }
}

export const paletteItem = (page: Page, partName: string): Locator => palette(page).getByRole('button', { name: new RegExp(`^${escape(partName)}`) });

/** A node on the canvas by its label. */
export const node = (page: Page, label: string): Locator => canvas(page).getByRole('group', { name: new RegExp(`^${escape(label)}(?!\\w)`) });

/** Drag a part from the palette and drop it on the canvas at (x, y) relative to the canvas. */
export async function dropPart(page: Page, partName: string, x: number, y: number): Promise<void> {
  const pane = canvas(page).locator('.react-flow__pane');
  await paletteItem(page, partName).dragTo(pane, { targetPosition: { x, y } });
}

/** Drag an adapter from the palette onto a server node. */
export async function dropAdapter(page: Page, partName: string, serverLabel: string): Promise<void> {
  await paletteItem(page, partName).dragTo(node(page, serverLabel));
}

/** Drag a cable from one port handle to another (both found by their accessible names). */
export async function cable(page: Page, from: RegExp | string, to: RegExp | string): Promise<void> {
  const a = canvas(page).getByLabel(from).first();
  const b = canvas(page).getByLabel(to).first();
  const ba = (await a.boundingBox())!;
  const bb = (await b.boundingBox())!;
  await page.mouse.move(ba.x + ba.width / 2, ba.y + ba.height / 2);
  await page.mouse.down();
  await page.mouse.move((ba.x + bb.x) / 2, (ba.y + bb.y) / 2, { steps: 5 });
  await page.mouse.move(bb.x + bb.width / 2, bb.y + bb.height / 2, { steps: 5 });
  await page.mouse.up();
}

/** The median cell of a row of the per-VM bandwidth table ("LAN", "SAN", "Server-to-server"). */
export async function perVmMedian(page: Page, row: RegExp): Promise<string> {
  return (await results(page).getByRole('table', { name: 'Per-VM bandwidth' }).getByRole('row', { name: row }).first().getByRole('cell').nth(1).innerText()).trim();
}

export async function waitUpToDate(page: Page): Promise<void> {
  await expect(simStatus(page)).toHaveText(/Up to date/, simulation());
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The autosave status in the top bar ("Autosave: Saved", "Autosave: Saving…", "Autosave: Autosave failed"). */
export const saveStatus = (page: Page): Locator => page.getByLabel(/^Autosave:/);

export async function waitSaved(page: Page): Promise<void> {
  await expect(saveStatus(page)).toHaveAttribute('aria-label', 'Autosave: Saved');
}

/** The library id of the design open in the page (from its address, `#design=<id>`). */
export async function openDesignId(page: Page): Promise<string> {
  await expect(page).toHaveURL(/#design=/);
  return decodeURIComponent(new URL(page.url()).hash.slice('#design='.length));
}

export interface StoredEntry {
  id: string;
  name: string;
  rev: number;
  source: string;
  unreadable?: string;
  conflictOf?: { id: string; name: string };
  design: { name: string; settings: { mode: string }; nodes: unknown[] } | null;
}

/** What the browser's library holds, read straight from IndexedDB (entries and their documents). */
export async function storedDesigns(page: Page): Promise<StoredEntry[]> {
  return page.evaluate(
    () =>
      new Promise<StoredEntry[]>((resolve, reject) => {
        const open = indexedDB.open('iov-planner');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['entries', 'documents'], 'readonly');
          const entries = tx.objectStore('entries').getAll();
          const docs = tx.objectStore('documents');
          const keys = docs.getAllKeys();
          const values = docs.getAll();
          tx.oncomplete = () => {
            const byId = new Map((keys.result as string[]).map((k, i) => [k, (values.result[i] as { json: string }).json]));
            db.close();
            resolve(
              (entries.result as StoredEntry[]).map((e) => {
                let design: StoredEntry['design'];
                try {
                  design = JSON.parse(byId.get(e.id) ?? 'null') as StoredEntry['design'];
                } catch {
                  design = null;
                }
                return { ...e, design };
              }),
            );
          };
        };
      }),
  );
}

/** The "Designs" view: a region named Designs. */
export const designsView = (page: Page): Locator => page.getByRole('region', { name: 'Designs' });

export async function openDesignsView(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Designs', exact: true }).click();
  const view = designsView(page);
  await expect(view).toBeVisible();
  return view;
}

/** A row of the Designs table by the design's name. */
export const designRow = (view: Locator, name: string | RegExp): Locator => view.getByRole('row').filter({ has: view.page().getByRole('rowheader', { name }) });

/** Open the app and wait until its design is loaded and stored (not for the simulator: these specs test storage). */
export async function openStored(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.getByLabel('Design name')).not.toHaveValue('');
  await waitSaved(page);
}

/**
 * Opens a design as a user opens a file ("Open file"): it becomes a new design in the library and
 * is stored before this returns, so a reload opens it as a saved design.
 */
/** A design's name as the library gives it: the name, or "name (2)"… when the library had one so named. */
export const libraryName = (name: string): RegExp => new RegExp(`^${escape(name)}(?: \\(\\d+\\))?$`);

export async function openDesignFile(page: Page, design: { name: string }, fileName = 'design.json'): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file' }).click();
  await (await chooser).setFiles({ name: fileName, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(design)) });
  await expect(page.getByLabel('Design name')).toHaveValue(libraryName(design.name.replace(/[\r\n]+/g, ' ')), { timeout: 60_000 });
  await waitSaved(page);
}
