// The export worker's one typed call: fonts fetched once per worker, PNGs drawn on an
// OffscreenCanvas, progress posted beside Comlink's messages (as the simulator's is).
import { loadFonts, type ExportFonts } from '../io/export/fonts';
import { runExport, type ExportFile, type ExportRequest } from '../io/export/job';
import { paintScene } from '../io/export/raster';
import type { Scene } from '../io/export/scene';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';

let fonts: Promise<ExportFonts> | null = null;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Could not load the export font (${res.status}).`);
  return new Uint8Array(await res.arrayBuffer());
}

function exportFonts(): Promise<ExportFonts> {
  fonts ??= Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]).then(([r, b]) => loadFonts(r, b));
  fonts.catch(() => {
    fonts = null;
  });
  return fonts;
}

async function rasterize(scene: Scene, scale: number, background: 'white' | 'transparent', f: ExportFonts): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(Math.max(1, Math.round(scene.width * scale)), Math.max(1, Math.round(scene.height * scale)));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw bitmaps in a worker.');
  paintScene(ctx, scene, f, scale, background);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return new Uint8Array(await blob.arrayBuffer());
}

export async function exportFile(req: ExportRequest, onProgress: (stage: string) => void): Promise<ExportFile> {
  onProgress('loading the export font');
  const f = await exportFonts();
  return runExport(req, { fonts: f, rasterize: (s, k, bg) => rasterize(s, k, bg, f), onProgress });
}
