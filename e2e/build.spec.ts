import { expect, test } from '@playwright/test';
import { alert, cable, canvas, dropAdapter, dropPart, node, openApp, openTemplate, perVmMedian, showTab, waitUpToDate } from './app';

test('build a small InfiniBand design from an empty canvas by dragging parts and cables', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, /^Empty design/);
  await expect(canvas(page).getByRole('group')).toHaveCount(0);

  await dropPart(page, 'Blade server, 2 × quad-core 2.66 GHz (2007)', 80, 150);
  await expect(node(page, 'Server 1')).toBeVisible();
  await dropAdapter(page, 'ConnectX IB DDR HCA, 2 ports', 'Server 1');
  await expect(node(page, 'Server 1')).toContainText('ConnectX');
  await dropPart(page, 'InfiniBand DDR switch, 24 ports', 300, 150);
  await dropPart(page, 'IB↔Ethernet gateway (1 DDR, 6 GigE)', 300, 380);
  await dropPart(page, 'Existing LAN (GigE ports)', 500, 380);
  await dropPart(page, 'InfiniBand SRP storage array, 4 DDR ports', 500, 150);
  for (const label of ['IB switch 1', 'IB–Ethernet gateway 1', 'LAN 1', 'IB storage 1']) await expect(node(page, label)).toBeVisible();

  await cable(page, /port 1 on Server 1/, /ports on IB switch 1/);
  await cable(page, /InfiniBand side.* on IB–Ethernet gateway 1/, /ports on IB switch 1/);
  await cable(page, /Ethernet side.* on IB–Ethernet gateway 1/, /ports on LAN 1/);
  // Six lanes fit the gateway's Ethernet side: the cable waits for the user's count.
  await page.getByRole('dialog', { name: 'How many lanes for this cable?' }).getByRole('button', { name: /^6 lanes/ }).click();
  await cable(page, /ports on IB storage 1/, /ports on IB switch 1/);
  await expect(alert(page)).toHaveCount(0);
  await expect(canvas(page).locator('.react-flow__edge')).toHaveCount(4);

  await showTab(page, 'Results');
  await waitUpToDate(page);
  expect(await perVmMedian(page, /^LAN/)).toMatch(/^\d[\d.,]* Gb\/s$/);
  expect(await perVmMedian(page, /^SAN/)).toMatch(/^\d[\d.,]* MB\/s$/);
});

test('an incompatible cable is refused with its reason', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, /^Empty design/);
  await dropPart(page, 'Blade server, 2 × quad-core 2.66 GHz (2007)', 150, 200);
  await dropAdapter(page, 'FC HBA 4 Gb/s, 1 port', 'Server 1');
  await dropPart(page, 'InfiniBand DDR switch, 24 ports', 500, 200);
  await cable(page, /port 1 on Server 1/, /ports on IB switch 1/);
  await expect(alert(page)).toContainText('Fibre Channel port on "Server 1" cannot connect to an InfiniBand switch "IB switch 1"');
  await expect(canvas(page).locator('.react-flow__edge')).toHaveCount(0);
});

test('an adapter dropped on a full server is refused with its reason', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, /^Empty design/);
  await dropPart(page, 'Blade server, 2 × quad-core 2.66 GHz (2007)', 150, 200);
  // Fill both slots (a drop that misses is simply repeated), then one more: that one is refused.
  // The refusal notice lives a few seconds, so it is checked right after the drop that causes it.
  const full = node(page, 'Server 1').getByTitle('2 of 2 mezzanine slots used');
  for (let i = 0; i < 8 && !(await full.isVisible()); i++) await dropAdapter(page, 'GigE NIC, 2 ports (PCIe x4)', 'Server 1');
  await expect(full).toBeVisible();
  await dropAdapter(page, 'GigE NIC, 2 ports (PCIe x4)', 'Server 1');
  await expect(alert(page)).toContainText('has no free slot');
});
