// A deterministic layered placement for the core (templates, wizard output, `sim generate`): one
// column per rank (roles.ts), nodes ordered in each column by the mean position of their
// neighbours in the column before (a barycentre sweep, the crossing-reduction step of Sugiyama's
// method), stacked with a fixed gap and centred on a common line. Synchronous and dependency-free
// so that a template builds the same in Node, in tests and in the browser; the app's Tidy runs
// elkjs in a worker for arbitrary hand-drawn graphs, with the same ranks and sizes.
import type { Catalog } from '../catalog';
import type { Design } from '../domain';
import { estimateNodeSize, NODE_WIDTH } from './nodeSize';
import { nodeRanks } from './roles';

export interface Size {
  width: number;
  height: number;
}

export const COLUMN_GAP = 70;
export const ROW_GAP = 36;
/** Snap grid of the canvas (positions stay on it so a later drag snaps cleanly). */
const GRID = 10;
const snap = (v: number): number => Math.round(v / GRID) * GRID;

export type Positions = Map<string, { x: number; y: number }>;

export function layeredPositions(design: Pick<Design, 'nodes' | 'links'>, catalog: Catalog, sizes?: ReadonlyMap<string, Size>): Positions {
  const ranks = nodeRanks(design, catalog);
  const sizeOf = (id: string): Size => sizes?.get(id) ?? estimateNodeSize(design.nodes.find((n) => n.id === id)!, catalog);
  const columns: string[][] = [];
  for (const n of design.nodes) {
    const r = ranks.get(n.id)!.rank;
    (columns[r] ??= []).push(n.id);
  }
  const neighbours = new Map<string, string[]>(design.nodes.map((n) => [n.id, []]));
  for (const l of design.links) {
    if (l.a.node === l.b.node) continue;
    neighbours.get(l.a.node)?.push(l.b.node);
    neighbours.get(l.b.node)?.push(l.a.node);
  }
  // Order: two sweeps, left to right then right to left, by the barycentre of the neighbours in
  // the adjacent column (stable: ties keep design order, which builders write in a sensible order).
  const index = new Map<string, number>();
  const reindex = (): void => columns.forEach((col) => col?.forEach((id, i) => index.set(id, i)));
  reindex();
  const sweep = (from: number, to: number, step: number): void => {
    for (let c = from; c !== to; c += step) {
      const col = columns[c];
      if (!col) continue;
      const bary = new Map<string, number>();
      for (const id of col) {
        const ns = neighbours.get(id)!.filter((m) => ranks.get(m)!.rank === c - step);
        bary.set(id, ns.length ? ns.reduce((s, m) => s + index.get(m)! / Math.max(1, columns[c - step]!.length), 0) / ns.length : index.get(id)! / col.length);
      }
      col.sort((a, b) => bary.get(a)! - bary.get(b)! || index.get(a)! - index.get(b)!);
      col.forEach((id, i) => index.set(id, i));
    }
  };
  for (let pass = 0; pass < 2; pass++) {
    sweep(1, columns.length, 1);
    sweep(columns.length - 2, -1, -1);
  }
  const out: Positions = new Map();
  const heights = columns.map((col) => (col ?? []).reduce((s, id) => s + sizeOf(id).height, 0) + ROW_GAP * Math.max(0, (col ?? []).length - 1));
  const tallest = Math.max(0, ...heights);
  columns.forEach((col, c) => {
    let y = (tallest - heights[c]!) / 2;
    for (const id of col ?? []) {
      out.set(id, { x: snap(c * (NODE_WIDTH + COLUMN_GAP)), y: snap(y) });
      y += sizeOf(id).height + ROW_GAP;
    }
  });
  return out;
}

/** The design with every node placed by layeredPositions. */
export function withLayeredLayout<D extends Pick<Design, 'nodes' | 'links'>>(design: D, catalog: Catalog): D {
  const pos = layeredPositions(design, catalog);
  return { ...design, nodes: design.nodes.map((n) => ({ ...n, position: pos.get(n.id) ?? n.position })) };
}
