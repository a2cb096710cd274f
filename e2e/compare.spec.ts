// Compare designs (issue 8): A against B from templates, this design and a file, both simulated
// in workers; Table 3 regenerated; and the results of one design say plainly when it cannot be
// built, whether demand is met and what each VM could get.
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Design } from '../src/domain';
import { getTemplate } from '../src/scenarios';
import { openApp, results, simStatus, TEMPLATE } from './app';

test.slow();

const BASELINE = TEMPLATE.baseline;
const IB_SOFTWARE = TEMPLATE.ibSoftware;
const IB_HA = TEMPLATE.ibHa;

const compareView = (page: Page): Locator => page.getByRole('region', { name: 'Compare designs' });
const figures = (page: Page): Locator => compareView(page).getByRole('table', { name: 'Design A against design B' });
const money = (s: string): number => Number(s.replace(/[^0-9.-]/g, ''));

/** The A, B, B − A and B ÷ A cells of a row of the comparison. */
async function row(page: Page, label: string | RegExp): Promise<{ a: string; b: string; delta: string; ratio: string }> {
  const cells = figures(page).getByRole('row', { name: label }).first().getByRole('cell');
  const [a, b, delta, ratio] = await cells.allInnerTexts();
  return { a: a!.trim(), b: b!.trim(), delta: delta!.trim(), ratio: ratio!.trim() };
}

async function openCompare(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(compareView(page)).toBeVisible();
}

async function choose(page: Page, side: 'A' | 'B', option: string): Promise<void> {
  await compareView(page).getByRole('combobox', { name: `Design ${side}` }).selectOption({ label: option });
}

/** Both sides simulated (the figures table shows once both workers answered). */
const compared = (page: Page) => expect(figures(page)).toBeVisible({ timeout: test.info().timeout });

test('the GigE + FC baseline against the InfiniBand software template reads the whitepaper’s Table 1 figures, computed', async ({ page }) => {
  await openApp(page);
  await openCompare(page);
  await choose(page, 'A', BASELINE);
  await choose(page, 'B', IB_SOFTWARE);
  await compared(page);
  const capex = await row(page, /^Capex, total/);
  // Seed Table 1: ≈ $870,000 against $352,000–$360,000.
  expect(money(capex.a)).toBeGreaterThan(860_000);
  expect(money(capex.a)).toBeLessThan(890_000);
  expect(money(capex.b)).toBeGreaterThan(350_000);
  expect(money(capex.b)).toBeLessThan(362_000);
  expect(capex.delta).toMatch(/^−\$/);
  expect(capex.ratio).toBe('0.41×');
  const io = await row(page, /^I\/O power/);
  expect(io.a).toBe('2,304 W');
  expect(io.b).toBe('1,706 W');
  // The totals say what they count: the seed's I/O totals, servers and storage left out.
  await expect(figures(page).getByRole('row', { name: 'Power: I/O + switches; servers and storage not counted' })).toBeVisible();
  await expect(figures(page).getByRole('row', { name: 'Cost (capex by category): I/O + switches; servers and storage not counted' })).toBeVisible();
  expect((await row(page, /^Total power/)).b).toBe('2,806 W');
  expect((await row(page, /^Switches and cables/)).b).toBe('1,100 W');
  // Per category and per server, too.
  expect((await row(page, /^Gateways/)).a).toBe('$0');
  expect(await row(page, /^Adapters per server/)).toMatchObject({ a: '6 adapters', b: '1 adapter' });
  await expect(compareView(page).getByRole('status', { name: 'Summary' })).toContainText('59% less I/O capex');
  // Charts: cost and power stacked, bandwidth grouped by mode.
  await expect(compareView(page).getByRole('heading', { name: 'Capex by category' })).toBeVisible();
  await expect(compareView(page).getByText('Median Server-to-server per VM: delivered')).toBeAttached();
});

