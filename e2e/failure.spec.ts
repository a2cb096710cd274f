import { expect, test } from '@playwright/test';
import { alert, canvas, openApp, results, simStatus, waitUpToDate } from './app';

test('a simulator exception is shown, the worker restarts, and the design is kept', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => window.__iov!.failNextSimulation('throw'));
  await page.getByRole('radio', { name: 'Native' }).click();
  await expect(results(page).getByRole('alert')).toContainText('The simulator failed');
  await expect(simStatus(page)).not.toHaveText(/Up to date/);
  // The edit that hit the failure is still there; the next edit computes again on a fresh worker.
  await expect(page.getByRole('radio', { name: 'Native' })).toBeChecked();
  await page.getByRole('radio', { name: 'Pass-through' }).click();
  await waitUpToDate(page);
  await expect(results(page).getByRole('alert')).toHaveCount(0);
});

test('a hung simulator is stopped by the watchdog and replaced', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => window.__iov!.failNextSimulation('hang'));
  await page.getByRole('radio', { name: 'Native' }).click();
  // A run that takes more than a blink says so: the numbers shown are from before the edit.
  const updating = results(page).getByText(/^Updating — the numbers below are from before your last edit/);
  const legendUpdating = canvas(page).getByLabel('Cable colours').getByText('(updating…)');
  await expect(updating).toBeVisible();
  await expect(legendUpdating).toBeVisible();
  // The UI stays responsive while the worker spins.
  await page.getByRole('tab', { name: /^Inspector/ }).click();
  await page.getByRole('tab', { name: /^Results/ }).click();
  await expect(results(page).getByRole('alert')).toContainText('did not answer', { timeout: test.info().timeout }); // the watchdog, not the test, decides
  await expect(legendUpdating).toBeVisible(); // still the loads of an older design
  await page.getByRole('radio', { name: 'Software' }).click();
  await waitUpToDate(page);
  await expect(alert(page)).toHaveCount(0);
  await expect(updating).toBeHidden();
  await expect(legendUpdating).toBeHidden();
});
