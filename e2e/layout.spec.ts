// Tidy and paste, as a user does them: Tidy lays the diagram out by role in one undo step; a
// pasted group lands beside its original with its cables.
import { expect, test, type Page } from '@playwright/test';
import { canvas, node, openTemplate, simStatus, TEMPLATE } from './app';

type Boxes = Record<string, { x: number; y: number; w: number; h: number }>;

/** Every node's position and size in flow units (React Flow's transform), by label (repeated labels get #2, #3). */
async function positions(page: Page): Promise<Boxes> {
  return canvas(page)
    .getByRole('group')
    .evaluateAll((els) => {
      const out: Record<string, { x: number; y: number; w: number; h: number }> = {};
      for (const el of els as HTMLElement[]) {
        const m = /translate\((-?[\d.]+)px, (-?[\d.]+)px\)/.exec(el.style.transform);
        let key = el.getAttribute('aria-label') ?? '';
        for (let i = 2; key in out; i++) key = `${el.getAttribute('aria-label')} #${i}`;
        out[key] = { x: Number(m?.[1]), y: Number(m?.[2]), w: el.offsetWidth, h: el.offsetHeight };
      }
      return out;
    });
}

async function openAppSlow(page: Page): Promise<void> {
  await page.goto('/');
  await expect(simStatus(page)).toHaveText(/Up to date/, { timeout: 40_000 });
}

test('Tidy lays the diagram out left to right by role, in one undo step', async ({ page }) => {
  await openAppSlow(page);
  await openTemplate(page, TEMPLATE.baseline);
  await expect(simStatus(page)).toHaveText(/Up to date/, { timeout: 30_000 });
  // Make a mess: the LAN dragged to the far left, below the servers.
  const lan = node(page, 'Existing LAN');
  const box = (await lan.boundingBox())!;
  const servers = (await node(page, 'Servers').boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + 10);
  await page.mouse.down();
  await page.mouse.move(servers.x - 40, servers.y + servers.height + 40, { steps: 8 });
  await page.mouse.up();
  const messy = await positions(page);
  expect(messy['Existing LAN']!.x).toBeLessThan(messy['Servers']!.x + 200);

  await page.getByRole('button', { name: 'Tidy' }).click();
  await expect.poll(async () => (await positions(page))['Existing LAN']!.x, { timeout: 20_000 }).toBeGreaterThan(messy['Servers']!.x + 200);
  const tidy = await positions(page);
  // Servers → switches → LAN and storage, left to right; nothing overlaps.
  expect(tidy['Servers']!.x).toBeLessThan(tidy['GigE access switches']!.x);
  expect(tidy['GigE access switches']!.x).toBe(tidy['FC switches']!.x);
  expect(tidy['FC switches']!.x).toBeLessThan(tidy['Existing LAN']!.x);
  expect(tidy['Existing LAN']!.x).toBe(tidy['Existing FC SAN storage']!.x);
  const list = Object.values(tidy);
  for (const [i, a] of list.entries()) for (const b of list.slice(i + 1)) expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(true);

  // One step back is the messy drawing, exactly; one step forward is the tidy one.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => positions(page)).toEqual(messy);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect.poll(() => positions(page)).toEqual(tidy);
});

test('a pasted group lands beside the original, with the cables among its parts, named apart, selected and in view', async ({ page }) => {
  await openAppSlow(page);
  const cableBetween = canvas(page).getByRole('button', { name: 'Cable from IB↔Ethernet gateways to Existing LAN' });
  const copiedCable = canvas(page).getByRole('button', { name: 'Cable from IB↔Ethernet gateways (copy) to Existing LAN (copy)' });
  await expect(cableBetween).toHaveCount(1);
  const before = await positions(page);
  await node(page, 'IB↔Ethernet gateways').click({ position: { x: 30, y: 12 } });
  await node(page, 'Existing LAN').click({ position: { x: 30, y: 12 }, modifiers: ['Shift'] });
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(canvas(page).getByRole('group')).toHaveCount(Object.keys(before).length + 2);
  await expect(cableBetween).toHaveCount(1);
  await expect(copiedCable).toHaveCount(1);
  const after = await positions(page);
  const gw = after['IB↔Ethernet gateways']!;
  const gwCopy = after['IB↔Ethernet gateways (copy)']!;
  const lanCopy = after['Existing LAN (copy)']!;
  // Beside: to the right of the original group, at the same height, overlapping nothing.
  expect(gwCopy.y).toBe(gw.y);
  expect(gwCopy.x).toBeGreaterThanOrEqual(Math.max(gw.x + gw.w, after['Existing LAN']!.x + after['Existing LAN']!.w));
  expect(lanCopy.x - gwCopy.x).toBe(after['Existing LAN']!.x - gw.x);
  for (const copy of [gwCopy, lanCopy]) {
    for (const [label, b] of Object.entries(before)) {
      expect(copy.x + copy.w <= b.x || b.x + b.w <= copy.x || copy.y + copy.h <= b.y || b.y + b.h <= copy.y, `copy overlaps ${label}`).toBe(true);
    }
  }
  // The view came to the copies (the originals sat at the right edge), clear of the minimap.
  await expectClear(page, ['IB↔Ethernet gateways (copy)', 'Existing LAN (copy)']);
  // The copies are what is selected: Delete removes them and nothing else.
  await page.keyboard.press('Delete');
  await expect(canvas(page).getByRole('group')).toHaveCount(Object.keys(before).length);
  await expect(copiedCable).toHaveCount(0);
  await expect(cableBetween).toHaveCount(1);
});

/** Each named node is in the viewport and not under the minimap. */
async function expectClear(page: Page, labels: string[]): Promise<void> {
  const minimap = (await canvas(page).getByRole('img', { name: /^Minimap/ }).boundingBox())!;
  for (const label of labels) {
    const n = node(page, label);
    await expect(n).toBeInViewport({ ratio: 0.99 }); // whole, but for sub-pixel rounding
    await expect
      .poll(async () => {
        const b = (await n.boundingBox())!;
        return b.x + b.width <= minimap.x || b.y + b.height <= minimap.y;
      }, { message: `${label} clear of the minimap` })
      .toBe(true);
  }
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`Fit shows every node clear of the minimap at ${viewport.width}×${viewport.height}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openAppSlow(page);
    for (const template of [TEMPLATE.ibSoftware, TEMPLATE.baseline]) {
      if (template !== TEMPLATE.ibSoftware) await openTemplate(page, template);
      await canvas(page).getByRole('button', { name: /^Fit/ }).click();
      const labels = await canvas(page).getByRole('group').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
      await expectClear(page, labels);
    }
  });
}
