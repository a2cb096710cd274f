import { expect, test } from '@playwright/test';
import { openApp, perVmMedian, waitUpToDate, results } from './app';

test('switching the IOV mode changes the numbers (seed: pass the virtual switch, gain bandwidth)', async ({ page }) => {
  await openApp(page);
  const softwareIpc = await perVmMedian(page, /^Server-to-server/);
  const softwareLan = await perVmMedian(page, /^LAN/);
  await page.getByRole('radio', { name: 'Native' }).click();
  await expect(page.getByRole('radio', { name: 'Native' })).toBeChecked();
  await waitUpToDate(page);
  await expect(results(page)).toContainText('Native');
  const nativeIpc = await perVmMedian(page, /^Server-to-server/);
  expect(nativeIpc).not.toBe(softwareIpc);
  expect(parseFloat(nativeIpc)).toBeGreaterThan(parseFloat(softwareIpc));
  await page.getByRole('radio', { name: 'Software' }).click();
  await waitUpToDate(page);
  expect(await perVmMedian(page, /^LAN/)).toBe(softwareLan);
});
