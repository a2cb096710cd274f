import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { canvas, dropAdapter, dropPart, node, openApp, openDesignsView, openTemplate, perVmMedian, showTab, TEMPLATE } from './app';

test('keyboard editing: duplicate, copy/paste, select all, delete, escape', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, /^Empty design/);
  const groups = canvas(page).getByRole('group');
  await dropPart(page, 'InfiniBand DDR switch, 24 ports', 200, 200);
  await expect(groups).toHaveCount(1);
  await node(page, 'IB switch 1').getByText('IB switch 1', { exact: true }).click();
  await page.keyboard.press('Control+d');
  await expect(groups).toHaveCount(2);
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(groups).toHaveCount(3);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Delete'); // nothing selected: nothing deleted
  await expect(groups).toHaveCount(3);
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await expect(groups).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(groups).toHaveCount(3);
});

test('an adapter can be removed from its server', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, /^Empty design/);
  await dropPart(page, 'Blade server, 2 × quad-core 2.66 GHz (2007)', 200, 200);
  await dropAdapter(page, 'ConnectX IB DDR HCA, 2 ports', 'Server 1');
  await expect(canvas(page).getByLabel(/port 1 on Server 1/)).toBeVisible();
  await canvas(page).getByRole('button', { name: 'Remove ConnectX IB DDR HCA, 2 ports from Server 1' }).click();
  await expect(canvas(page).getByLabel(/port 1 on Server 1/)).toHaveCount(0);
});

test('the inspector validates input inline and only commits valid values', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, /^Empty design/);
  await dropPart(page, 'Blade server, 2 × quad-core 2.66 GHz (2007)', 200, 200);
  await showTab(page, 'Inspector');
  const count = page.getByLabel('Servers in group');
  await count.fill('0');
  await count.press('Enter');
  await expect(count).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Must be at least 1')).toBeVisible();
  await expect(node(page, 'Server 1')).not.toContainText('×0');
  await count.fill('32');
  await count.press('Enter');
  await expect(count).not.toHaveAttribute('aria-invalid', 'true');
  await expect(node(page, 'Server 1')).toContainText('32');
});

test('workload demand is typed in the units the results show (Gb/s for LAN and server-to-server); the file keeps Mb/s', async ({ page }) => {
  await openApp(page);
  await showTab(page, 'Inspector');
  const lan = page.getByLabel('LAN per VM (Gb/s)');
  await expect(lan).toHaveValue('0.015');
  await expect(page.getByLabel('Server-to-server per VM (Gb/s)')).toHaveValue('0.3');
  await expect(page.getByLabel('SAN per VM (MB/s)')).toHaveValue('2');
  await expect(page.getByLabel('QoS cap per VM (Gb/s)')).toHaveValue('');
  // 20 would have been Mb/s before: in Gb/s it is 20,000 Mb/s, and the results would say so.
  await lan.fill('0.02');
  await lan.press('Enter');
  await showTab(page, 'Results');
  await expect.poll(async () => Number.parseFloat(await perVmMedian(page, /^LAN/)), { timeout: test.info().timeout }).toBeCloseTo(0.02, 6);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save to file' }).click();
  const file = JSON.parse(await readFile((await (await download).path())!, 'utf8')) as { workloads: Array<{ lanMbps: number; ipcMbps: number }> };
  expect(file.workloads[0]).toMatchObject({ lanMbps: 20, ipcMbps: 300 });
});

test('opening a template keeps the edited design (in Designs) instead of replacing it', async ({ page }) => {
  await openApp(page);
  await dropPart(page, 'InfiniBand DDR switch, 24 ports', 300, 500);
  await expect(node(page, 'IB switch 1')).toBeVisible();
  await openTemplate(page, TEMPLATE.baseline);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.getByLabel('Design name')).toHaveValue(TEMPLATE.baseline);
  const designs = await openDesignsView(page);
  await designs.getByRole('button', { name: TEMPLATE.ibSoftware, exact: true }).click();
  await expect(node(page, 'IB switch 1')).toBeVisible();
});
