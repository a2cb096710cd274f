// Small constructors for scene primitives, so node and page drawing code reads like a layout.
import { fontOf, type ExportFonts, type Weight } from './fonts';
import { pathBox, roundRect, type Box, type PathShape, type TextShape } from './scene';
import { cleanText, ellipsize, visualOrder } from './text';

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
