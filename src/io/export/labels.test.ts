// No label is cut in an export (issue 23): every name the design gives a part, every part and
// adapter name and every cable label is drawn whole — on one line, or wrapped over lines that
// join back to it — in the scene (which the PNG paints), the SVG's real text and the PDF's text.
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { catalogFor } from '../../catalog';
import type { Design } from '../../domain';
import { TEMPLATES } from '../../scenarios';
import { demandVerdict } from '../../analysis';
import { simulate, simulateWithCapability } from '../../sim';
import { buildDiagram } from './diagram';
import { fitBlock } from './draw';
import { loadFonts } from './fonts';
import { headlessCapture } from './headless';
import { runExport } from './job';
import { cleanText } from './text';
import { pdfjs } from './pdfjsForTests';

const fonts = loadFonts(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf'), readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'));
const rt = { fonts, rasterize: () => Promise.reject(new Error('no bitmap canvas in Node')) };
const NOW = Date.UTC(2026, 4, 3);

/** The texts a reader must find whole: part labels, part and adapter names, cable labels. */
function expectedLabels(design: Design): string[] {
  const catalog = catalogFor(design);
  const names = design.nodes.flatMap((n) => [n.label, catalog.byId.get(n.partId)?.name ?? '', ...(n.adapters ?? []).map((a) => catalog.byId.get(a.partId)?.name ?? '')]);
  return [...new Set(names.map(cleanText).filter(Boolean))];
}

/** Whether `whole` is drawn: one text, or consecutive lines that join back to it (at spaces or inside a long word). */
export function drawnWhole(texts: readonly string[], whole: string): boolean {
  for (let i = 0; i < texts.length; i++) {
    let spaced = '';
    let joined = '';
    for (let j = i; j < texts.length; j++) {
      spaced += (j > i ? ' ' : '') + texts[j];
      joined += texts[j];
      if (spaced === whole || (joined.length >= whole.length && joined.replace(/ /g, '') === whole.replace(/ /g, ''))) return true;
      if (joined.length >= whole.length) break;
    }
  }
  return false;
}

const templates = TEMPLATES.map((t) => [t.id, t] as const);

describe('no label is cut', () => {
  it.each(templates)('%s: the scene (PNG, SVG outlines, PDF diagram) draws every label whole', (_id, t) => {
    const design = t.build();
    const catalog = catalogFor(design);
    const result = simulate(design);
    const scene = buildDiagram(design, catalog, headlessCapture(design, catalog, result), fonts);
    const texts = scene.shapes.flatMap((s) => (s.kind === 'text' ? [s.text] : []));
    expect(texts.filter((x) => x.includes('…'))).toEqual([]);
    for (const label of [...expectedLabels(design), ...scene.cables.map((c) => c.label).filter(Boolean)]) expect(drawnWhole(texts, label), label).toBe(true);
    // Every text stays inside the node that holds it.
    for (const s of scene.shapes) {
      if (s.kind !== 'text') continue;
      const node = scene.nodes.find((n) => s.bbox.x >= n.box.x - 0.5 && s.bbox.x < n.box.x + n.box.width && s.bbox.y >= n.box.y - 0.5 && s.bbox.y < n.box.y + n.box.height);
      if (node) expect(s.bbox.x + s.bbox.width, `${s.text} in ${node.label}`).toBeLessThanOrEqual(node.box.x + node.box.width + 0.5);
    }
  });

  it.each(templates)('%s: the SVG’s real text holds every label whole', async (_id, t) => {
    const design = t.build();
    const catalog = catalogFor(design);
    const result = simulate(design);
    const file = await runExport({ format: 'svg', design, result, capture: headlessCapture(design, catalog, result), now: NOW, text: 'real' }, rt);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'text' || name === 'path' || name === 'g' }).parse(new TextDecoder().decode(file.bytes));
    const texts = (doc.svg.g[0].text as Array<string | { '#text': string }>).map((x) => String(typeof x === 'string' ? x : x['#text']));
    expect(texts.length).toBeGreaterThan(20);
    expect(texts).toContain(cleanText(design.name));
    for (const label of expectedLabels(design)) expect(drawnWhole(texts, label), label).toBe(true);
  });
});