test('Table 3 is regenerated from the pair, beside the whitepaper’s own figures and its “10 times 2 Gb/s FC”', async ({ page }) => {
  await openApp(page);
  await openCompare(page);
  await choose(page, 'A', BASELINE);
  await choose(page, 'B', IB_SOFTWARE);
  const t3 = compareView(page).getByRole('table', { name: 'Table 3 regenerated' });
  await expect(t3).toBeVisible({ timeout: test.info().timeout });
  const cells = async (label: RegExp) => t3.getByRole('row', { name: label }).getByRole('cell').allInnerTexts();
  const [netSw, netNative] = await cells(/^Net throughput per adapter/);
  expect(netSw).toMatch(/^3\.\d+ × GigE NIC/);
  expect(netNative).toMatch(/^1[0-2](\.\d+)? × GigE NIC/);
  const [sanSw] = await cells(/^SAN throughput per adapter/);
  expect(sanSw).toMatch(/^[67]\.\d+ × FC HBA 2 Gb\/s/);
  expect(sanSw).toContain('whitepaper: 10 × 2 Gb/s FC');
  expect((await cells(/^I\/O initial purchase cost/))[0]).toMatch(/^59% cheaper/);
  expect((await cells(/^Reduced CPU utilization/))[1]).toMatch(/^\+33% VMs per server/);
  await expect(compareView(page).getByRole('note').filter({ hasText: '10 times 2 Gb/s FC' })).toBeVisible();
  // Pass-through keeps live migration for the InfiniBand design only because its InfiniHost III
  // cannot run pass-through and runs in software: the cell says so, and the column's note says which adapters.
  const [liveSw, liveNative, livePt] = await cells(/^Live migration/);
  expect(livePt).toMatch(/^yes \(falls back to software\)$/);
  expect(liveSw).not.toContain('falls back');
  expect(liveNative).toMatch(/^no\b/);
  await expect(t3.getByRole('columnheader', { name: /^Pass-through IOV/ })).toContainText('†');
  await expect(t3.getByRole('columnheader', { name: /^Software IOV/ })).not.toContainText('†');
  await expect(compareView(page).getByRole('note', { name: 'Fallbacks in Pass-through IOV' })).toContainText('B: InfiniHost III Ex DDR HCA (128 servers): no pass-through; runs in software');
  // The figures table marks the same values, side by side.
  await compareView(page).getByRole('radio', { name: 'Pass-through' }).check();
  await expect.poll(async () => (await row(page, /^Live migration/)).b).toMatch(/^yes\s+falls back to software$/);
  expect((await row(page, /^Live migration/)).a).toMatch(/^yes\s+falls back to software$/);
  await compareView(page).getByRole('radio', { name: 'Software' }).check();
  await expect.poll(async () => (await row(page, /^Live migration/)).b).toBe('yes');
});

test('this design against a template: B is the design open now, and the view leaves it as it was', async ({ page }) => {
  await openApp(page);
  const url = page.url();
  await openCompare(page);
  await choose(page, 'A', IB_HA);
  await choose(page, 'B', `This design: ${IB_SOFTWARE}`);
  await compared(page);
  const capex = await row(page, /^Capex, total/);
  expect(money(capex.b)).toBeLessThan(money(capex.a));
  expect(capex.delta).toMatch(/^−\$/);
  // Two HCAs per server against one.
  expect(await row(page, /^Adapters per server/)).toMatchObject({ a: '2 adapters', b: '1 adapter' });
  // Per mode: native makes room for more VMs than software in both.
  await compareView(page).getByRole('radio', { name: 'Native' }).check();
  await expect.poll(async () => (await row(page, /^VMs per server that fit/)).b).toBe('24 VMs');
  await page.getByRole('button', { name: 'Close the comparison' }).click();
  await expect(compareView(page)).toHaveCount(0);
  expect(page.url()).toBe(url);
  await expect(simStatus(page)).toHaveText(/Up to date/);
});

