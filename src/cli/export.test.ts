import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { capture } from '../canvas/exportCapture';
import { catalogFor } from '../catalog';
import type { Design, SimulationResult } from '../domain';
import { headlessCapture } from '../io/export/headless';
import { runExport, type ExportFormat } from '../io/export/job';
import { getTemplate, TEMPLATES } from '../scenarios';
import { simulate } from '../sim';
import type { AppState } from '../store';
import { nodeExportRuntime } from './exportRuntime';
import { memoryCli } from './memoryCli';

const NOW = Date.UTC(2026, 4, 3);
const decode = (b: Uint8Array): string => new TextDecoder().decode(b);

const cli = (argv: string[], files: Record<string, string> = {}) => memoryCli(argv, files, NOW);

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(b: Uint8Array): { width: number; height: number } {
  expect([...b.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(decode(b.subarray(12, 16))).toBe('IHDR');
  const v = new DataView(b.buffer, b.byteOffset);
  return { width: v.getUint32(16), height: v.getUint32(20) };
}

/** What the app's canvas captures with nothing measured yet (every node virtualised), results in. */
function appCapture(design: Design, result: SimulationResult | null) {
  const state = { design, selection: { nodes: [], links: [] }, sim: { result, revision: 1, resultRevision: 1 } } as unknown as AppState;
  return capture(state, new Map(), catalogFor(design), false);
}

/** What the app's export worker returns for this design: the request exportActions.ts sends. */
async function appExport(design: Design, format: ExportFormat): Promise<Uint8Array> {
  const result = simulate(design);
  const req = { format, design, now: NOW, result, scale: 1, background: 'white' as const, preparedFor: '', preparedBy: '', ...(format === 'svg' || format === 'drawio' || format === 'graphml' ? { capture: appCapture(design, result) } : {}) };
  return (await runExport(req, nodeExportRuntime())).bytes;
}

describe('sim export', () => {
  it.each(TEMPLATES.map((t) => t.id))('writes every format for %s; text formats are the app’s bytes', async (id) => {
    const design = getTemplate(id)!.build();
    for (const format of ['bom', 'cabling', 'svg', 'drawio', 'graphml', 'clab', 'ibnet', 'devicemap'] as const) {
      const r = await cli(['export', id, '--format', format, '--out', `out.${format}`]);
      expect(r.code, r.stderr).toBe(0);
      expect(decode(r.written.get(`out.${format}`)!)).toBe(decode(await appExport(design, format)));
    }
    const png = await cli(['export', id, '--format', 'png', '--out', 'd.png', '--scale', '2']);
    expect(png.code, png.stderr).toBe(0);
    const svg = decode((await cli(['export', id, '--format', 'svg', '--out', 'd.svg'])).written.get('d.svg')!);
    const [, w, h] = /width="(\d+(?:\.\d+)?)" height="(\d+(?:\.\d+)?)"/.exec(svg)!;
    expect(pngSize(png.written.get('d.png')!)).toEqual({ width: Math.round(Number(w) * 2), height: Math.round(Number(h) * 2) });
    const pdf = await cli(['export', id, '--format', 'pdf', '--out', 'd.pdf']);
    expect(pdf.code, pdf.stderr).toBe(0);
    expect((await PDFDocument.load(pdf.written.get('d.pdf')!)).getPageCount()).toBeGreaterThanOrEqual(7);
  }, 120_000);

  it('captures what the app’s canvas captures before it has measured anything: boxes, ports, cable paths, labels, colours', () => {
    for (const [t, withResults] of TEMPLATES.flatMap((t) => [[t, true], [t, false]] as const)) {
      const design = t.build();
      const result = withResults ? simulate(design) : null;
      const app = appCapture(design, result);
      const cli = headlessCapture(design, catalogFor(design), result);
      expect(cli.nodes).toEqual(app.nodes);
      expect(cli.legend).toEqual(app.legend);
      expect(cli.cables).toEqual(app.cables);
    }
  });

  it('writes a proposal with a baseline, for one mode, with the date from SOURCE_DATE_EPOCH', async () => {
    const r = await cli(['export', 'seed-ib-software', '--format', 'pdf', '--baseline', 'seed-baseline-gige-fc', '--mode', 'native', '--out', 'p.pdf']);
    expect(r.code, r.stderr).toBe(0);
    const plain = await cli(['export', 'seed-ib-software', '--format', 'pdf', '--out', 'p.pdf']);
    const pages = async (b: Uint8Array) => (await PDFDocument.load(b)).getPageCount();
    expect(await pages(r.written.get('p.pdf')!)).toBe((await pages(plain.written.get('p.pdf')!)) + 1);
    const bom = await cli(['export', 'seed-ib-software', '--format', 'bom', '--mode', 'native', '--out', 'b.csv']);
    const rows = Papa.parse<string[]>(decode(bom.written.get('b.csv')!)).data;
    expect(rows.find((row) => row[0] === 'Exported')?.[1]).toBe('2026-05-03T00:00:00.000Z');
  }, 60_000);

  it('names the app’s file when --out is left out, and refuses bad options', async () => {
    const r = await cli(['export', 'seed-ib-software', '--format', 'cabling']);
    expect([...r.written.keys()]).toEqual(['InfiniBand-software-IOV-128-servers-cabling.csv']);
    expect((await cli(['export', 'seed-ib-software', '--format', 'jpg'])).stderr).toMatch(/bad --format 'jpg': expected png, svg, pdf/);
    expect((await cli(['export', 'seed-ib-software'])).stderr).toMatch(/missing --format/);
    expect((await cli(['export', 'seed-ib-software', '--format', 'svg', '--baseline', 'seed-ib-native'])).code).toBe(2);
    expect((await cli(['export', 'seed-ib-software', '--format', 'png', '--scale', '3'])).stderr).toMatch(/bad --scale '3'/);
  });

  it('--text: real, editable SVG text by default, glyph outlines on request; only for SVG', async () => {
    const svg = async (...extra: string[]) => decode((await cli(['export', 'seed-ib-software', '--format', 'svg', '--out', 'd.svg', ...extra])).written.get('d.svg')!);
    const real = await svg();
    expect(real).toBe(await svg('--text', 'real'));
    expect(real).toContain('>InfiniBand, software IOV, 128 servers</text>');
    expect(real).not.toContain('<use');
    const outlines = await svg('--text', 'outlines');
    expect(outlines).not.toContain('<text');
    expect(outlines).toContain('aria-label="IB spine switches"');
    expect((await cli(['export', 'seed-ib-software', '--format', 'svg', '--text', 'glyphs'])).stderr).toMatch(/bad --text 'glyphs': expected real, outlines/);
    expect((await cli(['export', 'seed-ib-software', '--format', 'png', '--text', 'real'])).stderr).toMatch(/--text is for --format svg/);
  });

  it('reads the font files the app bundles', () => {
    const f = nodeExportRuntime().fonts;
    expect(Buffer.compare(f.regular.bytes, readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf'))).toBe(0);
  });

  it('import: a cabling sheet back in as a design file, or refused with its row and column', async () => {
    const sheet = decode((await cli(['export', 'seed-ib-software', '--format', 'cabling', '--out', 's.csv'])).written.get('s.csv')!);
    const back = await cli(['import', 's.csv', '--like', 'seed-ib-software', '--out', 'back.json'], { 's.csv': sheet });
    expect(back.code, back.stderr).toBe(0);
    expect(back.stdout).toBe('back.json: 7 nodes, 6 links from 246 cables\n');
    const design = JSON.parse(decode(back.written.get('back.json')!)) as Design;
    expect(simulate(design).modes).toEqual(simulate(getTemplate('seed-ib-software')!.build()).modes);
    expect((await cli(['import', 's.csv'], { 's.csv': sheet })).code).toBe(2);
    const bad = await cli(['import', 's.csv', '--like', 'seed-ib-software'], { 's.csv': sheet.replace(',servers,2,', ',servers,0,') });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^error: s\.csv: The cabling sheet cannot be imported: row 3, column 'A member'/);
  });
});
