import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Papa from 'papaparse';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { catalogFor } from '../../catalog';
import type { Design } from '../../domain';
import { getTemplate } from '../../scenarios';
import { billOfMaterials, buildTopology, nodePorts, simulate } from '../../sim';
import { estimateCapture } from './estimate';
import { fileBase } from './filename';
import { loadFonts } from './fonts';
import { runExport, type ExportRequest } from './job';
import { diagramPages, LEGIBLE_SCALE } from './pdf/diagramPages';
import { PdfWriter } from './pdf/writer';
import type { Scene } from './scene';
import { cleanText, ellipsize } from './text';

const fonts = loadFonts(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf'), readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'));
const decode = (b: Uint8Array): string => new TextDecoder().decode(b);
const rt = { fonts, rasterize: () => Promise.reject(new Error('no bitmap canvas in Node')) };

function captureOf(design: Design) {
  const catalog = catalogFor(design);
  return estimateCapture(
    design,
    catalog,
    (id) => {
      const l = design.links.find((x) => x.id === id)!;
      const n = design.nodes.find((x) => x.id === l.a.node)!;
      const p = nodePorts(design, n, catalog).find((x) => x.handle === l.a.handle);
      return p ? { protocol: p.protocol } : { unknown: true };
    },
    () => 'IB 16 Gb/s',
  );
}

const request = (design: Design, format: ExportRequest['format'], extra: Partial<ExportRequest> = {}): ExportRequest => ({ format, design, capture: captureOf(design), result: simulate(design), now: Date.UTC(2026, 4, 3), ...extra });

describe('text for files', () => {
  it('drops control, bidi-override and zero-width characters, keeps right-to-left letters', () => {
    expect(cleanText('a\u0000b\u0007c\u202Edef\u202C g\u200Bh\uFEFF  שלום\u200F مرحبا\n')).toBe('abcdef gh שלום مرحبا');
    expect(cleanText('lone \uD800 surrogate')).toBe('lone surrogate');
  });

  it('fits a 10,000-character label to its room', () => {
    const long = 'x'.repeat(10_000);
    const fitted = ellipsize(long, fonts.bold, 12.5, 150);
    expect(fitted.endsWith('…')).toBe(true);
    expect(fonts.bold.width(fitted, 12.5)).toBeLessThanOrEqual(150);
  });

  it('makes file names from design names, never paths', () => {
    expect(fileBase('GigE + FC baseline, 128 servers')).toBe('GigE-FC-baseline-128-servers');
    expect(fileBase('../../etc/passwd')).toBe('etc-passwd');
    expect(fileBase('Café Überlingen')).toBe('Cafe-Uberlingen');
    expect(fileBase('<<>>')).toBe('design');
  });
});

