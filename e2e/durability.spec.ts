// Nothing lost: real reloads and closed tabs right after an edit, two real tabs of one browser
// committing at the same moment (with slow writes injected), failing writes, and the limits.
import { expect, test, type Page } from '@playwright/test';
import { canvas, openDesignId, openStored, openTemplate, saveStatus, storedDesigns, waitSaved } from './app';

// Ten reloads or ten two-tab races in one test: on a shared, busy machine a reload can take
// seconds, so these tests get room to finish (every step still waits for its condition only).
test.describe.configure({ timeout: 420_000 });

const MODES = ['Native', 'Pass-through', 'Software'] as const;

/** Slow or failing library writes (the e2e build's test hook; a production build has none). */
async function storageFaults(page: Page, faults: { writeDelayMs?: number; failWrites?: number }): Promise<void> {
  await page.evaluate((f) => Object.assign(window.__iov!.storage, f), faults);
}

test('an edit followed at once by a reload survives (10 times in a row)', async ({ page }) => {
  await openStored(page);
  for (let i = 0; i < 10; i++) {
    const mode = MODES[i % 3]!;
    await page.getByRole('radio', { name: mode }).click();
    await page.reload(); // no wait: the save is throttled and has not started
    await expect(page.getByRole('radio', { name: mode })).toBeChecked();
  }
  await waitSaved(page);
  expect((await storedDesigns(page)).map((e) => e.design?.settings.mode)).toEqual(['native']); // the 10th edit
});

test('a drag followed at once by a reload keeps the new position (5 times in a row)', async ({ page }) => {
  await openStored(page);
  const positions = async (): Promise<Map<string, { x: number; y: number }>> => new Map(((await storedDesigns(page))[0]!.design as { nodes: Array<{ id: string; position: { x: number; y: number } }> }).nodes.map((n) => [n.id, n.position]));
  const name = (await canvas(page).getByRole('group').first().getAttribute('aria-label'))!;
  const moved = canvas(page).getByRole('group', { name, exact: true });
  let before = await positions();
  for (let i = 0; i < 5; i++) {
    const box = (await moved.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 8);
    await page.mouse.down();
    for (let s = 1; s <= 8; s++) await page.mouse.move(box.x + box.width / 2 + s * 5, box.y + 8 + s * 3);
    await page.mouse.up();
    expect((await moved.boundingBox())!.x).toBeGreaterThan(box.x + 20);
    await page.reload(); // no wait: the drag's one commit is journaled as it ends
    await expect(moved).toBeVisible();
    await waitSaved(page);
    const after = await positions();
    const changed = [...after].filter(([id, p]) => p.x !== before.get(id)?.x || p.y !== before.get(id)?.y);
    expect(changed).toHaveLength(1);
    expect(changed[0]![1].x).toBeGreaterThan(before.get(changed[0]![0])!.x);
    before = after;
  }
});

test('an edit followed at once by closing the tab survives (5 times)', async ({ context }) => {
  let page = await context.newPage();
  await openStored(page);
  for (let i = 0; i < 5; i++) {
    const mode = MODES[i % 3]!;
    await page.getByRole('radio', { name: mode }).click();
    await page.close();
    page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('radio', { name: mode })).toBeChecked();
  }
});

test('two tabs committing at the same moment keep both edits, one as a conflict copy the losing tab opens and names (10 tries)', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openStored(a);
  for (let attempt = 0; attempt < 10; attempt++) {
    await openTemplate(a, /^Empty design/);
    await waitSaved(a);
    const id = await openDesignId(a);
    await openStored(b, `/#design=${id}`);
    // "Untitled design", then "Untitled design (2)"…: each new design is named apart.
    await expect(b.getByLabel('Design name')).toHaveValue(await a.getByLabel('Design name').inputValue());
    // Slow writes (one tab slower than the other, in turn) keep both edits unsaved when both are made.
    await storageFaults(a, { writeDelayMs: attempt % 2 ? 900 : 600 });
    await storageFaults(b, { writeDelayMs: attempt % 2 ? 600 : 900 });
    await Promise.all([a.getByRole('radio', { name: 'Native' }).click(), b.getByRole('radio', { name: 'Pass-through' }).click()]);
    await Promise.all([waitSaved(a), waitSaved(b)]);

    const stored = await storedDesigns(a);
    const original = stored.find((e) => e.id === id)!;
    const copy = stored.find((e) => e.conflictOf?.id === id)!;
    expect(copy, `attempt ${attempt}: a conflict copy was kept`).toBeTruthy();
    expect([original.design!.settings.mode, copy.design!.settings.mode].sort()).toEqual(['native', 'passthrough']);
    // The losing tab says so and now edits its copy; the winning tab is untouched.
    const loser = copy.design!.settings.mode === 'native' ? a : b;
    const winner = loser === a ? b : a;
    await expect(loser.getByRole('alert')).toContainText(`Your version was kept as “${copy.name}”`);
    await expect(loser.getByLabel('Design name')).toHaveValue(copy.name);
    expect(await openDesignId(loser)).toBe(copy.id);
    await expect(winner.getByRole('alert')).toHaveCount(0);
    await expect(saveStatus(winner)).toHaveAttribute('aria-label', 'Autosave: Saved');
    await storageFaults(a, { writeDelayMs: 0 });
    await storageFaults(b, { writeDelayMs: 0 });
    await loser.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
  }
});

