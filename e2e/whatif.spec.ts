// What-if analysis: fail and restore parts from the canvas, n−1 with the HA verdict, sweeps and
// migration time. The numbers come from the engine (docs/failures.md); the checks read what a
// user reads.
import { expect, test, type Page } from '@playwright/test';
import { canvas, node, openApp, openTemplate, saveStatus, showTab, waitUpToDate } from './app';

const whatIfTab = (page: Page) => page.getByRole('tab', { name: /^What-if/ });
const intactComparison = (page: Page) => page.getByRole('status', { name: 'Against the intact design' });
const long = (): { timeout: number } => ({ timeout: test.info().timeout });

test('fail one leaf of the stack from the canvas: its 16 blades (256 VMs) are cut off; saved, undone, restored', async ({ page }) => {
  await openApp(page);
  await node(page, 'IB leaf switches').click({ button: 'right' });
  const menu = page.getByRole('dialog', { name: /^What-if: IB leaf switches/ });
  await expect(menu.getByRole('spinbutton', { name: /member number/ })).toHaveValue('1');
  await menu.getByRole('button', { name: 'Fail member #1' }).click();
  await expect(menu).toHaveCount(0);
  // Drawn failed on the canvas, counted on the tab.
  await expect(node(page, 'IB leaf switches')).toContainText('1 of 8 failed');
  await expect(whatIfTab(page)).toHaveText('What-if (1)');
  await waitUpToDate(page);
  await whatIfTab(page).click();
  await expect(intactComparison(page)).toContainText('256 VMs lost LAN and SAN, 272 lost server-to-server', long());
  await expect(intactComparison(page)).toContainText('LAN −13%');

  // Undo removes it, redo puts it back.
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(whatIfTab(page)).toHaveText('What-if');
  await expect(node(page, 'IB leaf switches')).not.toContainText('failed');
  await page.getByRole('button', { name: /^Redo/ }).click();
  await expect(whatIfTab(page)).toHaveText('What-if (1)');

  // Saved with the design: a reload keeps the failure.
  await expect(saveStatus(page)).toHaveAttribute('aria-label', 'Autosave: Saved', long());
  await page.reload();
  await waitUpToDate(page);
  await expect(whatIfTab(page)).toHaveText('What-if (1)');
  await expect(node(page, 'IB leaf switches')).toContainText('1 of 8 failed');

  // Restore from the inspector.
  await node(page, 'IB leaf switches').click();
  const section = page.getByRole('region', { name: 'What-if: fail and restore' });
  await expect(section).toContainText('1 of 8 failed');
  await section.getByRole('button', { name: 'Restore #1' }).click();
  await expect(whatIfTab(page)).toHaveText('What-if');
  await expect(node(page, 'IB leaf switches')).not.toContainText('failed');
  // Failures are analysis, not parts: the bill of materials never changed.
});

test('fail a cable from its context menu and restore it', async ({ page }) => {
  await openApp(page);
  await canvas(page).getByRole('button', { name: /^Cable from Blade servers to IB leaf switches/ }).click({ button: 'right', force: true });
  const menu = page.getByRole('dialog', { name: /^What-if: Cable from Blade servers/ });
  await menu.getByRole('button', { name: 'Fail cable #1' }).click();
  await whatIfTab(page).click();
  await expect(intactComparison(page)).toContainText('16 VMs lost LAN and SAN, 32 lost server-to-server', long());
  await page.getByRole('button', { name: 'Restore all' }).click();
  await expect(whatIfTab(page)).toHaveText('What-if');
  await expect(page.getByRole('region', { name: 'Failed parts' })).toContainText('Nothing failed');
});