describe('diagram files', () => {
  const hostile = (): Design => {
    const d = structuredClone(getTemplate('seed-ib-software')!.build());
    // Past the schema's limits on purpose: the writers must cope with whatever reaches them.
    d.name = `<script>alert(1)</script> ${'&'.repeat(50)}`;
    d.nodes[0]!.label = `" onload="alert(1)" ${'y'.repeat(10_000)}`;
    d.nodes[1]!.label = 'javascript:alert(1)';
    d.nodes[2]!.label = '\u202Eevil\u202C\u0001\u200B שלום';
    d.links[0]!.id = `l"><script>x</script>`;
    return d;
  };

  it.each(['real', 'outlines'] as const)('SVG with %s text: one path per cable, every label escaped, nothing executable', async (text) => {
    const d = hostile();
    const svg = decode((await runExport(request(d, 'svg', { text }), rt)).bytes);
    expect(svg.match(/<path [^>]*class="cable"/g)).toHaveLength(d.links.length);
    // Only these elements, and no attribute that could run code or load anything.
    const elements = text === 'real' ? ['svg', 'title', 'desc', 'path', 'g', 'text', 'rect'] : ['svg', 'title', 'desc', 'defs', 'path', 'g', 'use', 'rect'];
    expect(new Set([...svg.matchAll(/<([a-zA-Z][\w:-]*)/g)].map((m) => m[1]))).toEqual(new Set(elements));
    expect(XMLValidator.validate(svg)).toBe(true);
    // Attribute names, read tag by tag (values are quoted and escaped: no quote can end one early).
    const attrs = [...svg.matchAll(/<[a-zA-Z][^>]*>/g)].flatMap((tag) => [...tag[0].matchAll(/\s([\w:-]+)="([^"]*)"/g)].map((m) => ({ name: m[1]!, value: m[2]! })));
    expect(attrs.filter((a) => /^on/i.test(a.name))).toEqual([]);
    expect(attrs.filter((a) => /href|src/i.test(a.name)).every((a) => a.value.startsWith('#g'))).toBe(true);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).not.toMatch(/[\u202A-\u202E\u200B]/);
    expect(svg.includes(String.fromCharCode(1))).toBe(false);
    expect(svg.length).toBeLessThan(400_000); // the 10,000-character label (past the schema's 120) is cut to its node
  });

  it('draw.io: one vertex per part with its count, adapters and ports; one edge per cable, port to port; plain-text labels', async () => {
    const d = hostile();
    const xml = decode((await runExport(request(d, 'drawio'), rt)).bytes);
    expect(XMLValidator.validate(xml)).toBe(true);
    type Cell = { '@_id': string; '@_value'?: string; '@_style'?: string; '@_parent'?: string; '@_vertex'?: string; '@_edge'?: string; '@_source'?: string; '@_target'?: string };
    const cells: Cell[] = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true }).parse(xml).mxfile.diagram.mxGraphModel.root.mxCell;
    const parts = cells.filter((c) => c['@_vertex'] === '1' && c['@_parent'] === '1');
    expect(parts).toHaveLength(d.nodes.length);
    const catalog = catalogFor(d);
    d.nodes.forEach((node, i) => {
      const cell = parts[i]!;
      const lines = cell['@_value']!.split('\n');
      if (node.count > 1) expect(lines[0]).toMatch(new RegExp(`×${node.count.toLocaleString('en-US')}$`));
      expect(lines[1]).toBe(catalog.byId.get(node.partId)!.name);
      const children = cells.filter((c) => c['@_parent'] === cell['@_id']);
      // draw.io's network stencil for the kind of part.
      expect(children.some((c) => /shape=mxgraph\.networks\./.test(c['@_style']!))).toBe(true);
      const adapters = children.filter((c) => c['@_id'].includes('-adapter-'));
      expect(adapters).toHaveLength(node.adapters?.length ?? 0);
      const ports = cells.filter((c) => c['@_id'].startsWith(`${cell['@_id']}-port-`));
      const expected = (node.adapters ?? []).reduce((s, a) => s + (catalog.byId.get(a.partId) as { ports: number }).ports, 0) || (catalog.byId.get(node.partId)!.kind === 'gateway' ? 2 : 1);
      expect(ports).toHaveLength(expected);
    });
    const edges = cells.filter((c) => c['@_edge'] === '1');
    expect(edges).toHaveLength(d.links.length);
    for (const e of edges) for (const end of [e['@_source']!, e['@_target']!]) expect(end).toMatch(/-port-\d+$/);
    expect(xml).not.toMatch(/html=1/);
    expect(xml).not.toContain('<script');
  });
});

describe('tables', () => {
  it('BOM CSV totals are the results’ totals', async () => {
    const d = getTemplate('seed-baseline-gige-fc')!.build();
    const req = request(d, 'bom');
    const rows = Papa.parse<string[]>(decode((await runExport(req, rt)).bytes), { skipEmptyLines: true }).data;
    const total = Number(rows.find((r) => r[0] === 'Total I/O capex')![5]);
    expect(total).toBeCloseTo(req.result!.modes[0]!.cost.capexUsd, 2);
    const items = rows.filter((r) => ['Adapters', 'Switches', 'Gateways', 'Cables'].includes(r[0]!));
    expect(items.reduce((s, r) => s + Number(r[5]), 0)).toBeCloseTo(total, 2);
  });

  it('refuses a BOM without results rather than inventing totals', async () => {
    const d = getTemplate('seed-ib-software')!.build();
    await expect(runExport({ format: 'bom', design: d, now: 0 }, rt)).rejects.toThrow(/no simulation results/);
  });
});

