// What an export needs from a runtime, in Node: the DejaVu font files from the npm package the
// app bundles, and a rasterizer. PNGs are the SVG writer's output drawn by resvg (a Rust SVG
// renderer shipped as a prebuilt npm binary): text is already glyph outlines, so no system fonts
// are read and the picture is the app's SVG pixel for pixel, at the app's size.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { loadFonts, type ExportFonts } from '../io/export/fonts';
import type { ExportRuntime } from '../io/export/job';
import type { Scene } from '../io/export/scene';
import { renderSvg } from '../io/export/svg';

let fonts: ExportFonts | null = null;

export function nodeExportFonts(): ExportFonts {
  if (!fonts) {
    const require = createRequire(import.meta.url);
    const read = (file: string): Uint8Array => readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
    fonts = loadFonts(read('DejaVuSans.ttf'), read('DejaVuSans-Bold.ttf'));
  }
  return fonts;
}

/** The bitmap the app's OffscreenCanvas would give: round(width × scale) by round(height × scale). */
export function rasterizeScene(scene: Scene, scale: number, background: 'white' | 'transparent', f: ExportFonts): Uint8Array {
  const width = Math.max(1, Math.round(scene.width * scale));
  const height = Math.max(1, Math.round(scene.height * scale));
  // Stretching the view box to the exact pixel size avoids resvg's own rounding of a zoom.
  const svg = renderSvg(scene, f, { background, text: 'outlines' }).replace(/<svg ([^>]*?)width="[^"]*" height="[^"]*"/, `<svg $1width="${width}" height="${height}" preserveAspectRatio="none"`);
  const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  return image.asPng();
}

export function nodeExportRuntime(onProgress?: (stage: string) => void): ExportRuntime {
  const f = nodeExportFonts();
  return { fonts: f, rasterize: (s, k, bg) => Promise.resolve(rasterizeScene(s, k, bg, f)), ...(onProgress ? { onProgress } : {}) };
}
