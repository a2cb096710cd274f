import { expect, test, type Page } from '@playwright/test';
import { alert, canvas, openApp, results, showTab, simStatus, waitUpToDate } from './app';

/**
 * An edit that re-simulates (a mode switch does not: every run has all three modes), made in the
 * Inspector's design settings; then back to Results, as a user would look for the new figures.
 */
async function toggleServersInCost(page: Page): Promise<void> {
  await showTab(page, 'Inspector');
  await page.getByRole('checkbox', { name: /^Include servers and storage/ }).click();
  await showTab(page, 'Results');
}

test('a simulator exception is shown, the worker restarts, and the design is kept', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => window.__iov!.failNextSimulation('throw'));
  await toggleServersInCost(page);
  await expect(results(page).getByRole('alert')).toContainText('The simulator failed');
  await expect(simStatus(page)).not.toHaveText(/Up to date/);
  // The edit that hit the failure is still there; the next edit computes again on a fresh worker.
  await showTab(page, 'Inspector');
  await expect(page.getByRole('checkbox', { name: /^Include servers and storage/ })).toBeChecked();
  await toggleServersInCost(page);
  await waitUpToDate(page);
  await expect(results(page).getByRole('alert')).toHaveCount(0);
});

test('a hung simulator is stopped by the watchdog and replaced', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => window.__iov!.failNextSimulation('hang'));
  await toggleServersInCost(page);
  // A run that takes more than a blink says so: the numbers shown are from before the edit.
  const updating = results(page).getByText(/^Updating — the numbers below are from before your last edit/);
  const legendUpdating = canvas(page).getByLabel('Cable colours').getByText('(updating…)');
  await expect(updating).toBeVisible();
  await expect(legendUpdating).toBeVisible();
  // The UI stays responsive while the worker spins.
  await showTab(page, 'Inspector');
  await showTab(page, 'Results');
  await expect(results(page).getByRole('alert')).toContainText('did not answer', { timeout: test.info().timeout }); // the watchdog, not the test, decides
  await expect(legendUpdating).toBeVisible(); // still the loads of an older design
  await toggleServersInCost(page);
  await waitUpToDate(page);
  await expect(alert(page)).toHaveCount(0);
  await expect(updating).toBeHidden();
  await expect(legendUpdating).toBeHidden();
});

test('switching the IOV mode shows that mode at once, without a new run', async ({ page }) => {
  await openApp(page);
  // A run would hang: the switch must not need one.
  await page.evaluate(() => window.__iov!.failNextSimulation('hang'));
  for (const [radio, heading] of [
    ['Native', 'Native (paravirtual)'],
    ['Pass-through', /^Pass-through/],
    ['Software', /^Software/],
  ] as const) {
    await page.getByRole('radio', { name: radio }).click();
    await expect(results(page).getByRole('heading', { level: 2 })).toHaveText(heading);
    await expect(simStatus(page)).toHaveText(/Up to date/);
  }
});