describe('PDF proposal', () => {
  it('has the expected pages, with and without a baseline', async () => {
    const d = getTemplate('seed-ib-software')!.build();
    const base = getTemplate('seed-baseline-gige-fc')!.build();
    const plain = await PDFDocument.load((await runExport(request(d, 'pdf'), rt)).bytes);
    const compared = await PDFDocument.load((await runExport(request(d, 'pdf', { baseline: { name: base.name, design: base, result: simulate(base) } }), rt)).bytes);
    // Title, diagram, BOM, results, charts and assumptions (two pages or more); the comparison adds one.
    expect(plain.getPageCount()).toBeGreaterThanOrEqual(7);
    expect(compared.getPageCount()).toBe(plain.getPageCount() + 1);
    expect(plain.getTitle()).toContain(d.name);
  }, 60_000);

  it('tiles a diagram too large to read on one page, skipping empty sheets', async () => {
    const w = await PdfWriter.create(fonts);
    const box = (x: number, y: number) => ({ kind: 'path' as const, d: `M${x} ${y}H${x + 200}V${y + 100}H${x}Z`, fill: '#ffffff', stroke: '#000000', bbox: { x, y, width: 200, height: 100 } });
    // 20,000 px wide, 1,000 tall, parts only along the top row and at one bottom corner.
    const shapes = [...Array.from({ length: 40 }, (_, i) => box(i * 500, 0)), box(19_700, 880)];
    const scene: Scene = { width: 20_000, height: 1_000, title: 't', shapes, nodes: [], cables: [], diagram: { x: 0, y: 0, width: 20_000, height: 1_000 }, offset: { x: 0, y: 0 } };
    const r = diagramPages(w, scene, 'Big');
    expect(r.tiled).toBe(true);
    expect(r.scale).toBe(LEGIBLE_SCALE);
    const cols = Math.ceil((20_000 * LEGIBLE_SCALE) / (841.89 - 96));
    const rows = Math.ceil((1_000 * LEGIBLE_SCALE) / (595.28 - 70 - 48 - 28));
    expect(rows).toBe(1);
    expect(r.pages).toBe(1 + cols);
  });
});

describe('the PDF diagram page', () => {
  const sceneOf = (width: number, height: number): Scene => ({
    width,
    height,
    title: 't',
    shapes: [{ kind: 'path', d: `M0 0H${width}V${height}H0Z`, fill: '#ffffff', bbox: { x: 0, y: 0, width, height } }],
    nodes: [],
    cables: [],
    diagram: { x: 0, y: 0, width, height },
    offset: { x: 0, y: 0 },
  });
  it.each([
    ['wider than tall', 1352, 424, 'landscape'],
    ['taller than wide', 500, 1400, 'portrait'],
    ['small', 300, 200, 'landscape'],
  ] as const)('fills its page when the diagram is %s (%i × %i): %s', async (_what, width, height, orientation) => {
    const w = await PdfWriter.create(fonts);
    const r = diagramPages(w, sceneOf(width, height), 'Fit');
    const { width: pw, height: ph } = w.page.getSize();
    expect(pw > ph ? 'landscape' : 'portrait').toBe(orientation);
    // Up to its margins (30 pt a side, the heading above) in one direction, or at the largest scale.
    const fillsWidth = Math.abs(width * r.scale - (pw - 60)) < 1;
    const fillsHeight = Math.abs(height * r.scale - (ph - 70 - 30 - 28)) < 1;
    expect(fillsWidth || fillsHeight || r.scale === 2.5).toBe(true);
  });
});

it('BOM lines used by the PDF are the engine’s', () => {
  const d = getTemplate('seed-ib-native')!.build();
  const c = catalogFor(d);
  expect(billOfMaterials(buildTopology(d, c), c).length).toBeGreaterThan(4);
});

it('draws right-to-left runs in reading order, left-to-right text untouched', async () => {
  const { visualOrder } = await import('./text');
  expect(visualOrder('Rack שלום עולם 7')).toBe('Rack םלוע םולש 7');
  expect(visualOrder('IB leaf switches')).toBe('IB leaf switches');
});
