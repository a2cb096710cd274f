// Numbers a customer can trust: templates named after their layout, port labels that say the
// payload rate, bottleneck rows that say which member, port and cable.
import { expect, test } from '@playwright/test';
import { canvas, node, openApp, openTemplate, results, showTab, TEMPLATE, waitUpToDate } from './app';

test('templates are named after their layout, and the New menu lists every one', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: /^New/ }).click();
  for (const name of Object.values(TEMPLATE)) await expect(page.getByRole('menuitem', { name })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: /Seed/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
});

test('port labels say the payload rate beside the datasheet name', async ({ page }) => {
  await openApp(page);
  await expect(node(page, 'IB leaf switches')).toContainText('24 × IB DDR 4x · 16 Gb/s data');
  await expect(node(page, 'IB↔FC gateways')).toContainText('4 × 2 Gb/s FC · 1.6 Gb/s data');
  await expect(canvas(page)).not.toContainText('Gb/s IB');
});

test('bottleneck rows of the GigE + FC baseline can be told apart: each names its NIC and the busiest member and port', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, TEMPLATE.baseline);
  await waitUpToDate(page);
  await showTab(page, 'Results');
  const rows = results(page).getByRole('listitem').filter({ has: page.getByRole('button', { name: /^Cable|^Hypervisor|^Gateway|^Storage|^PCIe/ }) });
  const texts = (await rows.allInnerTexts()).map((t) => t.split('\n')[0]!.trim());
  expect(texts.length).toBeGreaterThan(1);
  expect(new Set(texts).size).toBe(texts.length);
  await expect(results(page)).toContainText(/(All \d+ alike, e\.g\.|Busiest:) "/);
});
