// Large designs open in an overview: the whole diagram drawn on one <canvas>, and real, editable
// nodes mounted only for the part in view once few enough are in it. Mounting 5,000 React Flow
// nodes at once blocks the main thread for seconds; drawing 5,000 rectangles takes milliseconds.
// And with 1,000 nodes mounted, every frame of a drag cost 45–55 ms of main-thread CPU (React
// Flow's store notifying every node, port and cable; the browser re-layering 1,000 transformed
// boxes), against about 3 ms to redraw the overview. Pure geometry here; the hook and the layer use it.
import type { Catalog } from '../catalog';
import type { Design, DesignNode } from '../domain';
import { estimateNodeSize } from '../layout';

/** In view and at most this many: mounted as real nodes; more: the overview drawing. */
export const MOUNT_LIMIT = 300;
/**
 * Above this many nodes the canvas mounts only what is in view (the overview when that is more
 * than MOUNT_LIMIT): a design that can have more nodes in view than the limit is a large one.
 */
export const LARGE_DESIGN = MOUNT_LIMIT;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SpatialIndex {
  bounds: Rect;
  /** Every node's box, in design order. */
  boxes: Map<string, Rect>;
  /** Each node's place in design order (later ones are drawn on top). */
  order: Map<string, number>;
  query(view: Rect, limit: number): string[] | null;
}

const CELL = 800;

/** Nodes bucketed on an 800-unit grid: a viewport query touches only the cells it covers. */
export function spatialIndex(nodes: readonly DesignNode[], catalog: Catalog): SpatialIndex {
  const cells = new Map<string, Array<{ id: string; r: Rect }>>();
  const boxes = new Map<string, Rect>();
  const order = new Map<string, number>();
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const n of nodes) {
    const s = estimateNodeSize(n, catalog);
    const r = { x: n.position.x, y: n.position.y, width: s.width, height: s.height };
    boxes.set(n.id, r);
    order.set(n.id, order.size);
    minX = Math.min(minX, r.x);
    minY = Math.min(minY, r.y);
    maxX = Math.max(maxX, r.x + r.width);
    maxY = Math.max(maxY, r.y + r.height);
    const key = `${Math.floor(r.x / CELL)},${Math.floor(r.y / CELL)}`;
    const list = cells.get(key);
    if (list) list.push({ id: n.id, r });
    else cells.set(key, [{ id: n.id, r }]);
  }
  const bounds = nodes.length ? { x: minX, y: minY, width: maxX - minX, height: maxY - minY } : { x: 0, y: 0, width: 0, height: 0 };
  return {
    bounds,
    boxes,
    order,
    /** Ids of nodes overlapping the view, or null when more than `limit` do. */
    query(view, limit) {
      const out: string[] = [];
      // A node starts at most one cell before the view (nodes are smaller than a cell). Only the
      // cells that hold nodes are visited: zoomed far out, the view spans millions of empty ones.
      const x0 = Math.max(Math.floor(view.x / CELL) - 1, Math.floor(bounds.x / CELL));
      const x1 = Math.min(Math.floor((view.x + view.width) / CELL), Math.floor((bounds.x + bounds.width) / CELL));
      const y0 = Math.max(Math.floor(view.y / CELL) - 1, Math.floor(bounds.y / CELL));
      const y1 = Math.min(Math.floor((view.y + view.height) / CELL), Math.floor((bounds.y + bounds.height) / CELL));
      for (let cx = x0; cx <= x1; cx++) {
        for (let cy = y0; cy <= y1; cy++) {
          for (const { id, r } of cells.get(`${cx},${cy}`) ?? []) {
            if (r.x < view.x + view.width && view.x < r.x + r.width && r.y < view.y + view.height && view.y < r.y + r.height) {
              out.push(id);
              if (out.length > limit) return null;
            }
          }
        }
      }
      return out;
    },
  };
}

const indexMemo = new WeakMap<readonly DesignNode[], SpatialIndex>();
export function indexFor(design: Pick<Design, 'nodes'>, catalog: Catalog): SpatialIndex {
  let ix = indexMemo.get(design.nodes);
  if (!ix) indexMemo.set(design.nodes, (ix = spatialIndex(design.nodes, catalog)));
  return ix;
}

/**
 * The node whose box is under a point of the flow (the topmost: the last in design order, as the
 * overview draws them), within `slop` flow units of its edge — at the overview's zoom a box is a
 * few pixels, so the pointer counts as on it from a few pixels away. Null over empty canvas.
 */
export function boxAt(index: SpatialIndex, point: { x: number; y: number }, slop: number): string | null {
  const near = index.query({ x: point.x - slop, y: point.y - slop, width: 2 * slop, height: 2 * slop }, Infinity) ?? [];
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const id of near) {
    const r = index.boxes.get(id)!;
    const dx = Math.max(r.x - point.x, 0, point.x - (r.x + r.width));
    const dy = Math.max(r.y - point.y, 0, point.y - (r.y + r.height));
    const d = Math.hypot(dx, dy);
    // Ties (inside both: 0) go to the later node in design order: it is drawn on top.
    if (d <= slop && (d < bestDistance || (d === bestDistance && index.order.get(id)! > index.order.get(best!)!))) {
      best = id;
      bestDistance = d;
    }
  }
  return best;
}
