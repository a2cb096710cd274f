// Production hygiene: the Content-Security-Policy arrives as a header (page and worker), nothing
// violates it at start, and a production build carries no test hooks.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { openStored } from './app';

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
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});
