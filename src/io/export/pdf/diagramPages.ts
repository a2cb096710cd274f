// The diagram in the proposal, as vector graphics: filling one page — landscape when the diagram
// is wider than tall, portrait otherwise — when it is legible there, else an overview page (the whole diagram with a numbered grid) followed by one page per
// grid cell at a legible scale — the way large plans are printed.
import { clip, endPath, popGraphicsState, pushGraphicsState, rectangle, type PDFPage } from 'pdf-lib';
import type { Scene, Shape } from '../scene';
import { intersects, type Box } from '../scene';
import { INK } from '../theme';
import { A4, A4_LANDSCAPE, hex, MARGIN, ROUND_CAP, type PdfWriter } from './writer';

/** Smallest scale at which the canvas's 12.5 px labels stay readable on paper (≈ 5 pt). */
export const LEGIBLE_SCALE = 0.4;
const TOP = 70;
/** The overview page's margins: narrower than the text pages', the diagram is the page. */
const EDGE = 30;
/** A small design is drawn larger than on the canvas, but not absurdly so. */
const MAX_SCALE = 2.5;

interface Placement {
  /** Scene point (sx, sy) goes to page point (ox + sx·s, oy + sy·s), top-down. */
  ox: number;
  oy: number;
  s: number;
}

function drawShape(w: PdfWriter, page: PDFPage, shape: Shape, p: Placement): void {
  const h = page.getHeight();
  if (shape.kind === 'text') {
    page.drawText(shape.visual, { x: p.ox + shape.x * p.s, y: h - (p.oy + shape.y * p.s), size: shape.size * p.s, font: w.font(shape.weight), color: hex(shape.color) });
    return;
  }
  const k = shape.scale ?? 1;
  const fill = shape.fill && shape.fill !== 'none' ? hex(shape.fill) : undefined;
  page.drawSvgPath(shape.d, {
    x: p.ox + (shape.tx ?? 0) * p.s,
    y: h - (p.oy + (shape.ty ?? 0) * p.s),
    scale: k * p.s,
    ...(fill ? { color: fill } : {}),
    ...(shape.stroke ? { borderColor: hex(shape.stroke), borderWidth: (shape.strokeWidth ?? 1) * k * p.s } : {}),
    ...(shape.dash ? { borderDashArray: shape.dash.map((d) => d * p.s) } : {}),
    ...(shape.round ? { borderLineCap: ROUND_CAP } : {}),
    ...(shape.opacity !== undefined ? { opacity: shape.opacity, borderOpacity: shape.opacity } : {}),
  });
}

/** Too small to see on paper (points): left out of an overview, where it would only cost time. */
const tooSmall = (shape: Shape, s: number): boolean => (shape.kind === 'text' ? shape.size * s < 1 : Math.max(shape.bbox.width, shape.bbox.height) * s < 0.4);

/** Draws the shapes of `scene` that meet `view` (scene coordinates), clipped to it. */
function drawView(w: PdfWriter, page: PDFPage, scene: Scene, view: Box, p: Placement): void {
  const h = page.getHeight();
  page.pushOperators(pushGraphicsState(), rectangle(p.ox + view.x * p.s, h - (p.oy + (view.y + view.height) * p.s), view.width * p.s, view.height * p.s), clip(), endPath());
  for (const shape of scene.shapes) if (intersects(shape.bbox, view) && !tooSmall(shape, p.s)) drawShape(w, page, shape, p);
  page.pushOperators(popGraphicsState());
}

export interface DiagramPagesResult {
  pages: number;
  tiled: boolean;
  scale: number;
}

export function diagramPages(w: PdfWriter, scene: Scene, title: string, onProgress?: (done: number, total: number) => void): DiagramPagesResult {
  // Sheets (tiles) are landscape with the text pages' margins; the overview fills its own page.
  const [pw, ph] = A4_LANDSCAPE;
  const availW = pw - 2 * MARGIN;
  const availH = ph - TOP - MARGIN - 28;
  const whole: Box = { x: 0, y: 0, width: scene.width, height: scene.height };
  const size = scene.width >= scene.height ? A4_LANDSCAPE : A4;
  const fullW = size[0] - 2 * EDGE;
  const fullH = size[1] - TOP - EDGE - 28;
  const fit = Math.min(fullW / scene.width, fullH / scene.height, MAX_SCALE);

  const page = w.addPage(size);
  w.textAt('Diagram', EDGE, EDGE + 14, { size: 17, weight: 'bold' });
  const tiled = fit < LEGIBLE_SCALE;
  const cols = tiled ? Math.ceil((scene.width * LEGIBLE_SCALE) / availW) : 1;
  const rows = tiled ? Math.ceil((scene.height * LEGIBLE_SCALE) / availH) : 1;
  w.textAt(
    tiled
      ? `The whole diagram at ${Math.round(fit * 1000) / 10}% — too small to read, so it follows on ${cols} × ${rows} numbered sheets at ${LEGIBLE_SCALE * 100}%.`
      : `Scaled to ${Math.round(fit * 1000) / 10}% of the canvas. Vector graphics: zoom in for detail.`,
    EDGE,
    EDGE + 32,
    { size: 9, color: INK.muted, maxWidth: fullW },
  );
  // Centred in the room under the heading: a wide diagram on a landscape page leaves equal bands.
  const p0: Placement = { ox: EDGE + (fullW - scene.width * fit) / 2, oy: TOP + (fullH - scene.height * fit) / 2, s: fit };
  drawView(w, page, scene, whole, p0);
  if (!tiled) return { pages: 1, tiled: false, scale: fit };

  // Tiles: the grid over the overview, then one sheet per cell that has something on it.
  const tw = scene.width / cols;
  const th = scene.height / rows;
  const cells: Array<{ box: Box; label: string }> = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const box = { x: c * tw, y: r * th, width: tw, height: th };
      if (!scene.shapes.some((s) => s.kind === 'path' && intersects(s.bbox, box))) continue;
      cells.push({ box, label: `${String.fromCharCode(65 + (r % 26))}${c + 1}` });
    }
  }
  for (const cell of cells) {
    const x = p0.ox + cell.box.x * fit;
    const y = page.getHeight() - (p0.oy + (cell.box.y + cell.box.height) * fit);
    page.drawRectangle({ x, y, width: cell.box.width * fit, height: cell.box.height * fit, borderColor: hex(INK.accent), borderWidth: 0.5, opacity: 0, borderOpacity: 0.6 });
    w.textAt(cell.label, x + 2, page.getHeight() - y - cell.box.height * fit + 7, { size: 6, color: INK.accent }, page);
  }
  cells.forEach((cell, i) => {
    const tile = w.addPage(A4_LANDSCAPE);
    w.textAt(`Diagram — sheet ${cell.label} (${i + 1} of ${cells.length}): ${title}`, MARGIN, MARGIN + 14, { size: 12, weight: 'bold', maxWidth: availW });
    const p: Placement = { ox: MARGIN - cell.box.x * LEGIBLE_SCALE, oy: TOP - cell.box.y * LEGIBLE_SCALE, s: LEGIBLE_SCALE };
    drawView(w, tile, scene, cell.box, p);
    onProgress?.(i + 1, cells.length);
  });
  return { pages: 1 + cells.length, tiled: true, scale: LEGIBLE_SCALE };
}
