import { expect, test, type Page } from '@playwright/test';
import { canvas, node, openApp, openTemplate, palette, paletteItem } from './app';

/** Add a part from the palette with the keyboard: search for it, focus it, press Enter. */
async function addWithKeyboard(page: Page, query: string, partName: string): Promise<void> {
  const search = palette(page).getByRole('searchbox', { name: 'Search parts' });
  await search.focus();
  await search.fill(query);
  const item = paletteItem(page, partName);
  await item.focus();
  await page.keyboard.press('Enter');
}

test('a cable can be drawn from the keyboard through the inspector’s Ports section', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, /^Empty design/);
  const groups = canvas(page).getByRole('group');
  const cables = canvas(page).getByRole('button', { name: /^Cable from/ });

  await addWithKeyboard(page, 'blade 2007', 'Blade server, 2 × quad-core 2.66 GHz (2007)');
  await expect(node(page, 'Server 1')).toBeVisible();
  // The new server is selected: Enter on an adapter installs it there.
  await addWithKeyboard(page, 'connectx', 'ConnectX IB DDR HCA, 2 ports');
  await expect(canvas(page).getByLabel(/port 1 on Server 1/)).toBeVisible();
  await addWithKeyboard(page, 'ib switch', 'InfiniBand DDR switch, 24 ports');
  await addWithKeyboard(page, 'fc switch', 'FC switch 2 Gb/s, 16 ports');
  await addWithKeyboard(page, 'gige switch', 'GigE switch, 24 ports');
  await expect(groups).toHaveCount(4);
  await expect(cables).toHaveCount(0);

  // Select the server again from the keyboard (canvas nodes take focus; Enter selects).
  await node(page, 'Server 1').focus();
  await page.keyboard.press('Enter');
  const inspectorTab = page.getByRole('tab', { name: /^Inspector/ });
  await inspectorTab.focus();
  await page.keyboard.press('Enter');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector.getByRole('heading', { name: 'Server 1' })).toBeVisible();
  const ports = inspector.getByRole('group', { name: 'Ports' });

  // Only the InfiniBand switch is offered: not the FC switch, not the Ethernet switch.
  const picker = ports.getByLabel('Connect ConnectX IB DDR HCA, 2 ports port 1 to');
  // The targets are listed once the picker is used (focus), not for every port of every selection.
  await expect(picker.getByRole('option')).toHaveText(['Choose a port…']);
  await picker.focus();
  await expect(picker.getByRole('option')).toHaveText(['Choose a port…', 'IB switch 1 — InfiniBand ports']);
  await expect(picker).not.toContainText('FC switch 1');
  await expect(picker).not.toContainText('Ethernet switch 1');

  // Arrow keys on the closed picker open it rather than cable to the first target at once.
  await picker.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(picker).toHaveValue('');
  await expect(cables).toHaveCount(0);

  await picker.selectOption({ label: 'IB switch 1 — InfiniBand ports' });
  await expect(cables).toHaveCount(1);
  await expect(canvas(page).getByRole('button', { name: 'Cable from Server 1 to IB switch 1' })).toHaveCount(1);

  // The cabled port lists its cable (focus moves there) and offers no more targets.
  const cableButton = ports.getByRole('button', { name: 'IB switch 1 · InfiniBand ports' });
  await expect(cableButton).toBeFocused();
  await expect(picker).toHaveCount(0);
  // Port 2 can still be cabled to the same switch.
  await ports.getByLabel('Connect ConnectX IB DDR HCA, 2 ports port 2 to').focus();
  await expect(ports.getByLabel('Connect ConnectX IB DDR HCA, 2 ports port 2 to').getByRole('option')).toHaveText(['Choose a port…', 'IB switch 1 — InfiniBand ports']);

  // Enter on the cable selects it.
  await cableButton.focus();
  await page.keyboard.press('Enter');
  await expect(inspector.getByRole('heading', { name: 'Server 1 ↔ IB switch 1' })).toBeVisible();
});

test('a port with no compatible target says so', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, /^Empty design/);
  await addWithKeyboard(page, 'gige switch', 'GigE switch, 24 ports');
  await addWithKeyboard(page, 'ib switch', 'InfiniBand DDR switch, 24 ports');
  await node(page, 'Ethernet switch 1').focus();
  await page.keyboard.press('Enter');
  await page.getByRole('tab', { name: /^Inspector/ }).click();
  const picker = page.getByRole('region', { name: 'Inspector' }).getByLabel('Connect Ethernet ports to');
  await expect(picker).toBeDisabled();
  await expect(picker.getByRole('option')).toHaveText(['No compatible port']);
});

test('the first Tab stops skip to the canvas and to the results, past the top bar and the palette', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Tab');
  const toCanvas = page.getByRole('link', { name: 'Skip to the canvas' });
  await expect(toCanvas).toBeFocused();
  await expect(toCanvas).toBeInViewport();
  const box = (await toCanvas.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(24); // WCAG 2.5.8 target size
  await page.keyboard.press('Enter');
  await expect(canvas(page)).toBeFocused();
  // The next Tab is inside the canvas, not back in the palette.
  await page.keyboard.press('Tab');
  expect(await canvas(page).evaluate((c) => c.contains(document.activeElement))).toBe(true);

  await toCanvas.focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the results' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Results' })).toBeFocused();
});
