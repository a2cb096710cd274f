// Where Fit puts the design: the whole of it in the part of the canvas that nothing covers. The
// toolbars run along the top, the zoom buttons sit bottom-left and the minimap bottom-right, so
// the design goes either left of the minimap (a band down the right kept free) or above it (a
// band along the bottom), whichever lets it be drawn larger.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** What covers the canvas, in screen pixels (canvas.css, MiniMapCanvas, React Flow's controls), with a margin. */
export const CANVAS_CHROME = {
  margin: 16,
  /** The legend and the Tidy / Fit toolbar. */
  top: 52,
  /** The minimap (160 × 108) with its offset and the attribution line under it. */
  minimap: { width: 160 + 24, height: 108 + 36 },
  /** The zoom buttons. */
  controls: { width: 26 + 24, height: 84 + 24 },
};

function zoomFor(bounds: Box, canvas: { width: number; height: number }, free: Insets): number {
  const w = canvas.width - free.left - free.right;
  const h = canvas.height - free.top - free.bottom;
  return Math.min(w / Math.max(bounds.width, 1), h / Math.max(bounds.height, 1));
}

/** The viewport that shows all of `bounds` clear of the canvas's chrome, at most `maxZoom`. */
export function fitViewport(bounds: Box, canvas: { width: number; height: number }, zoomRange: { min: number; max: number }): Viewport {
  const { margin, top, minimap, controls } = CANVAS_CHROME;
  const beside: Insets = { top, right: minimap.width + margin, bottom: margin, left: controls.width + margin };
  const above: Insets = { top, right: margin, bottom: Math.max(minimap.height, controls.height) + margin, left: margin };
  const [free, zoom] = [beside, above].map((f) => [f, zoomFor(bounds, canvas, f)] as const).reduce((a, b) => (b[1] > a[1] ? b : a));
  const z = Math.min(zoomRange.max, Math.max(zoomRange.min, zoom));
  const areaW = canvas.width - free.left - free.right;
  const areaH = canvas.height - free.top - free.bottom;
  return {
    x: free.left + (areaW - bounds.width * z) / 2 - bounds.x * z,
    y: free.top + (areaH - bounds.height * z) / 2 - bounds.y * z,
    zoom: z,
  };
}

/**
 * The viewport that brings `bounds` into the clear part of the canvas: null when it is there
 * already; else the same zoom, moved (centred on them), or where they do not fit at this zoom, a fit.
 */
export function revealViewport(bounds: Box, canvas: { width: number; height: number }, view: Viewport): Viewport | null {
  const { margin, top, minimap } = CANVAS_CHROME;
  const s = { x: bounds.x * view.zoom + view.x, y: bounds.y * view.zoom + view.y, width: bounds.width * view.zoom, height: bounds.height * view.zoom };
  const clear = { left: margin, top, right: canvas.width - minimap.width - margin, bottom: canvas.height - margin };
  if (s.x >= clear.left && s.y >= clear.top && s.x + s.width <= clear.right && s.y + s.height <= clear.bottom) return null;
  if (s.width > clear.right - clear.left || s.height > clear.bottom - clear.top) return fitViewport(bounds, canvas, { min: 0.002, max: view.zoom });
  return {
    x: (clear.left + clear.right) / 2 - (bounds.x + bounds.width / 2) * view.zoom,
    y: (clear.top + clear.bottom) / 2 - (bounds.y + bounds.height / 2) * view.zoom,
    zoom: view.zoom,
  };
}
