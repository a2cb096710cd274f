// Scene → SVG text. Every label and attribute is escaped; no scripts, no external references.
// Text is either real <text> (editable in Inkscape or Illustrator, searchable, what a user
// expects of an SVG) in DejaVu Sans with fallbacks, or the export font's outlines (defined once per
// glyph, reused with <use>) for exactly the same look in any viewer, font installed or not.
import { fontOf, type ExportFonts } from './fonts';
import type { PathShape, Scene, TextShape } from './scene';
import { color, escapeXml, n } from './xml';

export type SvgText = 'real' | 'outlines';
export const SVG_TEXT: readonly SvgText[] = ['real', 'outlines'];

export interface SvgOptions {
  background: 'white' | 'transparent';
  /** Real <text> elements, or glyph outlines (PNGs drawn from the SVG always use outlines: no system font is read). */
  text: SvgText;
}

/** The export font first: layout was measured with it; the others are close in width. */
const FONT_FAMILY = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', sans-serif";

function realTextXml(t: TextShape): string {
  const weight = t.weight === 'bold' ? ' font-weight="bold"' : '';
  return `<text x="${n(t.x)}" y="${n(t.y)}" font-size="${n(t.size)}"${weight} fill="${color(t.color)}">${escapeXml(t.text)}</text>`;
}

function pathXml(s: PathShape): string {
  const attrs = [`d="${escapeXml(s.d)}"`];
  if (s.tx !== undefined || s.ty !== undefined || (s.scale !== undefined && s.scale !== 1)) {
    attrs.push(`transform="translate(${n(s.tx ?? 0)} ${n(s.ty ?? 0)})${s.scale !== undefined && s.scale !== 1 ? ` scale(${Math.round(s.scale * 1e4) / 1e4})` : ''}"`);
  }
  attrs.push(`fill="${color(s.fill)}"`);
  if (s.stroke) attrs.push(`stroke="${color(s.stroke)}"`, `stroke-width="${n(s.strokeWidth ?? 1)}"`);
  if (s.dash) attrs.push(`stroke-dasharray="${s.dash.map(n).join(' ')}"`);
  if (s.round) attrs.push('stroke-linecap="round"', 'stroke-linejoin="round"');
  if (s.opacity !== undefined) attrs.push(`opacity="${n(s.opacity)}"`);
  if (s.cable !== undefined) attrs.push('class="cable"', `data-link="${escapeXml(s.cable)}"`);
  return `<path ${attrs.join(' ')}/>`;
}

export function renderSvg(scene: Scene, fonts: ExportFonts, options: SvgOptions): string {
  const glyphDefs = new Map<string, string>();
  const body: string[] = [];
  const textXml = (t: TextShape): string => {
    const font = fontOf(fonts, t.weight);
    const upm = font.unitsPerEm;
    const uses: string[] = [];
    let x = 0;
    for (const ch of t.visual) {
      const g = font.glyph(ch.codePointAt(0)!);
      if (g.path) {
        if (!glyphDefs.has(g.key)) glyphDefs.set(g.key, `<path id="g${g.key}" d="${escapeXml(g.path)}"/>`);
        uses.push(`<use xlink:href="#g${g.key}" x="${Math.round(x)}"/>`);
      }
      x += g.advance * upm;
    }
    const k = Math.round((t.size / upm) * 1e6) / 1e6;
    return `<g transform="translate(${n(t.x)} ${n(t.y)}) scale(${k} ${-k})" fill="${color(t.color)}" aria-label="${escapeXml(t.text)}">${uses.join('')}</g>`;
  };
  const real = options.text === 'real';
  for (const s of scene.shapes) body.push(s.kind === 'path' ? pathXml(s) : real ? realTextXml(s) : textXml(s));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="${scene.width}" height="${scene.height}" viewBox="0 0 ${scene.width} ${scene.height}" role="img" aria-label="${escapeXml(scene.title)}">`,
    `<title>${escapeXml(scene.title)}</title>`,
    real ? `<desc>Exported from IOV Planner. Text is real text in DejaVu Sans (laid out with its metrics).</desc>` : `<desc>Exported from IOV Planner. Text is drawn with DejaVu Sans outlines (glyphs in defs).</desc>`,
    real ? '' : `<defs>${[...glyphDefs.values()].join('')}</defs>`,
    options.background === 'white' ? `<rect width="${scene.width}" height="${scene.height}" fill="#ffffff"/>` : '',
    real ? `<g font-family="${escapeXml(FONT_FAMILY)}">` : '',
    ...body,
    real ? '</g>' : '',
    '</svg>',
    '',
  ]
    .filter((line, i, all) => line !== '' || i === all.length - 1)
    .join('\n');
}
