// Scene → SVG text. Every label and attribute is escaped; text is drawn with the export font's
// outlines (defined once per glyph, reused with <use>), so the file renders the same in any
// browser, editor or slide tool, font installed or not. No scripts, no external references.
import { fontOf, type ExportFonts } from './fonts';
import type { PathShape, Scene, TextShape } from './scene';
import { color, escapeXml, n } from './xml';

export interface SvgOptions {
  background: 'white' | 'transparent';
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
  for (const s of scene.shapes) body.push(s.kind === 'path' ? pathXml(s) : textXml(s));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="${scene.width}" height="${scene.height}" viewBox="0 0 ${scene.width} ${scene.height}" role="img" aria-label="${escapeXml(scene.title)}">`,
    `<title>${escapeXml(scene.title)}</title>`,
    `<desc>Exported from IOV Planner. Text is drawn with DejaVu Sans outlines (glyphs in defs).</desc>`,
    `<defs>${[...glyphDefs.values()].join('')}</defs>`,
    options.background === 'white' ? `<rect width="${scene.width}" height="${scene.height}" fill="#ffffff"/>` : '',
    ...body,
    '</svg>',
    '',
  ].join('\n');
}
