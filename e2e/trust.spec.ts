// Numbers a customer can trust: templates named after their layout, port labels that say the
// payload rate, bottleneck rows that say which member, port and cable.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { addPartsByKeyboard, canvas, node, openApp, openTemplate, results, showTab, TEMPLATE, waitUpToDate } from './app';

test('templates are named after their layout, and the New menu lists every one', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: /^New/ }).click();
  for (const name of Object.values(TEMPLATE)) await expect(page.getByRole('menuitem', { name })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: /Seed/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
});

test('port labels say the payload rate beside the datasheet name', async ({ page }) => {
  await openApp(page);
  await expect(node(page, 'IB leaf switches')).toContainText('24 × IB DDR 4x · 16 Gb/s data');
  await expect(node(page, 'IB↔FC gateways')).toContainText('4 × 2 Gb/s FC · 1.6 Gb/s data');
  await expect(canvas(page)).not.toContainText('Gb/s IB');
});

test('bottleneck rows of the GigE + FC baseline can be told apart: each names its NIC and the busiest member and port', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, TEMPLATE.baseline);
  await waitUpToDate(page);
  await showTab(page, 'Results');
  const rows = results(page).getByRole('listitem').filter({ has: page.getByRole('button', { name: /^Cable|^Hypervisor|^Gateway|^Storage|^PCIe/ }) });
  const texts = (await rows.allInnerTexts()).map((t) => t.split('\n')[0]!.trim());
  expect(texts.length).toBeGreaterThan(1);
  expect(new Set(texts).size).toBe(texts.length);
  await expect(results(page)).toContainText(/(All \d+ alike, e\.g\.|Busiest:) "/);
});

test('a new cable from a 6-port gateway side to the LAN asks how many lanes first (1 or all 6), then says so', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, /^Empty design/);
  await addPartsByKeyboard(page, [
    ['ethernet gateway', 'IB↔Ethernet gateway (1 DDR, 6 GigE)'],
    ['existing lan', 'Existing LAN (GigE ports)'],
  ]);
  await expect(canvas(page).getByRole('group')).toHaveCount(2);
  await canvas(page).getByRole('group', { name: /gateway/i }).first().click();
  await showTab(page, 'Inspector');
  const ports = page.getByRole('region', { name: 'Inspector' }).getByRole('group', { name: 'Ports' });
  const picker = ports.getByLabel('Connect Ethernet side to');
  await picker.focus();
  await picker.selectOption({ label: (await picker.getByRole('option', { name: /LAN/ }).first().innerText()).trim() });
  // More than 4 lanes fit: no cable until the user chooses, each choice one key or click.
  const ask = page.getByRole('dialog', { name: 'How many lanes for this cable?' });
  await expect(ask).toContainText('Up to 6 lanes fit');
  await expect(ask.getByRole('button', { name: /^1 lane/ })).toBeVisible();
  const all = ask.getByRole('button', { name: /^6 lanes Every free port: as many as the 6 free ports of/ });
  await expect(all).toBeFocused();
  await expect(canvas(page).getByRole('button', { name: /^Cable from/ })).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(ask).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'New cable: 6 lanes' })).toBeVisible();
  const cableButton = canvas(page).getByRole('button', { name: /^Cable from/ });
  await expect(cableButton).toHaveCount(1);
  // The Ports section lists the new cable (focused); Enter opens it in the inspector.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Inspector' }).getByLabel('Lanes')).toHaveValue('6');
  // One undoable edit: undo removes the cable, lanes and all.
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(cableButton).toHaveCount(0);
});

/** An empty design with a 6-port gateway, a 48-port GigE switch and the LAN; `ratio` set as the design's oversubscription first. */
async function gatewaySwitchLan(page: Page, ratio?: string): Promise<{ ask: Locator; pick: (from: RegExp, side: string, to: RegExp) => Promise<void> }> {
  await openApp(page);
  await openTemplate(page, /^Empty design/);
  if (ratio) {
    await showTab(page, 'Inspector');
    const field = page.getByRole('region', { name: 'Inspector' }).getByLabel(/^Uplink oversubscription/);
    await field.fill(ratio);
    await field.press('Enter');
  }
  await addPartsByKeyboard(page, [
    ['ethernet gateway', 'IB↔Ethernet gateway (1 DDR, 6 GigE)'],
    ['gige switch', 'GigE switch, 48 ports'],
    ['existing lan', 'Existing LAN (GigE ports)'],
  ]);
  await expect(canvas(page).getByRole('group')).toHaveCount(3);
  const ask = page.getByRole('dialog', { name: 'How many lanes for this cable?' });
  const pick = async (from: RegExp, side: string, to: RegExp): Promise<void> => {
    await canvas(page).getByRole('group', { name: from }).first().click();
    await showTab(page, 'Inspector');
    const picker = page.getByRole('region', { name: 'Inspector' }).getByRole('group', { name: 'Ports' }).getByLabel(`Connect ${side} to`);
    await picker.focus(); // the picker lists its targets once it is used
    await picker.selectOption({ label: (await picker.getByRole('option', { name: to }).first().innerText()).trim() });
  };
  // The gateway's six GigE ports to the switch: all six.
  await pick(/gateway/i, 'Ethernet side', /Ethernet switch 1/);
  await ask.getByRole('button', { name: /^6 lanes Every free port/ }).click();
  return { ask, pick };
}

test('cabling a 48-port Ethernet switch to the LAN proposes 1, non-blocking or all 42 free ports, and makes what is chosen', async ({ page }) => {
  const { ask, pick } = await gatewaySwitchLan(page);
  // The switch to the LAN: 42 ports are free, 6 carry the gateway at full rate.
  await pick(/^Ethernet switch 1/, 'Ethernet ports', /LAN/);
  await expect(ask).toContainText('Up to 42 lanes fit');
  await expect(ask.getByRole('button')).toHaveText([/^1 lane/, /^6 lanes\s*Non-blocking: carries the 6(\.00)? Gb\/s the cabled ports of "Ethernet switch 1" bring in/, /^42 lanes\s*Every free port/, 'Cancel']);
  await expect(ask.getByRole('button', { name: /^6 lanes/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ask).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'New cable: 6 lanes' })).toBeVisible();
  await expect(canvas(page).getByRole('button', { name: /^Cable from/ })).toHaveCount(2);
  // Focus is on the new cable in the Ports section: Enter opens it, with its 6 lanes.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Inspector' }).getByLabel('Lanes')).toHaveValue('6');
});

test('at the design’s 3:1 oversubscription the same uplink is proposed as 2 lanes, and says why', async ({ page }) => {
  const { ask, pick } = await gatewaySwitchLan(page, '3');
  await pick(/^Ethernet switch 1/, 'Ethernet ports', /LAN/);
  // 6 Gb/s in ÷ 3 = 2 Gb/s: two 1 Gb/s lanes.
  await expect(ask.getByRole('button')).toHaveText([/^1 lane/, /^2 lanes\s*3:1 oversubscribed, as the design plans \(Design › Simulation\): carries 2(\.00)? Gb\/s of the 6(\.00)? Gb\/s the cabled ports of "Ethernet switch 1" bring in/, /^42 lanes\s*Every free port/, 'Cancel']);
  await ask.getByRole('button', { name: /^2 lanes/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'New cable: 2 lanes' })).toBeVisible();
});
