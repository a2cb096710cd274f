// The sizing wizard, as a sales engineer uses it: requirements in, a design out, and the app's own
// results say every VM gets its demand, nothing is unreachable or overflows, and the switch counts
// are the fat-tree arithmetic's.
import { expect, test, type Page } from '@playwright/test';
import { defaultSizingInput, sizeDesign, type SizingInput } from '../src/scenarios';
import { canvas, results, showTab, simStatus } from './app';

/** The app, once its first results are in (generous: the machine may be busy). */
async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(simStatus(page)).toHaveText(/Up to date/, { timeout: 40_000 });
}

interface WizardSet {
  name: string;
  input: SizingInput;
  fabric: RegExp;
}

const SETS: WizardSet[] = [
  { name: '1,000 servers with HA on 2007 InfiniBand', input: { ...defaultSizingInput('2007', 'infiniband'), servers: 1000, ha: true }, fabric: /^InfiniBand with gateways/ },
  { name: 'a modern SR-IOV fabric at 2:1', input: { ...defaultSizingInput('modern', 'modern'), servers: 256, oversubscription: 2 }, fabric: /^Converged Ethernet with SR-IOV/ },
  { name: '2007 Ethernet + Fibre Channel at 3:1', input: { ...defaultSizingInput('2007', 'gige-fc'), servers: 64, ipcMbps: 50, oversubscription: 3 }, fabric: /^Ethernet \+ Fibre Channel/ },
];

async function fillWizard(page: Page, input: SizingInput, fabric: RegExp): Promise<void> {
  await page.getByRole('button', { name: /^New/ }).click();
  await page.getByRole('menuitem', { name: /^Sizing wizard/ }).click();
  const wizard = page.getByRole('dialog', { name: 'Sizing wizard' });
  await expect(wizard).toBeVisible();
  if (input.era === 'modern') await wizard.getByRole('radio', { name: 'Current' }).click();
  await wizard.getByRole('radio', { name: fabric }).check();
  // LAN and server-to-server are typed in Gb/s, as the results show them (the sizing input is Mb/s).
  const fields: Array<[RegExp, number]> = [
    [/^Servers$/, input.servers],
    [/^VMs per server$/, input.vmsPerServer],
    [/^LAN per VM \(Gb\/s\)/, input.lanMbps / 1000],
    [/^SAN per VM \(MB\/s\)/, input.sanMBps],
    [/^Server-to-server per VM \(Gb\/s\)/, input.ipcMbps / 1000],
    [/^Application CPU per VM/, input.cpuGhz],
    [/^Memory per VM/, input.memoryGb],
  ];
  for (const [label, value] of fields) await wizard.getByLabel(label).fill(String(value));
  await wizard.getByRole('radio', { name: `${input.oversubscription}:1` }).click();
  if (input.ha) await wizard.getByRole('checkbox', { name: /High availability/ }).check();
}

/** Each node's label and group count, as the canvas shows them. */
async function canvasCounts(page: Page): Promise<Array<{ label: string; count: number }>> {
  return canvas(page)
    .getByRole('group')
    .evaluateAll((els) =>
      els.map((el) => {
        const badge = el.querySelector('[title^="This node stands for"]');
        const m = badge?.getAttribute('title')?.match(/for ([\d,]+) identical/);
        return { label: el.getAttribute('aria-label') ?? '', count: m ? Number(m[1]!.replace(/,/g, '')) : 1 };
      }),
    );
}

const num = (text: string | null): number => Number((text ?? '').replace(/[^\d.]/g, ''));

