// Today's datacenter (issue 22): the fourth IOV mode, offloaded virtio (vDPA / DPU), in the top
// bar and in Compare, and the two modern templates exported with their four modes.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp, openTemplate, perVmMedian, results, TEMPLATE, waitUpToDate } from './app';
import { exportFile, pdfPages } from './exports';

// Templates open in a worker of their own and PDFs are built in another: minutes on a busy machine.
test.describe.configure({ timeout: 240_000 });

const compareView = (page: Page): Locator => page.getByRole('region', { name: 'Compare designs' });
const offload = (page: Page): Locator => page.getByRole('radiogroup', { name: 'IOV mode' }).getByRole('radio', { name: 'Offload (vDPA)' });

test('the top bar offers offloaded virtio; on the 100GbE template it carries what the kernel switch cannot', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, TEMPLATE.modernEthernet);
  await waitUpToDate(page);
  // The template opens in the fourth mode: every VM gets its 1 Gb/s server-to-server demand.
  await expect(offload(page)).toBeChecked();
  await expect(offload(page)).toHaveAttribute('title', /virtio driver/);
  // At 1280 px the four modes and every control still fit in the top bar.
  const width = page.viewportSize()!.width;
  for (const control of [offload(page), page.getByRole('button', { name: /^Export/ }), page.getByRole('button', { name: 'About the model' })]) {
    const box = (await control.boundingBox())!;
    expect(box.x + box.width, `${await control.textContent()} inside the window`).toBeLessThanOrEqual(width);
  }
  expect(await perVmMedian(page, /^Server-to-server/)).toMatch(/^1(\.00)? Gb\/s/);
  // Software: today's kernel switch (44.8 Gb/s per port for 58 Gb/s of demand) leaves it short.
  await page.getByRole('radiogroup', { name: 'IOV mode' }).getByRole('radio', { name: 'Software' }).click();
  await waitUpToDate(page);
  expect(parseFloat(await perVmMedian(page, /^Server-to-server/))).toBeLessThan(1);
  await offload(page).click();
  await waitUpToDate(page);
  await expect(results(page)).toContainText('Offload (vDPA)');
  expect(await perVmMedian(page, /^Server-to-server/)).toMatch(/^1(\.00)? Gb\/s/);
  // The array serves NVMe/TCP: the results say which transport its storage traffic uses.
  const san = results(page).getByRole('table', { name: 'Storage transport per server group and array' });
  await expect(san.getByRole('row', { name: /→/ })).toContainText('NVMe/TCP');
});

test('Compare opens a modern template against its partner and offers the fourth mode', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, TEMPLATE.modernEthernet);
  await waitUpToDate(page);
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(compareView(page)).toBeVisible();
  // Side A is the InfiniBand template: the pair is ready without choosing.
  await expect(compareView(page).getByRole('combobox', { name: 'Design A' }).locator('option:checked')).toHaveText(TEMPLATE.modernInfiniband);
  const table = compareView(page).getByRole('table', { name: 'Design A against design B' });
  await expect(table).toBeVisible({ timeout: test.info().timeout });
  await compareView(page).getByRole('radio', { name: /Offload \(vDPA\)/ }).click();
  // In offload mode the HCA falls back to software, the NIC does not: their live-migration rows say which.
  await expect(compareView(page).getByText(/Offloaded virtio/).first()).toBeVisible();
  const row = table.getByRole('row', { name: /^VMs per server/ }).first();
  const [a, b] = (await row.getByRole('cell').allInnerTexts()).map((t) => parseInt(t.replace(/[^0-9]/g, ''), 10));
  // HDR HCA in software (fallback) fits fewer VMs than the NIC's offloaded virtio.
  expect(b).toBeGreaterThan(a!);
});

for (const name of [TEMPLATE.modernEthernet, TEMPLATE.modernInfiniband]) {
  test(`the PDF proposal of “${name}” lists the four modes`, async ({ page }) => {
    await openApp(page);
    await openTemplate(page, name);
    await waitUpToDate(page);
    const pdf = await exportFile(page, /PDF proposal/, async (d) => {
      await d.getByRole('button', { name: 'Create PDF' }).click();
    });
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = (await pdfPages(pdf.bytes)).join('\n');
    expect(text).toContain(name);
    for (const mode of ['Software', 'Native', 'Pass-through', 'Offload (vDPA)']) expect(text).toContain(mode);
    expect(text).toContain('Storage transport');
    expect(text).toContain(name === TEMPLATE.modernEthernet ? 'NVMe/TCP' : 'NVMe/RDMA');
  });
}
