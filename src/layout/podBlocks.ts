// A design of several groups (the sizing wizard's pods), laid out as blocks: each pod's servers, leaves and aggregation
// together (left to right by role, as the layered layout ranks them), the pods in a grid, and the
// shared tiers (spines, cores, border, services) to the right. The layered layout alone stacks
// every pod's leaves in one tall column per tier (18,000 px for 14 pods), where a pod's members
// end up far apart; as blocks, a pod collapsed to one box stands exactly where its members are.
import type { Catalog } from '../catalog';
import type { Design, DesignNode } from '../domain';
import { COLUMN_GAP, ROW_GAP } from './layered';
import { estimateNodeSize } from './nodeSize';

/** Switch stacks per column inside a block before a new column starts. */
const ROWS = 4;
/** Room between blocks (for the pod's label and cables). */
const BLOCK_GAP = 160;

interface Placed {
  id: string;
  x: number;
  y: number;
}

/** Nodes whose x differ by less than this are of one rank (ELK's layers are not always aligned to the pixel). */
const SAME_RANK = 100;

/** Members by rank, left to right: columns of nodes whose x are within SAME_RANK of the column's first. */
function ranksOf(members: readonly DesignNode[]): DesignNode[][] {
  const sorted = [...members].sort((a, b) => a.position.x - b.position.x || a.position.y - b.position.y);
  const columns: DesignNode[][] = [];
  for (const n of sorted) {
    const last = columns.at(-1);
    if (last && n.position.x - last[0]!.position.x < SAME_RANK) last.push(n);
    else columns.push([n]);
  }
  return columns.map((c) => c.sort((a, b) => a.position.y - b.position.y));
}

/** One pod's members placed from (0, 0): a column per rank, wrapped every ROWS nodes. */
function block(members: readonly DesignNode[], catalog: Catalog): { placed: Placed[]; width: number; height: number } {
  const placed: Placed[] = [];
  let x = 0;
  let height = 0;
  for (const column of ranksOf(members)) {
    for (let start = 0; start < column.length; start += ROWS) {
      let y = 0;
      let width = 0;
      for (const n of column.slice(start, start + ROWS)) {
        const s = estimateNodeSize(n, catalog);
        placed.push({ id: n.id, x, y });
        y += s.height + ROW_GAP;
        width = Math.max(width, s.width);
      }
      height = Math.max(height, y - ROW_GAP);
      x += width + COLUMN_GAP;
    }
  }
  return { placed, width: x - COLUMN_GAP, height };
}

/** A canvas's shape, about: the grid with the shared tiers beside it is made about this wide per unit of height. */
const ASPECT = 1;

/** The column count whose whole (grid and shared tiers) is closest to ASPECT. */
function gridColumns(pods: number, cellW: number, cellH: number, sharedW: number): number {
  let best = 1;
  let bestScore = Infinity;
  for (let c = 1; c <= pods; c++) {
    const score = Math.abs(Math.log((c * cellW + sharedW) / (Math.ceil(pods / c) * cellH) / ASPECT));
    if (score < bestScore) [best, bestScore] = [c, score];
  }
  return best;
}

export function withPodBlocks(design: Design, catalog: Catalog): Design {
  const groups = design.groups;
  if (!groups || groups.length < 2) return design;
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const blocks = groups.map((g) => block(g.members.flatMap((m) => byId.get(m) ?? []), catalog));
  const cellW = Math.max(...blocks.map((b) => b.width)) + BLOCK_GAP;
  const cellH = Math.max(...blocks.map((b) => b.height)) + BLOCK_GAP;
  const shared0 = design.nodes.filter((n) => !groups.some((g) => g.members.includes(n.id)));
  const sharedW = shared0.length ? Math.max(...shared0.map((n) => n.position.x + estimateNodeSize(n, catalog).width)) - Math.min(...shared0.map((n) => n.position.x)) + COLUMN_GAP : 0;
  const columns = gridColumns(groups.length, cellW, cellH, sharedW);
  const at = new Map<string, { x: number; y: number }>();
  blocks.forEach((b, i) => {
    const ox = (i % columns) * cellW;
    const oy = Math.floor(i / columns) * cellH;
    for (const p of b.placed) at.set(p.id, { x: ox + p.x, y: oy + p.y });
  });
  // The shared tiers keep their layered arrangement, moved right of the grid and centred on it.
  const shared = shared0;
  if (shared.length) {
    const minX = Math.min(...shared.map((n) => n.position.x));
    const minY = Math.min(...shared.map((n) => n.position.y));
    const maxY = Math.max(...shared.map((n) => n.position.y + estimateNodeSize(n, catalog).height));
    const gridH = Math.ceil(groups.length / columns) * cellH - BLOCK_GAP;
    const dx = columns * cellW + COLUMN_GAP - minX;
    const dy = Math.round((gridH - (maxY - minY)) / 2) - minY;
    for (const n of shared) at.set(n.id, { x: n.position.x + dx, y: n.position.y + dy });
  }
  return { ...design, nodes: design.nodes.map((n) => ({ ...n, position: at.get(n.id) ?? n.position })) };
}
