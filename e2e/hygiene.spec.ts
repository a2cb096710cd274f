// Production hygiene: the Content-Security-Policy arrives as a header (page and worker), nothing
// violates it at start, and a production build carries no test hooks.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Locator } from '@playwright/test';
import { openStored, showTab, TEMPLATE } from './app';
import { exportFile } from './exports';

test('the page and its worker are served with the CSP header, and nothing violates it at start', async ({ page }) => {
  test.slow();
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content-Security-Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const worker = page.waitForResponse((r) => /sim\.worker.*\.js/.test(r.url()));
  const response = await page.goto('/');
  await openStored(page, '/');
  await expect(page.getByRole('region', { name: 'Results' }).getByRole('status')).toHaveText(/Up to date/, { timeout: 60_000 });
  for (const headers of [response!.headers(), (await worker).headers()]) {
    const csp = headers['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    // CSP level 3: style elements from our own files only; inline styles only as attributes.
    expect(csp).toContain("style-src-elem 'self';");
    expect(csp).toContain("style-src-attr 'unsafe-inline'");
    expect(headers['x-content-type-options']).toBe('nosniff');
  }
  expect(violations).toEqual([]);
  // The parts loaded on demand (the price list's CSV library, the Designs view) obey it too.
  await page.getByRole('tab', { name: /^Inspector/ }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export price list as CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/-prices\.csv$/);
  await page.getByRole('button', { name: 'Designs', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Designs' })).toBeVisible();
  expect(violations).toEqual([]);
  const icon = await page.request.get('/favicon.svg');
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/svg+xml');
});

test('no CSP violation in the designer, Compare, What-if and every export', async ({ page }) => {
  test.setTimeout(480_000); // six exports, n−1 and a sweep on a busy machine
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content-Security-Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await openStored(page, '/');
  await expect(page.getByRole('region', { name: 'Results' }).getByRole('status')).toHaveText(/Up to date/, { timeout: 60_000 });
  // The designer: every tab of the right panel.
  for (const tab of ['Inspector', 'Findings', 'Results'] as const) await showTab(page, tab);
  expect(violations).toEqual([]);
  await page.getByRole('tab', { name: /^What-if/ }).click();
  await page.getByRole('button', { name: 'Run n−1' }).click();
  await expect(page.getByRole('status', { name: 'HA verdict' })).toContainText('Survives any single failure', { timeout: 240_000 });
  await page.getByRole('button', { name: 'Run sweep' }).click();
  await expect(page.getByRole('status', { name: 'Where demand stops being met' })).toContainText(/demand/, { timeout: 240_000 });
  expect(violations).toEqual([]);
  const png = async (d: Locator) => {
    await d.getByRole('radio', { name: 'PNG, 2× (sharper on slides)' }).check();
    await d.getByRole('button', { name: 'Export' }).click();
  };
  const files = [
    await exportFile(page, /PNG/, png),
    await exportFile(page, /SVG/, async (d) => void (await d.getByRole('button', { name: 'Export' }).click())),
    await exportFile(page, /PDF proposal/, async (d) => void (await d.getByRole('button', { name: 'Create PDF' }).click())),
    await exportFile(page, /Bill of materials/),
    await exportFile(page, /Cabling map/),
    await exportFile(page, /draw\.io/),
  ];
  expect(files.map((f) => f.bytes.length > 0)).toEqual([true, true, true, true, true, true]);
  expect(violations).toEqual([]);
  // The policy is in force and the listener hears it: an inline <style> element is refused.
  await page.evaluate(() => document.head.appendChild(document.createElement('style')).append('body { color: red }'));
  await expect.poll(() => violations.some((v) => v.includes('violation: style-src-elem'))).toBe(true);
  violations.length = 0;
  // Compare, with both sides simulated and charted.
  await page.getByRole('button', { name: 'Compare' }).click();
  const compare = page.getByRole('region', { name: 'Compare designs' });
  await compare.getByRole('combobox', { name: 'Design A' }).selectOption({ label: TEMPLATE.baseline });
  await compare.getByRole('combobox', { name: 'Design B' }).selectOption({ label: TEMPLATE.ibHa });
  await expect(compare.getByRole('table', { name: 'Design A against design B' })).toBeVisible({ timeout: 240_000 });
  expect(violations).toEqual([]);
});

test('a production build has no test hooks (the e2e build under test does)', async () => {
  test.setTimeout(300_000); // a full `vite build` on a busy machine
  const hooks = ['__iov', 'failNextSimulation', 'writeDelayMs', 'failWrites', 'breakView'];
  const scripts = async (dir: string): Promise<string> => {
    const files = (await readdir(join(dir, 'assets'))).filter((f) => f.endsWith('.js'));
    return (await Promise.all(files.map((f) => readFile(join(dir, 'assets', f), 'utf8')))).join('\n');
  };
  const tested = await scripts('dist');
  for (const hook of hooks) expect(tested, `the e2e build has ${hook}`).toContain(hook);
  const out = await mkdtemp(join(tmpdir(), 'iov-prod-'));
  try {
    await promisify(execFile)(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error']);
    const production = await scripts(out);
    for (const hook of hooks) expect(production, `the production build has ${hook}`).not.toContain(hook);
    // Static hosts get the policy from the page itself.
    const html = await readFile(join(out, 'index.html'), 'utf8');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;self&#39;;[^"]*style-src-elem &#39;self&#39;;/);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});