describe('fitting text to its room', () => {
  const box = { x: 0, y: 0, width: 120, height: 36 };
  it('leaves text that fits where the canvas draws it', () => {
    expect(fitBlock(fonts, [{ raw: 'Blade servers', size: 12.5, weight: 'bold', color: '#000000' }], box)).toBeNull();
  });

  it('wraps and shrinks a long name until it fits, every character kept', () => {
    const raw = 'Servers, pod 12, rack row B, top of rack pair, second floor';
    const lines = fitBlock(fonts, [{ raw, size: 12.5, weight: 'bold', color: '#000000' }], box)!;
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((l) => l.text).join(' ')).toBe(raw);
    for (const l of lines) {
      expect(l.bbox.width).toBeLessThanOrEqual(box.width + 1e-6);
      expect(l.whole).toBe(raw);
    }
    expect(lines.at(-1)!.bbox.y + lines.at(-1)!.bbox.height).toBeLessThanOrEqual(box.height + 1);
  });

  it('breaks a word longer than the line instead of cutting it', () => {
    const raw = 'x'.repeat(60);
    const lines = fitBlock(fonts, [{ raw, size: 12.5, color: '#000000' }], { ...box, height: 60 })!;
    expect(lines.map((l) => l.text).join('')).toBe(raw);
  });
});

describe('the PDF proposal', () => {
  /** Each page's text items, as pdf.js (a viewer) extracts them. */
  async function pdfItems(bytes: Uint8Array): Promise<string[][]> {
    const { getDocument } = await pdfjs();
    const doc = await getDocument({ data: bytes, useSystemFonts: false }).promise;
    const pages: string[][] = [];
    for (let i = 1; i <= doc.numPages; i++) pages.push((await (await doc.getPage(i)).getTextContent()).items.flatMap((it) => ('str' in it && it.str.trim() ? [it.str] : [])));
    return pages;
  }

  it.each(templates)('%s: states the verdict per mode on the first page, draws every label whole, cuts nothing', async (_id, t) => {
    const design = t.build();
    const catalog = catalogFor(design);
    const result = simulateWithCapability(design);
    const file = await runExport({ format: 'pdf', design, result, capture: headlessCapture(design, catalog, result), now: NOW }, rt);
    const pages = await pdfItems(file.bytes);
    const first = pages[0]!.join(' ');
    for (const m of result.modes) {
      const v = demandVerdict(m, result);
      expect(first).toContain(`${v.title}.`);
      expect(first.replace(/\s+/g, ' ')).toContain(`Headroom: ${v.headroom}`.split(' (')[0]);
    }
    expect(pages.flat().filter((x) => x.includes('…'))).toEqual([]);
    for (const label of expectedLabels(design)) expect(drawnWhole(pages[1]!, label), label).toBe(true);
    // The bill of materials' headers, whole (once cut to "W e…").
    const bom = pages.find((p) => p[0] === 'Bill of materials')!;
    expect(drawnWhole(bom, 'W each'), bom.slice(0, 14).join(' / ')).toBe(true);
  }, 60_000);

  it('made before capability is known, names each mode’s top bottleneck instead of its headroom', async () => {
    const design = TEMPLATES.find((t) => t.id === 'seed-ib-software')!.build();
    const result = simulate(design);
    const file = await runExport({ format: 'pdf', design, result, capture: headlessCapture(design, catalogFor(design), result), now: NOW }, rt);
    const first = (await pdfItems(file.bytes))[0]!.join(' ');
    expect(first).toContain('Demand not met in software mode.');
    expect(first).toContain('Top bottleneck:');
    expect(first).not.toContain('Headroom:');
  }, 60_000);
});
