// Scene → pixels on a 2D canvas (an OffscreenCanvas in the export worker). The same primitives
// as the SVG, glyph outlines included, so the PNG and the SVG are the same picture.
import { fontOf, type ExportFonts } from './fonts';
import type { PathShape, Scene, TextShape } from './scene';

type Ctx = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

/** Largest bitmap we draw: 16k px a side and 120 Mpx (≈ 480 MB of RGBA) in all. */
export const MAX_SIDE = 16_384;
export const MAX_PIXELS = 120_000_000;

/** The scale actually used for a requested one: lowered until the bitmap fits the limits. */
export function fitScale(scene: Pick<Scene, 'width' | 'height'>, wanted: number): number {
  const bySide = MAX_SIDE / Math.max(scene.width, scene.height);
  const byArea = Math.sqrt(MAX_PIXELS / (scene.width * scene.height));
  return Math.min(wanted, bySide, byArea);
}

export function paintScene(ctx: Ctx, scene: Scene, fonts: ExportFonts, scale: number, background: 'white' | 'transparent'): void {
  const glyphs = new Map<string, Path2D>();
  ctx.save();
  ctx.scale(scale, scale);
  if (background === 'white') {
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, scene.width, scene.height);
  }
  for (const s of scene.shapes) {
    if (s.kind === 'path') paintPath(ctx, s);
    else paintText(ctx, s, fonts, glyphs);
  }
  ctx.restore();
}

function paintPath(ctx: Ctx, s: PathShape): void {
  const p = new Path2D(s.d);
  ctx.save();
  if (s.tx !== undefined || s.ty !== undefined) ctx.translate(s.tx ?? 0, s.ty ?? 0);
  if (s.scale !== undefined && s.scale !== 1) ctx.scale(s.scale, s.scale);
  if (s.opacity !== undefined) ctx.globalAlpha = s.opacity;
  if (s.fill && s.fill !== 'none') {
    ctx.fillStyle = s.fill;
    ctx.fill(p);
  }
  if (s.stroke) {
    ctx.strokeStyle = s.stroke;
    ctx.lineWidth = s.strokeWidth ?? 1;
    ctx.lineCap = s.round ? 'round' : 'butt';
    ctx.lineJoin = s.round ? 'round' : 'miter';
    ctx.setLineDash(s.dash ?? []);
    ctx.stroke(p);
  }
  ctx.restore();
}

function paintText(ctx: Ctx, t: TextShape, fonts: ExportFonts, cache: Map<string, Path2D>): void {
  const font = fontOf(fonts, t.weight);
  const k = t.size / font.unitsPerEm;
  ctx.save();
  ctx.translate(t.x, t.y);
  ctx.scale(k, -k);
  ctx.fillStyle = t.color;
  for (const ch of t.visual) {
    const g = font.glyph(ch.codePointAt(0)!);
    if (g.path) {
      let p = cache.get(g.key);
      if (!p) cache.set(g.key, (p = new Path2D(g.path)));
      ctx.fill(p);
    }
    ctx.translate(g.advance * font.unitsPerEm, 0);
  }
  ctx.restore();
}