test('n−1: one HCA per blade is not HA (a leaf is a single point of failure); two HCAs on separate leaves survive any single failure', async ({ page }) => {
  await openApp(page);
  await whatIfTab(page).click();
  await page.getByRole('button', { name: 'Run n−1' }).click();
  const verdict = page.getByRole('status', { name: 'HA verdict' });
  await expect(verdict).toContainText('Survives any single failure: no, because failing "IB leaf switches"', long());
  const table = page.getByRole('table', { name: 'n−1 table' });
  // Ranked worst first: the 8 leaves, each cutting off 256 VMs from LAN and SAN.
  await expect(table.getByRole('row').nth(1)).toContainText('"IB leaf switches" #1 of 8');
  await expect(table.getByRole('row').nth(1)).toContainText('256/256/272');
  await expect(table.getByRole('row', { name: /^"IB leaf switches" #\d of 8/ })).toHaveCount(8);

  await openTemplate(page, /two HCAs/);
  await whatIfTab(page).click();
  await page.getByRole('button', { name: 'Run n−1' }).click();
  await expect(verdict).toContainText('Survives any single failure: yes', long());
  await expect(table.getByRole('row', { name: /^"IB leaf switches, rail A" #\d of 8/ })).toHaveCount(8);
  await expect(table.getByRole('row', { name: /^"IB leaf switches, rail B" #\d of 8/ })).toHaveCount(8);
  // Twin gateways (two on each spine) are one row each pair, simulated once: 4 rows for the 8.
  await expect(table.getByRole('row', { name: /^"IB↔Ethernet gateways" #\d, #\d \(any of these 2 of 8\)/ })).toHaveCount(4);
  await expect(page.getByRole('region', { name: 'n−1 analysis' })).toContainText('Fails each of 49 parts in turn');
  await expect(page.getByRole('region', { name: 'n−1 analysis' })).toContainText('44 simulations cover them');
  for (const row of await table.getByRole('row', { name: /^"IB leaf switches/ }).all()) await expect(row).toContainText('0/0/0');
});

test('a sweep of VMs per server charts every mode, marks where demand stops being met, and applies a point (undoable)', async ({ page }) => {
  test.slow(); // two sweeps of 64 points, each the whole design in every mode
  await openApp(page);
  await whatIfTab(page).click();
  await page.getByRole('button', { name: 'Run sweep' }).click();
  const limits = page.getByRole('status', { name: 'Where demand stops being met' });
  await expect(limits).toContainText(/Software: demand not met from \d+ VMs per server \(server-to-server demand not met\)/, long());
  await expect(page.getByRole('figure', { name: /Server-to-server per VM/ })).toBeVisible();
  await expect(page.getByRole('figure', { name: /VMs that fit per server/ })).toBeVisible();
  await expect(page.getByRole('figure', { name: /Cost per VM/ })).toBeVisible();
  await page.getByRole('combobox', { name: 'Value to apply' }).selectOption('8');
  await page.getByRole('button', { name: 'Apply to the design' }).click();
  await node(page, 'Blade servers').click();
  await expect(page.getByRole('textbox', { name: 'VMs per server' })).toHaveValue('8');
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(page.getByRole('textbox', { name: 'VMs per server' })).toHaveValue('16');

  // A click on a chart applies the point under the pointer: the plot spans x 40…328 of the chart's
  // 336 units, so point i of the 64 sits at 40 + 288·i/63; the 24th is 24 VMs per server.
  await whatIfTab(page).click();
  await page.getByRole('button', { name: 'Run sweep' }).click();
  await expect(limits).toBeVisible(long());
  const plot = page.getByRole('figure', { name: /VMs that fit per server/ }).getByRole('img');
  const box = (await plot.boundingBox())!;
  await plot.click({ position: { x: ((40 + (288 * 23) / 63) / 336) * box.width, y: box.height / 2 } });
  await showTab(page, 'Inspector'); // the blade servers are still selected
  await expect(page.getByRole('textbox', { name: 'VMs per server' })).toHaveValue('24');
});

test('migration time per mode, with the mode’s caveat and sources', async ({ page }) => {
  await openApp(page);
  await whatIfTab(page).click();
  const table = page.getByRole('table', { name: 'Migration time per mode' });
  await expect(table.getByRole('row', { name: /^Software/ })).toContainText(/\d+(\.\d)? s \(1 GB\)/);
  await expect(table.getByRole('row', { name: /^Native/ })).toContainText('restart');
  await expect(table.getByRole('row', { name: /^Pass-through/ })).toContainText('software fallback');
  const section = page.getByRole('region', { name: 'VM migration time' });
  await expect(section).toContainText('Source: whitepaper Table 3');
  await expect(section).toContainText('VFIO');
});