test('a tab that follows another tab\'s save shows it and does not stay on "Saving…"', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openStored(a);
  await openStored(b, `/#design=${await openDesignId(a)}`);
  for (const mode of ['Native', 'Software', 'Pass-through'] as const) {
    await a.getByRole('radio', { name: mode }).click();
    await waitSaved(a);
    await expect(b.getByRole('radio', { name: mode })).toBeChecked();
    await waitSaved(b);
  }
  // Two tabs on two designs do not disturb each other.
  await openTemplate(b, /^Empty design/);
  await a.getByRole('radio', { name: 'Native' }).click();
  await b.getByLabel('Design name').fill('Only in B');
  await b.getByLabel('Design name').press('Enter');
  await Promise.all([waitSaved(a), waitSaved(b)]);
  await expect(a.getByRole('radio', { name: 'Native' })).toBeChecked();
  await expect(b.getByLabel('Design name')).toHaveValue('Only in B');
  await expect(a.getByLabel('Design name')).not.toHaveValue('Only in B');
});

test('a failing save is shown, retried, keeps the last good copy, and leaving the page meanwhile warns', async ({ page }) => {
  await openStored(page);
  await storageFaults(page, { failWrites: 3 });
  await page.getByRole('radio', { name: 'Native' }).click();
  await expect(saveStatus(page)).toHaveAttribute('aria-label', 'Autosave: Autosave failed');
  expect((await storedDesigns(page))[0]!.design!.settings.mode).toBe('software');
  const dialog = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const warning = await dialog;
  expect(warning.type()).toBe('beforeunload');
  await warning.dismiss(); // stay on the page
  await waitSaved(page); // the retries go through once the disk has room again
  expect((await storedDesigns(page))[0]!.design!.settings.mode).toBe('native');
  const none = page.waitForEvent('dialog', { timeout: 3000 }).then(() => 'asked', () => 'not asked');
  await page.close({ runBeforeUnload: true });
  expect(await none).toBe('not asked');
});

test('a duplicate that would pass the importer\'s limits is refused with a message', async ({ page }) => {
  await openStored(page);
  // 10,001 LAN nodes in one file (the importer takes up to 20,000): duplicating all of them would make 20,002.
  const nodes = Array.from({ length: 10_001 }, (_, i) => ({ id: `n${i}`, partId: 'net-lan-gige', label: `LAN ${i}`, position: { x: (i % 100) * 240, y: Math.floor(i / 100) * 120 }, count: 1 }));
  const design = { format: 'iov-planner/design', version: 2, name: 'Ten thousand LANs', description: '', nodes, links: [], workloads: [{ id: 'w', name: 'VM', lanMbps: 1, sanMBps: 1, ipcMbps: 1, cpuGhz: 1, memoryGb: 1, ibTransport: 'rdma' }], settings: { mode: 'software', currency: { code: 'USD', perUsd: 1 }, years: 3, energyUsdPerKwh: 0.1, pue: 1.8, maintenanceUsdPerPortYear: 60, includeServersAndStorage: false, switchCosting: 'whole', hypervisorReserve: 0.1 }, priceList: {}, customParts: [] };
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file' }).click();
  await (await chooser).setFiles({ name: 'lans.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(design)) });
  // Drawing 10,001 nodes takes a while on a busy machine: wait for the design, however long it takes.
  await expect(page.getByLabel('Design name')).toHaveValue('Ten thousand LANs', { timeout: 300_000 });
  await page.getByRole('region', { name: 'Design canvas' }).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+d');
  // Selecting 10,001 nodes redraws them all: allow for it on a busy machine.
  await expect(page.getByRole('alert').filter({ hasText: 'Duplicate refused' })).toContainText('The design has 20,002 nodes; up to 20,000 are supported.', { timeout: 300_000 });
  await waitSaved(page);
  const stored = await storedDesigns(page);
  expect(stored.find((e) => e.name === 'Ten thousand LANs')!.design!.nodes).toHaveLength(10_001);
});

