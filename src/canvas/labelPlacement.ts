// Cable labels placed apart: each cable offers a few spots along its route (layout/cableRoute.ts spotsAlong) (middle first), and a
// greedy pass, most important cables first (selected, then busiest), gives each label the first
// spot that overlaps neither a node nor a label already placed. A label with no free spot is not
// drawn; it shows when its cable is hovered or selected. Pure, so it is tested without a browser.
export interface Point {
  x: number;
  y: number;
}
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  id: string;
  /** Higher first. */
  priority: number;
  /** Spots to try, in order. */
  spots: readonly Point[];
  width: number;
  height: number;
  /** Always drawn (selected or hovered), at its first free spot or else its first spot. */
  forced: boolean;
  /** Nodes this label must not cover (the cable's two ends; other nodes are added globally). */
  obstacles: readonly Rect[];
}

const MARGIN = 3;
const overlaps = (a: Rect, b: Rect): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const rectAt = (p: Point, w: number, h: number): Rect => ({ x: p.x - w / 2 - MARGIN, y: p.y - h / 2 - MARGIN, width: w + 2 * MARGIN, height: h + 2 * MARGIN });

export function placeLabels(requests: readonly LabelRequest[]): Map<string, Point | null> {
  const out = new Map<string, Point | null>();
  const placed: Rect[] = [];
  const order = [...requests].sort((a, b) => Number(b.forced) - Number(a.forced) || b.priority - a.priority || (a.id < b.id ? -1 : 1));
  const nodes = new Map<string, Rect>();
  for (const r of requests) for (const o of r.obstacles) nodes.set(`${o.x},${o.y},${o.width},${o.height}`, o);
  const allNodes = [...nodes.values()];
  for (const r of order) {
    let spot: Point | null = null;
    for (const p of r.spots) {
      const rect = rectAt(p, r.width, r.height);
      if (placed.some((q) => overlaps(rect, q)) || allNodes.some((n) => overlaps(rect, n))) continue;
      spot = p;
      break;
    }
    if (!spot && r.forced) spot = r.spots[0] ?? null;
    if (spot) placed.push(rectAt(spot, r.width, r.height));
    out.set(r.id, spot);
  }
  return out;
}
