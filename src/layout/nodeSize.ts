// A node's size on the canvas, estimated from what it shows (canvas.css: 200 px wide cards; a
// header and a meta line, then one row per adapter or one bar per port group). The app measures
// real sizes; the core uses these to place templates and wizard output before anything is drawn.
import type { Catalog } from '../catalog';
import type { DesignNode } from '../domain';

export const NODE_WIDTH = 200;
const FRAME = 4 + 42 + 19; // borders, header, meta line
const BUS_BAR = 32;
const EMPTY_SERVER = 40;
/** An adapter row: two lines of text, or its column of 15 px port pins if taller. */
const adapterRow = (ports: number): number => Math.max(36, 8 + 15 * ports + 3 * (ports - 1));

export function estimateNodeSize(node: DesignNode, catalog: Catalog): { width: number; height: number } {
  const part = catalog.byId.get(node.partId);
  if (!part) return { width: NODE_WIDTH, height: 46 };
  if (part.kind === 'server') {
    const rows = (node.adapters ?? []).map((a) => {
      const ap = catalog.byId.get(a.partId);
      return adapterRow(ap?.kind === 'adapter' ? ap.ports : 1);
    });
    return { width: NODE_WIDTH, height: FRAME + (rows.length ? rows.reduce((s, r) => s + r + 1, 0) : EMPTY_SERVER) };
  }
  if (part.kind === 'gateway') return { width: NODE_WIDTH, height: FRAME + 2 * BUS_BAR - 2 };
  return { width: NODE_WIDTH, height: FRAME + BUS_BAR };
}
