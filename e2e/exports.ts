// Helpers for the export specs: download a file through the Export menu, put a design where
// autosave keeps it, read PNGs and XML with the browser's own decoders.
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Design } from '../src/domain';
import { pdfjs } from '../src/io/export/pdfjsForTests';
import { openDesignFile, simStatus } from './app';

/**
 * Results up to date for the design on screen. Exports wait for them, so the specs do too — for as
 * long as a busy machine needs (the first run also loads the app and its worker).
 */
export async function resultsReady(page: Page): Promise<void> {
  await expect(simStatus(page)).toHaveText(/Up to date/, { timeout: 60_000 });
}

export async function openAppForExport(page: Page): Promise<void> {
  await page.goto('/');
  await resultsReady(page);
}

export async function exportFile(page: Page, item: RegExp, fillDialog?: (dialog: Locator) => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: /^Export/ }).click();
  const download = page.waitForEvent('download', { timeout: 180_000 });
  // An export that fails says so in a notice (gone after a few seconds): fail with its words.
  const notice = page.getByRole('alert').filter({ hasText: /Could not export/ });
  const failure = notice.waitFor({ timeout: 180_000 }).then(
    async () => (await notice.textContent()) ?? 'export failed',
    () => null,
  );
  await page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: item }).click();
  if (fillDialog) await fillDialog(page.getByRole('dialog'));
  const first = await Promise.race([download.then((d) => ({ d, failed: null })), failure.then((failed) => ({ d: null, failed }))]);
  if (first.failed) throw new Error(first.failed);
  const d = first.d ?? (await download);
  const path = await d.path();
  return { name: d.suggestedFilename(), bytes: readFileSync(path) };
}

/** Opens a design as a user opens a file (a new design in the library). */
export async function openDesignDocument(page: Page, design: Design): Promise<void> {
  await openDesignFile(page, design);
}

export interface PngProbe {
  /** #rrggbb the pixels should have. */
  color: string;
  /** Points (any of them will do) near which a pixel of that colour is expected. */
  points: Array<{ x: number; y: number }>;
}

export interface PngFacts {
  width: number;
  height: number;
  /** Share of pixels that are not near-white (and not transparent). */
  ink: number;
  /** Alpha of the top-left pixel (0: transparent background). */
  cornerAlpha: number;
  /** Per probe: a pixel of its colour within 2 px of one of its points. */
  hits: boolean[];
}

/** Decodes a PNG with the browser's own decoder (what a viewer shows) and looks at its pixels there. */
export async function analysePng(page: Page, bytes: Buffer, probes: PngProbe[] = []): Promise<PngFacts> {
  return page.evaluate(
    async ({ b64, probes }) => {
      const bin = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bmp = await createImageBitmap(new Blob([bin], { type: 'image/png' }));
      const c = new OffscreenCanvas(bmp.width, bmp.height);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(bmp, 0, 0);
      const { data, width, height } = ctx.getImageData(0, 0, bmp.width, bmp.height);
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0 && (data[i]! < 230 || data[i + 1]! < 230 || data[i + 2]! < 230)) ink++;
      const near = (x: number, y: number, rgb: number[]): boolean => {
        for (let dy = -2; dy <= 2; dy++) {
          for (let dx = -2; dx <= 2; dx++) {
            const px = Math.round(x) + dx;
            const py = Math.round(y) + dy;
            if (px < 0 || py < 0 || px >= width || py >= height) continue;
            const i = (py * width + px) * 4;
            if (Math.abs(data[i]! - rgb[0]!) + Math.abs(data[i + 1]! - rgb[1]!) + Math.abs(data[i + 2]! - rgb[2]!) < 60) return true;
          }
        }
        return false;
      };
      const hits = probes.map((p) => {
        const rgb = [1, 3, 5].map((k) => parseInt(p.color.slice(k, k + 2), 16));
        return p.points.some((pt) => near(pt.x, pt.y, rgb));
      });
      return { width, height, ink: ink / (width * height), cornerAlpha: data[3]!, hits };
    },
    { b64: bytes.toString('base64'), probes },
  );
}


/** The text of every page of a PDF (pdf.js, as a viewer extracts it). */
export async function pdfPages(bytes: Buffer): Promise<string[]> {
  const { getDocument } = await pdfjs();
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' ').replace(/\s+/g, ' '));
  }
  return pages;
}

export const expectNoParserError = (xml: { error: string | null }): void => expect(xml.error, 'strict XML parse').toBeNull();
