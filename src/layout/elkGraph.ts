// The design as an ELK graph for the app's Tidy (elkjs "layered", Sugiyama's method): nodes with
// their measured sizes, one partition per rank so columns keep the order of traffic (servers →
// leaves → spines → gateways → switches behind gateways → LAN and storage, roles.ts), and edges
// pointing left to right. Cables are not routed by elkjs: users move nodes after Tidy, so the
// canvas routes each cable around the nodes where they are now (cableRoute.ts). Plain JSON in and out,
// so the conversion is tested in Node and the worker only runs elkjs.
import type { Catalog } from '../catalog';
import type { Design } from '../domain';
import { COLUMN_GAP, ROW_GAP, type Positions, type Size } from './layered';
import { estimateNodeSize } from './nodeSize';
import { nodeRanks } from './roles';

export interface ElkGraphNode {
  id: string;
  width: number;
  height: number;
  x?: number;
  y?: number;
  layoutOptions?: Record<string, string>;
}
export interface ElkGraphEdge {
  id: string;
  sources: string[];
  targets: string[];
}
export interface ElkGraph {
  id: string;
  layoutOptions: Record<string, string>;
  children: ElkGraphNode[];
  edges: ElkGraphEdge[];
}

export const ELK_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  // Columns by role: a node's partition is its rank (roles.ts); partitions never mix.
  'elk.partitioning.activate': 'true',
  // One diagram, not one strip per connected part: a LAN drawn alone still sits in the last column.
  'elk.separateConnectedComponents': 'false',
  'elk.layered.spacing.nodeNodeBetweenLayers': String(COLUMN_GAP),
  'elk.spacing.nodeNode': String(ROW_GAP),
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
  'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
  // Keep the drawing's own order where crossings allow: a second Tidy changes nothing.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
};

export function elkGraphFor(design: Pick<Design, 'nodes' | 'links'>, catalog: Catalog, sizes?: ReadonlyMap<string, Size>): ElkGraph {
  const ranks = nodeRanks(design, catalog);
  // Top to bottom as drawn now, so Tidy keeps what the user put above what.
  const order = [...design.nodes].sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x);
  const children = order.map((n) => {
    const size = sizes?.get(n.id) ?? estimateNodeSize(n, catalog);
    return { id: n.id, width: size.width, height: size.height, layoutOptions: { 'elk.partitioning.partition': String(ranks.get(n.id)!.rank) } };
  });
  const seen = new Set<string>();
  const edges: ElkGraphEdge[] = [];
  for (const l of design.links) {
    if (l.a.node === l.b.node || !ranks.has(l.a.node) || !ranks.has(l.b.node)) continue;
    const [s, t] = ranks.get(l.a.node)!.rank <= ranks.get(l.b.node)!.rank ? [l.a.node, l.b.node] : [l.b.node, l.a.node];
    // Parallel cables between the same two nodes pull the same way: one edge is enough.
    const key = `${s}>${t}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push({ id: l.id, sources: [s], targets: [t] });
  }
  return { id: 'root', layoutOptions: ELK_OPTIONS, children, edges };
}

const GRID = 10;
const snap = (v: number): number => Math.round(v / GRID) * GRID;

/** Positions from ELK's answer, snapped to the canvas grid and shifted so the old top-left corner stays put. */
export function positionsFromElk(result: { children?: Array<{ id: string; x?: number; y?: number }> }, design: Pick<Design, 'nodes'>): Positions {
  const out: Positions = new Map();
  const minX = Math.min(...design.nodes.map((n) => n.position.x));
  const minY = Math.min(...design.nodes.map((n) => n.position.y));
  for (const c of result.children ?? []) out.set(c.id, { x: snap((c.x ?? 0) + (Number.isFinite(minX) ? minX : 0)), y: snap((c.y ?? 0) + (Number.isFinite(minY) ? minY : 0)) });
  return out;
}
