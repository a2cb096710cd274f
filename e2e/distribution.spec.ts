// The per-VM distribution chart in the results panel: delivered per VM, sorted, beside the
// demand; a click on the curve finds that VM's server on the canvas (selected and centred), and
// says which member of a stack it is.
import { expect, test } from '@playwright/test';
import { canvas, node, openApp, results, showTab } from './app';

test('per-VM distribution on the demo: the chart shows, and a click selects and reveals the VM’s server', async ({ page }) => {
  await openApp(page);
  const panel = results(page);
  await panel.getByRole('radiogroup', { name: 'Chart flow' }).getByText('Server-to-server').click();
  const chart = panel.getByRole('img', { name: /^Server-to-server bandwidth per VM, 2,048 VMs sorted from least to most: lowest .* median .* highest .* Gb\/s; demand 0\.300 Gb\/s\./ });
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toBeVisible();
  // The text alternative: lowest, median and highest, each a way to the VM's server.
  await expect(panel.getByRole('button', { name: /^median [\d.]+ Gb\/s: find this VM’s server on the canvas$/ })).toBeVisible();

  // Pan the canvas so the blade servers are out of sight.
  const servers = node(page, 'Blade servers');
  await expect(servers).toBeInViewport();
  const pane = canvas(page).locator('.react-flow__pane');
  const box = (await pane.boundingBox())!;
  await page.mouse.move(box.x + 30, box.y + box.height * 0.15);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 10, box.y + box.height - 10, { steps: 8 });
  await page.mouse.up();
  await expect(servers).not.toBeInViewport();

  // A click on the curve: the VM there runs on a member of the 128-server stack.
  const c = (await chart.boundingBox())!;
  await page.mouse.click(c.x + c.width * 0.4, c.y + c.height / 2);
  await expect(panel.getByRole('status').filter({ hasText: /^VM [\d,]+ gets/ })).toHaveText(/^VM [\d,]+ gets 0\.\d+ Gb\/s \(asks 0\.300\): it runs on Blade servers, server \d+ of 128, selected on the canvas\.$/);
  await expect(servers).toBeInViewport();
  await showTab(page, 'Inspector');
  await expect(page.getByLabel('Label', { exact: true })).toHaveValue('Blade servers');
});
