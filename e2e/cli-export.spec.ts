// The command line writes the files the app's Export menu downloads: the same bytes for the
// bill of materials and the cabling map of the demo design (its date fixed on both sides).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { exportFile, resultsReady } from './exports';

test.describe.configure({ timeout: 240_000 });

const WHEN = new Date('2026-05-03T10:00:00Z');

async function cliExport(format: string, dir: string): Promise<Buffer> {
  const out = join(dir, `out.${format}`);
  await promisify(execFile)('npx', ['tsx', 'src/cli/main.ts', 'export', 'seed-ib-software', '--format', format, '--out', out], { env: { ...process.env, SOURCE_DATE_EPOCH: String(WHEN.getTime() / 1000) }, timeout: 120_000 });
  return readFileSync(out);
}

test('the CLI’s bill of materials and cabling map are the app’s downloads, byte for byte', async ({ page }) => {
  await page.clock.setFixedTime(WHEN);
  await page.goto('/');
  await resultsReady(page);
  const dir = mkdtempSync(join(tmpdir(), 'iov-cli-'));
  try {
    for (const [format, item] of [['cabling', /Cabling map/], ['bom', /Bill of materials/]] as const) {
      const app = await exportFile(page, item);
      const cli = await cliExport(format, dir);
      expect(cli.length).toBeGreaterThan(500);
      expect(cli.equals(app.bytes), `${format}: CLI and app files differ`).toBe(true);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
