import { expect, test } from '@playwright/test';
import { canvas, dropPart, node, openApp } from './app';

test('the design is autosaved and survives a reload exactly', async ({ page }) => {
  await openApp(page);
  const name = page.getByLabel('Design name');
  await name.fill('My IB pod');
  await name.press('Enter');
  await dropPart(page, 'InfiniBand DDR switch, 24 ports', 300, 500);
  await expect(node(page, 'IB switch 1')).toBeVisible();
  const count = await canvas(page).getByRole('group').count();
  await expect(page.getByLabel(/^Autosave: Saved/)).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Design name')).toHaveValue('My IB pod');
  await expect(node(page, 'IB switch 1')).toBeVisible();
  await expect(canvas(page).getByRole('group')).toHaveCount(count);
});
