import { expect, test } from '@playwright/test';
import { canvas, openApp, perVmMedian, results, TEMPLATE } from './app';

test('a first-time user sees the demo design and its per-VM results at once', async ({ page }) => {
  await openApp(page);
  await expect(page.getByLabel('Design name')).toHaveValue(TEMPLATE.ibSoftware);
  await expect(canvas(page).getByRole('group').first()).toBeVisible();
  expect(await canvas(page).getByRole('group').count()).toBeGreaterThanOrEqual(5);
  // Per-VM bandwidth with units, from the simulator in the worker.
  expect(await perVmMedian(page, /^LAN/)).toMatch(/^\d[\d.,]* Gb\/s$/);
  expect(await perVmMedian(page, /^SAN/)).toMatch(/^\d[\d.,]* MB\/s$/);
  await expect(results(page)).toContainText('VMs per server');
  await expect(results(page)).toContainText('$');
  await expect(page.getByRole('region', { name: 'Live budget' })).toContainText('Gb/s');
  await expect(page.getByRole('radio', { name: 'Software' })).toBeChecked();
});
