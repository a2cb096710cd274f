// The overview drawing (src/canvas/OverviewLayer.tsx, useOverviewPointer.ts): shown whenever more
// than 300 nodes are in view, and editable as the nodes are — a click selects, a drag moves (one
// undo step, kept across a reload), a right-click opens the failure menu, a press on empty canvas
// pans — with no serious accessibility violation.
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import type { Design } from '../src/domain';
import { generateFlatDesign } from '../src/scenarios';
import { canvas, openApp, openDesignFile, showTab, simStatus, waitSaved } from './app';
import { centralBox, overviewBoxes, type ScreenBox } from './overviewBoxes';

const design = generateFlatDesign({ nodes: 400 });
const labelOf = (id: string): string => design.nodes.find((n) => n.id === id)!.label;
const selectedNode = (page: Page) => canvas(page).locator('.react-flow__node.selected');
const viewport = (page: Page): Promise<string> => page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);

async function openLarge(page: Page): Promise<void> {
  await openApp(page);
  await openDesignFile(page, design);
  await expect(simStatus(page)).toHaveText(/Up to date|Not buildable/, { timeout: 120_000 });
  await expect(canvas(page).locator('canvas.iov-overview')).toBeVisible();
}

/** A box a few boxes away from the central one, so two picks never land on the same node. */
async function anotherBox(page: Page, not: ScreenBox): Promise<ScreenBox> {
  const boxes = await overviewBoxes(page, design);
  return boxes.filter((b) => b.id !== not.id && Math.hypot(b.cx - not.cx, b.cy - not.cy) > 30).sort((a, b) => Math.hypot(a.cx - not.cx, a.cy - not.cy) - Math.hypot(b.cx - not.cx, b.cy - not.cy))[0]!;
}

test('400 nodes in view: the overview is drawn, and a click selects a node', async ({ page }) => {
  await openLarge(page);
  // Nothing mounted: the nodes are drawn, not rendered one by one.
  await expect(canvas(page).locator('.react-flow__node')).toHaveCount(0);
  const box = await centralBox(page, design);
  await page.mouse.click(box.cx, box.cy);
  // The selected node is mounted over the drawing and the inspector shows it.
  await expect(selectedNode(page)).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: 'Label' })).toHaveValue(labelOf(box.id));
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

test('a drag in the overview moves the node: one undo step, kept after a reload', async ({ page }) => {
  await openLarge(page);
  const box = await anotherBox(page, await centralBox(page, design));
  await page.mouse.move(box.cx, box.cy);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(box.cx + i * 8, box.cy + i * 10);
  await page.mouse.up();
  const moved = selectedNode(page);
  await expect(moved).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: 'Label' })).toHaveValue(labelOf(box.id));
  // The node's box now starts about where the pointer let go of it (within the layout grid's snap).
  const at = async (): Promise<{ x: number; y: number }> => {
    const b = (await moved.boundingBox())!;
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  };
  await expect.poll(async () => Math.hypot((await at()).x - (box.cx + 96), (await at()).y - (box.cy + 120))).toBeLessThan(6);
  await waitSaved(page);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => Math.hypot((await at()).x - box.cx, (await at()).y - box.cy)).toBeLessThan(3);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect.poll(async () => Math.hypot((await at()).x - (box.cx + 96), (await at()).y - (box.cy + 120))).toBeLessThan(6);
  await waitSaved(page);

  // After a reload the node is where it was dropped: a click there selects it.
  await page.reload();
  await expect(canvas(page).locator('canvas.iov-overview')).toBeVisible({ timeout: 60_000 });
  const reopened = await overviewBoxes(page, await storedDesign(page));
  const it = reopened.find((b) => b.id === box.id)!;
  await page.mouse.click(it.cx, it.cy);
  await expect(page.getByRole('textbox', { name: 'Label' })).toHaveValue(labelOf(box.id));
  const original = (await overviewBoxes(page, design)).find((b) => b.id === box.id)!;
  expect(Math.hypot(it.cx - original.cx, it.cy - original.cy)).toBeGreaterThan(100);
});

test('a right-click on a box opens its failure menu; a press on empty canvas pans', async ({ page }) => {
  await openLarge(page);
  const box = await centralBox(page, design);
  await page.mouse.click(box.cx, box.cy, { button: 'right' });
  await expect(page.getByText(`What-if: ${labelOf(box.id)}`)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByText(`What-if: ${labelOf(box.id)}`)).toBeHidden();

  // Far from every box (above the row of nodes, clear of the toolbars): React Flow's pan, and no node selected.
  const area = (await canvas(page).locator('.react-flow').boundingBox())!;
  const before = await viewport(page);
  const from = { x: area.x + area.width / 2, y: area.y + 120 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(from.x + i * 10, from.y + i * 5);
  await page.mouse.up();
  await expect.poll(() => viewport(page)).not.toBe(before);
  await expect(selectedNode(page)).toHaveCount(0);
});

test('a part failed from the overview: its cut-off servers are a click away in the results', async ({ page }) => {
  await openLarge(page);
  const leaf = design.nodes.find((n) => /^Leaf /.test(n.label))!;
  const box = (await overviewBoxes(page, design)).find((b) => b.id === leaf.id)!;
  await page.mouse.click(box.cx, box.cy, { button: 'right' });
  await page.getByRole('button', { name: `Fail ${leaf.label}` }).click();
  // Its servers lose every path: the results list them, and "show" centres the canvas on one —
  // a node the overview only drew, found by its box in the design, mounted once in view.
  await showTab(page, 'Results');
  const unreachable = page.getByRole('region', { name: 'Results' }).getByRole('group', { name: /Unreachable flows/ });
  const first = unreachable.getByRole('button').first();
  await expect(first).toBeVisible({ timeout: 120_000 });
  await first.click();
  await expect(canvas(page).locator('canvas.iov-overview')).toHaveCount(0);
  await expect(selectedNode(page)).toHaveCount(1);
  const area = (await canvas(page).locator('.react-flow').boundingBox())!;
  const shown = (await selectedNode(page).boundingBox())!;
  expect(Math.abs(shown.x + shown.width / 2 - (area.x + area.width / 2))).toBeLessThan(area.width / 4);
});

/** The open design as the app holds it (after a reload: what was saved), from its own file. */
async function storedDesign(page: Page): Promise<Design> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save to file' }).click();
  return JSON.parse(await readFile((await (await download).path())!, 'utf8')) as Design;
}