test('capability next to demand: the demo’s VMs, in the results and in the comparison', async ({ page }) => {
  await openApp(page);
  const table = results(page).getByRole('table', { name: 'Demand, delivered and capability per VM' });
  const cells = async (label: RegExp) => (await table.getByRole('row', { name: label }).getByRole('cell').allInnerTexts()).map((s) => s.trim());
  // Capability follows the delivered figures from the same run: "…" until it arrives.
  await expect(table.locator('[aria-busy="true"]')).toHaveCount(0);
  // LAN: the workload asks 15 Mb/s and gets it; it could get more.
  const [demand, delivered, capability, headroom] = await cells(/^LAN Gb\/s/);
  expect(demand).toBe('0.0150');
  expect(delivered).toBe('0.0150');
  expect(Number.parseFloat(capability!)).toBeGreaterThan(0.015);
  expect(headroom).toMatch(/×$/);
  // Software IOV: server-to-server asks 0.3 Gb/s per VM and the virtual switch gives less; what it
  // could get is never below what it gets, and the headline says how many VMs get how much.
  const [, s2sDelivered, s2sCapability, s2sHeadroom] = await cells(/^Server-to-server Gb\/s/);
  expect(Number.parseFloat(s2sCapability!)).toBeGreaterThanOrEqual(Number.parseFloat(s2sDelivered!));
  expect(Number.parseFloat(s2sHeadroom!)).toBeLessThan(1);
  await expect(results(page).getByLabel('Demand', { exact: true })).toContainText('Demand not met in software mode');
  await expect(results(page).getByLabel('Demand', { exact: true })).toContainText(/Server-to-server: 2,048 of 2,048 VMs get 0\.193 Gb\/s of 0\.3/);
  await page.getByRole('radio', { name: 'Native' }).click();
  await expect(results(page).getByLabel('Demand', { exact: true })).toContainText('Demand met in native mode');
  await openCompare(page);
  await choose(page, 'A', BASELINE);
  await compared(page);
  await expect(compareView(page).getByRole('radio', { name: 'Native' })).toBeChecked();
  const s2s = await row(page, /^Server-to-server per VM: capability/);
  expect(Number.parseFloat(s2s.b)).toBeGreaterThan(Number.parseFloat((await row(page, /^Server-to-server per VM: demand/)).b));
});

/** A design file opened through the top bar's Open file. */
async function openFile(page: Page, name: string, design: Design): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open file' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(design)) });
}

const demoWith = (change: (n: Design['nodes'][number]) => Design['nodes'][number], name: string): Design => {
  const d = getTemplate('seed-ib-software')!.build();
  return { ...d, name, nodes: d.nodes.map((n) => (n.vmsPerServer ? change(n) : n)) };
};

test('a design that cannot be built says so in the results header, with the list, and in the comparison', async ({ page }) => {
  await openApp(page);
  await openFile(page, 'thousand.json', demoWith((n) => ({ ...n, count: 1000 }), '1,000 servers on 8 leaves'));
  await expect(simStatus(page)).toHaveText(/^Not buildable as drawn: 1 error/, { timeout: test.info().timeout });
  await expect(simStatus(page)).not.toHaveText(/^Up to date/);
  const alert = results(page).getByRole('alert', { name: 'Not buildable as drawn' });
  await expect(alert).toContainText(/"IB leaf switches" needs \d+ ports; it has 24\./);
  await openCompare(page);
  await choose(page, 'A', BASELINE);
  await compared(page);
  await expect(compareView(page).getByRole('alert').filter({ hasText: 'B is not buildable as drawn: 1 error' })).toBeVisible();
  // The headline does not call B's figures a design a customer can order.
  await expect(compareView(page).getByRole('status', { name: 'Summary' })).toContainText(/B (meets|does not meet) its demand.*, but cannot be built as drawn \(1 error, below\)/);
});

test('cost per VM divides by the VMs that run (planned, capped by what fits); the VMs card names both', async ({ page }) => {
  await openApp(page);
  await openFile(page, 'crowded.json', demoWith((n) => ({ ...n, vmsPerServer: 40 }), 'Crowded: 40 VMs planned per server'));
  await expect(simStatus(page)).toHaveText(/Up to date/, { timeout: test.info().timeout });
  const vms = results(page).getByRole('definition').filter({ hasText: /fit/ });
  await expect(vms).toContainText('18 fit');
  await expect(vms).toContainText('40 planned');
  await expect(vms).toContainText('2,304 VMs run');
  await openCompare(page);
  await choose(page, 'A', IB_SOFTWARE);
  await compared(page);
  const tco = await row(page, /^TCO over/);
  const perVm = await row(page, /^TCO per VM that runs/);
  expect(await row(page, /^VMs that run/)).toMatchObject({ a: '2,048 VMs', b: '2,304 VMs' });
  // Same parts, same TCO; B plans 5,120 VMs but only 128 × 18 = 2,304 run.
  expect(tco.b).toBe(tco.a);
  expect(money(perVm.b)).toBeCloseTo(money(tco.b) / 2304, 0);
});
