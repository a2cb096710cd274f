// A small cabled design built with the keyboard alone (WCAG 2.1.1, 2.5.7: every drag has another
// way): no click, no drag, no programmatic focus — Tab, arrows, Enter and typing, as a keyboard
// user moves through the page.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { canvas, node, openApp, palette, paletteItem, results, waitUpToDate } from './app';

/**
 * Press Tab until `target` has focus, as a user would: Shift+Tab when it comes before the focused
 * element in the page. Fails after `max` presses.
 */
async function tabTo(page: Page, target: Locator, { max = 80 } = {}): Promise<void> {
  const back = await target.evaluate((el) => {
    const from = document.activeElement;
    return !!from && from !== document.body && (from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
  });
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

/** Search the palette and press Enter on a part: it goes on the canvas (an adapter into the selected server). */
async function addFromPalette(page: Page, query: string, partName: string): Promise<void> {
  const search = palette(page).getByRole('searchbox', { name: 'Search parts' });
  await tabTo(page, search);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(query);
  await tabTo(page, paletteItem(page, partName));
  await page.keyboard.press('Enter');
}

test('a server with an adapter cabled to a switch, with the keyboard only', async ({ page }) => {
  await openApp(page);
  // New ▾ → Empty design.
  await tabTo(page, page.getByRole('button', { name: /^New/ }));
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'New design' });
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: /^Empty design/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(canvas(page).getByRole('note')).toContainText('Start your design');

  // A server (it is selected once added), its adapter, then a switch.
  await addFromPalette(page, 'blade 2007', 'Blade server, 2 × quad-core 2.66 GHz (2007)');
  await expect(node(page, 'Server 1')).toBeVisible();
  await addFromPalette(page, 'connectx', 'ConnectX IB DDR HCA, 2 ports');
  await expect(canvas(page).getByRole('button', { name: 'ConnectX IB DDR HCA, 2 ports port 1 on Server 1' })).toBeVisible();
  await addFromPalette(page, 'ib switch', 'InfiniBand DDR switch, 24 ports');
  const ibSwitch = node(page, 'IB switch 1');
  await expect(ibSwitch).toBeVisible();
  for (const n of [node(page, 'Server 1'), ibSwitch]) await expect(n).toBeInViewport();

  // Move the switch with the arrow keys: Tab onto it (Tab goes from the palette into the canvas),
  // Enter selects it, Shift+arrow moves it by four grid steps.
  await tabTo(page, ibSwitch);
  await page.keyboard.press('Enter');
  await expect(ibSwitch).toHaveClass(/\bselected\b/);
  const before = (await ibSwitch.boundingBox())!;
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await ibSwitch.boundingBox())!.x - before.x).toBeGreaterThan(30);
  expect((await ibSwitch.boundingBox())!.y).toBeGreaterThan(before.y);
  // Each press is an edit of the design (an undo step of its own): undoing the last puts the
  // switch back one row up.
  const moved = (await ibSwitch.boundingBox())!;
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(async () => (await ibSwitch.boundingBox())!.y).toBeLessThan(moved.y);
  expect(Math.round((await ibSwitch.boundingBox())!.x)).toBe(Math.round(moved.x));

  // Select the server, open the Inspector and cable its adapter's port 1 from the Ports section.
  const server = node(page, 'Server 1');
  await tabTo(page, server);
  await page.keyboard.press('Enter');
  await expect(server).toHaveClass(/\bselected\b/);
  const inspectorTab = page.getByRole('tab', { name: /^Inspector/ });
  await tabTo(page, inspectorTab);
  await page.keyboard.press('Enter');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector.getByRole('heading', { name: 'Server 1' })).toBeVisible();
  const picker = inspector.getByRole('group', { name: 'Ports' }).getByLabel('Connect ConnectX IB DDR HCA, 2 ports port 1 to');
  await tabTo(page, picker);
  // Typing an option's first letters chooses it in a closed list, as in any select.
  await page.keyboard.type('IB switch');
  const cable = canvas(page).getByRole('button', { name: 'Cable from Server 1 to IB switch 1' });
  await expect(cable).toHaveCount(1);

  // The results count the cable.
  await tabTo(page, page.getByRole('tab', { name: /^Results/ }));
  await page.keyboard.press('Enter');
  await waitUpToDate(page);
  await expect(results(page).getByRole('table', { name: 'Ports and cables' }).getByRole('row', { name: /^Cables/ })).toHaveText(/^Cables\s*1 cable$/);
});
