// The one typeface every export draws with (DejaVu Sans, regular and bold): its metrics lay out
// the text, its outlines become the SVG's and PNG's glyphs and its subset is embedded in the PDF,
// so a file looks the same on any machine, with or without the font installed.
import fontkit from '@pdf-lib/fontkit';
import type { Font } from '@pdf-lib/fontkit';

export type Weight = 'regular' | 'bold';

export interface Glyph {
  /** Stable key for reuse (one definition per glyph in an SVG). */
  key: string;
  /** Advance, in em. */
  advance: number;
  /** Outline as SVG path data in font units, y up (empty for spaces). */
  path: string;
}

export class ExportFont {
  readonly unitsPerEm: number;
  /** Ascender and descender, in em (descender negative). */
  readonly ascent: number;
  readonly descent: number;
  private readonly font: Font;
  private readonly glyphs = new Map<number, Glyph>();

  constructor(
    readonly weight: Weight,
    readonly bytes: Uint8Array,
  ) {
    this.font = fontkit.create(bytes);
    this.unitsPerEm = this.font.unitsPerEm;
    this.ascent = this.font.ascent / this.unitsPerEm;
    this.descent = this.font.descent / this.unitsPerEm;
  }

  glyph(codePoint: number): Glyph {
    let g = this.glyphs.get(codePoint);
    if (!g) {
      const fg = this.font.glyphForCodePoint(codePoint);
      g = { key: `${this.weight[0]}${fg.id}`, advance: fg.advanceWidth / this.unitsPerEm, path: fg.path.toSVG() };
      this.glyphs.set(codePoint, g);
    }
    return g;
  }

  /** Width of a line of text at a size (no kerning: the renderers place glyphs one by one). */
  width(text: string, size: number): number {
    let em = 0;
    for (const ch of text) em += this.glyph(ch.codePointAt(0)!).advance;
    return em * size;
  }
}

export interface ExportFonts {
  regular: ExportFont;
  bold: ExportFont;
}

export function loadFonts(regular: Uint8Array, bold: Uint8Array): ExportFonts {
  return { regular: new ExportFont('regular', regular), bold: new ExportFont('bold', bold) };
}

export const fontOf = (fonts: ExportFonts, weight: Weight): ExportFont => (weight === 'bold' ? fonts.bold : fonts.regular);
