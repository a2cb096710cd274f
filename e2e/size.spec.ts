import { expect, test } from '@playwright/test';
import { node, openApp, results, showTab, simStatus, waitUpToDate } from './app';

test('a design too large to simulate says so at once, names the culprit, and comes back when made smaller', async ({ page }) => {
  await openApp(page);
  await node(page, 'Blade servers').click({ position: { x: 30, y: 12 } });
  await showTab(page, 'Inspector');
  const count = page.getByLabel('Servers in group');
  await count.fill('100000');
  await count.press('Enter');
  await showTab(page, 'Results');
  // 100,000 servers × 16 VMs: refused by the size guard before the worker expands anything.
  await expect(simStatus(page)).toHaveText(/Too large to simulate/);
  const alert = results(page).getByRole('alert');
  await expect(alert).toContainText('This design is too large to simulate');
  await expect(alert).toContainText('"Blade servers" runs 100,000 servers × 16 VMs = 1,600,000 VMs');
  await expect(alert).not.toContainText('did not answer');
  await showTab(page, 'Inspector');
  await count.fill('128');
  await count.press('Enter');
  await showTab(page, 'Results');
  await waitUpToDate(page);
  await expect(results(page).getByRole('alert')).toHaveCount(0);
});
