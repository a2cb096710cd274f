export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MinimapFrame {
  /** Map pixels per flow unit. */
  scale: number;
  toMap(x: number, y: number): { x: number; y: number };
  toFlow(x: number, y: number): { x: number; y: number };
}

/**
 * How the minimap shows the flow: the bounds of every node and of the view, with a margin,
 * fitted into the map's box (aspect kept, centred).
 */
export function minimapFrame(rects: readonly Rect[], view: Rect, width: number, height: number, margin = 0.06): MinimapFrame {
  let x0 = view.x;
  let y0 = view.y;
  let x1 = view.x + view.width;
  let y1 = view.y + view.height;
  for (const r of rects) {
    x0 = Math.min(x0, r.x);
    y0 = Math.min(y0, r.y);
    x1 = Math.max(x1, r.x + r.width);
    y1 = Math.max(y1, r.y + r.height);
  }
  const w = Math.max(1, x1 - x0);
  const h = Math.max(1, y1 - y0);
  const scale = Math.min(width / (w * (1 + 2 * margin)), height / (h * (1 + 2 * margin)));
  const ox = (width - w * scale) / 2 - x0 * scale;
  const oy = (height - h * scale) / 2 - y0 * scale;
  return {
    scale,
    toMap: (x, y) => ({ x: x * scale + ox, y: y * scale + oy }),
    toFlow: (x, y) => ({ x: (x - ox) / scale, y: (y - oy) / scale }),
  };
}
