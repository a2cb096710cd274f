import { expect, test } from '@playwright/test';
import { canvas, dropPart, node, openApp } from './app';

test('undo and redo walk through edits; a drag is one step', async ({ page }) => {
  await openApp(page);
  const groups = canvas(page).getByRole('group');
  const before = await groups.count();
  await dropPart(page, 'InfiniBand DDR switch, 24 ports', 300, 500);
  await expect(groups).toHaveCount(before + 1);
  const added = node(page, 'IB switch 1');
  await expect(added).toBeVisible();

  // Drag the new node: many pointer moves, one undo step.
  const box = (await added.boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + 10);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + 20 + i * 15, box.y + 10 + i * 5);
  await page.mouse.up();
  const moved = (await added.boundingBox())!;
  expect(moved.x).toBeGreaterThan(box.x + 100);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await added.boundingBox())!.x).toBeLessThan(box.x + 5);
  await expect(groups).toHaveCount(before + 1);
  await page.keyboard.press('Control+z');
  await expect(groups).toHaveCount(before);
  await page.keyboard.press('Control+Shift+z');
  await expect(groups).toHaveCount(before + 1);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect.poll(async () => (await added.boundingBox())!.x).toBeGreaterThan(box.x + 100);

  // Delete the selected node with the keyboard, then bring it back.
  await added.click();
  await page.keyboard.press('Delete');
  await expect(groups).toHaveCount(before);
  await page.keyboard.press('Control+z');
  await expect(groups).toHaveCount(before + 1);
});
