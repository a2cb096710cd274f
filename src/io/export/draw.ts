// Small constructors for scene primitives, so node and page drawing code reads like a layout.
import { fontOf, type ExportFonts, type Weight } from './fonts';
import { pathBox, roundRect, type Box, type PathShape, type TextShape } from './scene';
import { cleanText, ellipsize, visualOrder, wrap } from './text';

export interface TextOpts {
  size: number;
  weight?: Weight;
  color: string;
  /** Cut with "…" to this width. */
  maxWidth?: number;
  /** Where x is: the start (default), the centre or the end of the text. */
  anchor?: 'start' | 'middle' | 'end';
}

/** A single line of user or app text, cleaned and fitted; null when nothing is left to draw. */
export function textShape(fonts: ExportFonts, raw: string, x: number, y: number, o: TextOpts): TextShape | null {
  const weight = o.weight ?? 'regular';
  const font = fontOf(fonts, weight);
  const clean = cleanText(raw);
  const text = o.maxWidth !== undefined ? ellipsize(clean, font, o.size, o.maxWidth) : clean;
  if (!text) return null;
  const width = font.width(text, o.size);
  const left = o.anchor === 'middle' ? x - width / 2 : o.anchor === 'end' ? x - width : x;
  return {
    kind: 'text',
    x: left,
    y,
    text,
    visual: visualOrder(text),
    size: o.size,
    weight,
    color: o.color,
    bbox: { x: left, y: y - font.ascent * o.size, width, height: (font.ascent - font.descent) * o.size },
  };
}

export function rectShape(box: Box, r: number | [number, number, number, number], style: Omit<PathShape, 'kind' | 'd' | 'bbox'>): PathShape {
  return { kind: 'path', d: roundRect(box.x, box.y, box.width, box.height, r), bbox: box, ...style };
}

/** A path in its own coordinates drawn at (tx, ty) with a scale (icons on a 24-unit grid). */
export function placedPath(d: string, tx: number, ty: number, scale: number, style: Omit<PathShape, 'kind' | 'd' | 'bbox' | 'tx' | 'ty' | 'scale'>, own?: Box): PathShape {
  const b = own ?? pathBox(d);
  return { kind: 'path', d, tx, ty, scale, bbox: { x: tx + b.x * scale, y: ty + b.y * scale, width: b.width * scale, height: b.height * scale }, ...style };
}

export const push = <T>(list: T[], item: T | null): void => {
  if (item) list.push(item);
};

export interface FitItem {
  raw: string;
  size: number;
  weight?: Weight;
  color: string;
  /** How much less this item shrinks than the others (a label over its part name): its scale is min(1, k × keep). */
  keep?: number;
}

/** Line height as a multiple of the size. */
const LEAD = 1.18;
/** Below this many px a text is only readable zoomed in; a text still too long there is past any schema limit. */
const FLOOR_PX = 2;

/**
 * Texts stacked in a box, each kept whole: wrapped at word boundaries and shrunk together (one
 * factor for all, so a label stays larger than its part name) until they fit. Returns null when
 * each fits on one line at its own size: the caller then draws it where the canvas does. Exports
 * are vector graphics and every name must survive in them, so a long name gets smaller, never
 * "…" — except text past the design schema's limits, cut at the smallest size.
 */
export function fitBlock(fonts: ExportFonts, items: readonly FitItem[], box: Box, anchor: 'start' | 'middle' = 'start'): TextShape[] | null {
  const clean = items.map((it) => ({ ...it, text: cleanText(it.raw), font: fontOf(fonts, it.weight ?? 'regular') })).filter((it) => it.text);
  if (clean.every((it) => it.font.width(it.text, it.size) <= box.width)) return null;
  const layout = (k: number) =>
    clean.map((it) => {
      const size = it.size * Math.min(1, k * (it.keep ?? 1));
      return { it, size, lines: wrap(it.text, it.font, size, box.width) };
    });
  const height = (l: ReturnType<typeof layout>): number => l.reduce((h, x) => h + x.lines.length * x.size * LEAD, 0);
  const minK = FLOOR_PX / Math.min(...clean.map((it) => it.size));
  let lo = minK;
  let hi = 1;
  if (height(layout(1)) <= box.height) lo = 1;
  else {
    for (let i = 0; i < 14; i++) {
      const mid = (lo + hi) / 2;
      if (height(layout(mid)) <= box.height) lo = mid;
      else hi = mid;
    }
  }
  let placed = layout(lo);
  if (height(placed) > box.height) {
    // Past the schema's limits (a 10,000-character label): as many lines as fit, the last cut.
    let room = box.height;
    placed = placed.map((x) => {
      const keep = Math.max(1, Math.min(x.lines.length, Math.floor(room / (x.size * LEAD))));
      room -= keep * x.size * LEAD;
      const lines = x.lines.slice(0, keep);
      if (keep < x.lines.length) lines[keep - 1] = ellipsize(`${lines[keep - 1]} ${x.lines[keep]}`, x.it.font, x.size, box.width);
      return { ...x, lines };
    });
  }
  const out: TextShape[] = [];
  let y = box.y + (box.height - height(placed)) / 2;
  for (const { it, size, lines } of placed) {
    const lead = size * LEAD;
    // Baseline: the glyphs' box (ascent to descent) centred in the line's height.
    const shift = (lead - (it.font.ascent - it.font.descent) * size) / 2 + it.font.ascent * size;
    for (const line of lines) {
      const t = textShape(fonts, line, anchor === 'middle' ? box.x + box.width / 2 : box.x, y + shift, { size, weight: it.weight ?? 'regular', color: it.color, anchor });
      if (t) out.push(lines.length > 1 ? { ...t, whole: it.text } : t);
      y += lead;
    }
  }
  return out;
}
