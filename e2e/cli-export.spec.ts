// The command line writes the files the app's Export menu downloads: the same bytes for the
// bill of materials, the cabling map and the tools' formats of the demo design, and for the
// diagrams (SVG, draw.io, GraphML) of every template — the canvas's measured boxes are the ones
// the CLI computes (dates fixed on both sides).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { openTemplate } from './app';
import { exportFile, resultsReady } from './exports';

test.describe.configure({ timeout: 240_000 });

const WHEN = new Date('2026-05-03T10:00:00Z');

async function cliExport(format: string, dir: string, template = 'seed-ib-software'): Promise<Buffer> {
  const out = join(dir, `${template}.${format}`);
  await promisify(execFile)('npx', ['tsx', 'src/cli/main.ts', 'export', template, '--format', format, '--out', out], { env: { ...process.env, SOURCE_DATE_EPOCH: String(WHEN.getTime() / 1000) }, timeout: 180_000 });
  return readFileSync(out);
}

/** The CLI's templates and the names the New menu gives them; the first is the demo, open at start. */
const TEMPLATES: ReadonlyArray<[id: string, name: string]> = [
  ['seed-ib-software', 'InfiniBand, software IOV, 128 servers'],
  ['seed-baseline-gige-fc', 'GigE + FC baseline, 128 servers'],
  ['seed-ib-software-ha', 'InfiniBand with two HCAs (HA), software IOV, 128 servers'],
  ['seed-ib-native', 'InfiniBand, native IOV, 128 servers'],
  ['seed-ib-passthrough', 'InfiniBand ConnectX, pass-through IOV, 128 servers'],
  ['seed-scenario-2', 'GigE LAN + InfiniBand storage and server-to-server, 128 servers'],
  ['modern-ethernet-100g', 'Virtualization today: 100GbE, NVMe/TCP, 32 servers'],
  ['modern-infiniband-hdr', 'InfiniBand today: HDR, native NVMe-oF, 32 servers'],
];
const DIAGRAMS: ReadonlyArray<[format: string, item: RegExp]> = [
  ['svg', /SVG/],
  ['drawio', /draw\.io/],
  ['graphml', /GraphML/],
];

test('the CLI’s SVG, draw.io and GraphML of every template are the app’s downloads, byte for byte', async ({ page }) => {
  test.setTimeout(900_000);
  await page.clock.setFixedTime(WHEN);
  await page.goto('/');
  await resultsReady(page);
  const dir = mkdtempSync(join(tmpdir(), 'iov-cli-'));
  try {
    for (const [i, [id, name]] of TEMPLATES.entries()) {
      // The CLI writes while the app exports.
      const cli = Promise.all(DIAGRAMS.map(([format]) => cliExport(format, dir, id)));
      if (i > 0) {
        await openTemplate(page, new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
        await resultsReady(page);
      }
      const written = await cli;
      for (const [k, [format, item]] of DIAGRAMS.entries()) {
        const mine = written[k]!;
        const app = await exportFile(page, item, format === 'svg' ? (d) => d.getByRole('button', { name: 'Export' }).click() : undefined);
        expect(mine.length).toBeGreaterThan(2000);
        if (!mine.equals(app.bytes)) {
          // Both files beside the report, to diff.
          writeFileSync(test.info().outputPath(`${id}.app.${format}`), app.bytes);
          writeFileSync(test.info().outputPath(`${id}.cli.${format}`), mine);
        }
        expect(mine.equals(app.bytes), `${id} ${format}: CLI and app files differ`).toBe(true);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the CLI’s bill of materials, cabling map, containerlab, InfiniBand and NetBox files are the app’s downloads, byte for byte', async ({ page }) => {
  await page.clock.setFixedTime(WHEN);
  await page.goto('/');
  await resultsReady(page);
  const dir = mkdtempSync(join(tmpdir(), 'iov-cli-'));
  try {
    for (const [format, item] of [['cabling', /Cabling map/], ['bom', /Bill of materials/], ['clab', /containerlab/], ['ibnet', /InfiniBand topology/], ['netbox', /NetBox/]] as const) {
      const app = await exportFile(page, item);
      const cli = await cliExport(format, dir);
      expect(cli.length).toBeGreaterThan(500);
      expect(cli.equals(app.bytes), `${format}: CLI and app files differ`).toBe(true);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Open file takes a cabling sheet for the open design’s devices; a broken one is refused with its row and column', async ({ page }) => {
  await page.goto('/');
  await resultsReady(page);
  const sheet = await exportFile(page, /Cabling map/);
  const open = async (name: string, bytes: Buffer): Promise<void> => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open file' }).click();
    await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: bytes });
  };
  const broken = Buffer.from(sheet.bytes.toString('utf8').replace(/\r\n2,l1,1,Blade servers,servers,2,/, '\r\n2,l1,1,Blade servers,servers,two,'));
  await open('broken.csv', broken);
  const dialog = page.getByRole('alertdialog', { name: 'Could not open “broken.csv”' });
  await expect(dialog).toContainText("row 3, column 'A member': expected a whole number", { timeout: 60_000 });
  await dialog.getByRole('button', { name: 'OK' }).click();
  await open(sheet.name, sheet.bytes);
  await expect(page.getByLabel('Design name')).toHaveValue(/^InfiniBand, software IOV, 128 servers \(from /, { timeout: 60_000 });
  await resultsReady(page);
  // The same design again: the same cabling map comes out.
  const again = await exportFile(page, /Cabling map/);
  expect(again.bytes.equals(sheet.bytes)).toBe(true);
});