for (const set of SETS) {
  test(`sizing wizard: ${set.name}`, async ({ page }) => {
    test.setTimeout(120_000);
    const expected = sizeDesign(set.input);
    if (!expected.ok) throw new Error(expected.error);
    const arithmetic = expected.result.fabrics;

    await openApp(page);
    await fillWizard(page, set.input, set.fabric);
    const wizard = page.getByRole('dialog', { name: 'Sizing wizard' });
    // The wizard shows the fat-tree arithmetic for these inputs.
    const table = wizard.getByRole('table', { name: 'Switch counts' });
    for (const f of arithmetic) {
      const row = table.getByRole('row', { name: new RegExp(`^${f.profile.name}\\b`) });
      await expect(row.getByRole('cell').nth(1)).toHaveText(f.counts.leaves.toLocaleString('en-US'));
      await expect(row.getByRole('cell').last()).toHaveText(f.counts.total.toLocaleString('en-US'));
    }
    await wizard.getByRole('button', { name: 'Create design' }).click();
    await expect(wizard).toBeHidden();
    await expect(page.getByLabel('Design name')).toHaveValue(expected.result.design.name);
    // The whole name reads in the top bar at 1280 px (it wraps; no line is cut off).
    expect(await page.getByLabel('Design name').evaluate((e) => e.scrollHeight - e.clientHeight)).toBeLessThanOrEqual(0);
    await expect(simStatus(page)).toHaveText(/Up to date/, { timeout: 90_000 });

    // The canvas holds exactly the switches the arithmetic asks for, tier by tier.
    const nodes = await canvasCounts(page);
    for (const f of arithmetic) {
      const sum = (re: RegExp): number => nodes.filter((n) => n.label.startsWith(`${f.profile.name} `) && re.test(n.label)).reduce((s, n) => s + n.count, 0);
      expect(sum(/^\S+ leaves(,|$)/), `${f.profile.name} leaves`).toBe(f.counts.leaves);
      expect(sum(/ border leaves$/), `${f.profile.name} border leaves`).toBe(f.counts.border);
      expect(sum(/ spines$/), `${f.profile.name} spines`).toBe(f.counts.spines);
      expect(sum(/ aggregation/), `${f.profile.name} aggregation`).toBe(f.counts.aggregation);
      expect(sum(/ cores$/), `${f.profile.name} cores`).toBe(f.counts.cores);
      expect(nodes.filter((n) => n.label === 'Servers' || n.label.startsWith('Servers, pod')).reduce((s, n) => s + n.count, 0)).toBe(set.input.servers);
    }

    // Every VM's demand met: the minimum per-VM figure equals the demand, nothing limits a flow.
    const row = (name: RegExp) => results(page).getByRole('table', { name: 'Per-VM bandwidth' }).getByRole('row', { name });
    expect(num(await row(/^LAN/).getByRole('cell').nth(0).textContent())).toBeCloseTo(set.input.lanMbps / 1000, 4);
    expect(num(await row(/^SAN/).getByRole('cell').nth(0).textContent())).toBeCloseTo(set.input.sanMBps, 2);
    expect(num(await row(/^Server-to-server/).getByRole('cell').nth(0).textContent())).toBeCloseTo(set.input.ipcMbps / 1000, 3);
    await expect(results(page).getByText('Nothing limits the VMs: every flow gets its full demand.')).toBeVisible();

    // No unreachable flow, no port or slot overflow: the findings hold no error.
    await showTab(page, 'Findings');
    const findings = page.getByRole('region', { name: 'Findings' });
    await expect(findings.getByText('Checking the design…')).toHaveCount(0);
    await expect(findings.getByRole('group', { name: /^Errors?:/ })).toHaveCount(0);
    await expect(findings).not.toContainText(/no (LAN|SAN|Server-to-server) path|ports; it has|adapters in \d+ slots/);
  });
}

test('the wizard explains what it cannot build and keeps the current design', async ({ page }) => {
  await openApp(page);
  const before = await page.getByLabel('Design name').inputValue();
  await page.getByRole('button', { name: /^New/ }).click();
  await page.getByRole('menuitem', { name: /^Sizing wizard/ }).click();
  const wizard = page.getByRole('dialog', { name: 'Sizing wizard' });
  await wizard.getByRole('radio', { name: /^Converged Ethernet with SR-IOV/ }).check();
  await expect(wizard.getByRole('alert')).toContainText('SR-IOV adapters came after 2007');
  await expect(wizard.getByRole('button', { name: 'Create design' })).toBeDisabled();
  await wizard.getByLabel(/^Servers$/).fill('');
  await expect(wizard.getByText('Fill in every field with a number')).toBeVisible();
  await wizard.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByLabel('Design name')).toHaveValue(before);
});
