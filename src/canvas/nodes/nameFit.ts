// Node and adapter names shortened to their room on the card, at a word boundary (layout's
// shortName, the rule the exports follow too), measured in the browser's own UI font. The CSS
// keeps `overflow: hidden` only as a guard: it no longer cuts names mid-word with an ellipsis.
import { shortName } from '../../layout';

const FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/** The fonts of nodes.css: the card's name, its part name and count, an adapter's name. */
export const NAME_FONT = {
  label: `650 12.5px ${FAMILY}`,
  part: `400 11px ${FAMILY}`,
  count: `700 11px ${FAMILY}`,
  adapter: `400 11.5px ${FAMILY}`,
} as const;

/**
 * Room in px (nodes.css, 200 px cards): 200 − borders 2 − padding 16 − icon 26 − gap 8 = 148 for
 * the name; an adapter's name has what its row leaves beside the marker, icon, port pins and the
 * remove button. A px of slack each for sub-pixel rounding.
 */
export const NAME_ROOM = { label: 147, part: 147, adapter: 112 } as const;

let ctx: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

/** Width in px of text in a CSS font; without a 2D canvas (unit tests), a generous 0.62 em per character. */
export function textWidth(text: string, font: string): number {
  const key = `${font}|${text}`;
  let w = widths.get(key);
  if (w !== undefined) return w;
  if (ctx === undefined) ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (ctx) {
    ctx.font = font;
    w = ctx.measureText(text).width;
  } else w = text.length * 0.62 * Number(/([\d.]+)px/.exec(font)?.[1] ?? 12);
  if (widths.size > 20000) widths.clear();
  widths.set(key, w);
  return w;
}

/** The name as it fits in `room` px of `font`: whole, or whole words and "…". */
export function fitName(text: string, font: string, room: number): string {
  return shortName(text, room, (s) => textWidth(s, font));
}
