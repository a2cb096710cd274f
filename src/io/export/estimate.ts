// Where the canvas would draw a node it never laid out (a virtualised node of a large design, or
// a design exported without a canvas, as the CLI and tests do): the box and port positions that
// canvas.css gives it, and cables routed as CableEdge routes them.
import type { Catalog } from '../../catalog';
import type { Design, DesignNode } from '../../domain';
import type { CableInk, CapturedCable, CapturedHandle, CapturedNode, DiagramCapture } from './capture';
import { adapterRowHeight, BAR_INSET, facingSides, firstPinY, HEAD, HEAD_TOP, META, NODE_WIDTH, PIN_H, PIN_W, pinX } from './layout';
const HEAD_AND_META = HEAD_TOP + HEAD + META;

/** `side`: the side the server's ports face (layout.ts facingSides). */
export function estimateNode(node: DesignNode, catalog: Catalog, side: 'left' | 'right' = 'right'): CapturedNode {
  const part = catalog.byId.get(node.partId);
  const { x, y } = node.position;
  const w = NODE_WIDTH;
  const handles: CapturedHandle[] = [];
  let height = HEAD_AND_META + 1;
  if (part?.kind === 'server') {
    const adapters = (node.adapters ?? []).flatMap((a) => {
      const p = catalog.byId.get(a.partId);
      return p?.kind === 'adapter' ? [{ id: a.id, ports: p.ports }] : [];
    });
    if (adapters.length === 0) height += 40;
    else {
      let top = y + HEAD_AND_META + 1;
      for (const a of adapters) {
        const h = adapterRowHeight(a.ports);
        const first = firstPinY(top, a.ports);
        for (let p = 0; p < a.ports; p++) handles.push({ id: `a/${a.id}/${p}`, x: pinX(x, w, side), y: first + p * (PIN_H + 3), width: PIN_W, height: PIN_H });
        top += h;
      }
      height = top - y;
    }
  } else if (part?.kind === 'gateway') {
    handles.push({ id: 'A', x: x + BAR_INSET, y: y + HEAD_AND_META, width: w - 2 * BAR_INSET, height: 24 }, { id: 'B', x: x + BAR_INSET, y: y + HEAD_AND_META + 30, width: w - 2 * BAR_INSET, height: 24 });
    height += 62;
  } else if (part && part.kind !== 'adapter' && part.kind !== 'cable') {
    handles.push({ id: 'p', x: x + BAR_INSET, y: y + HEAD_AND_META, width: w - 2 * BAR_INSET, height: 24 });
    height += 32;
  } else height = 62;
  return { id: node.id, x, y, width: w, height, measured: false, handles };
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const controlOffset = (distance: number): number => (distance >= 0 ? 0.5 * distance : 0.35 * 25 * Math.sqrt(-distance));

/**
 * A cable as the canvas draws it: each end leaves on the side facing the other node at its
 * port's height (stacked nodes: both on the right, a loop beside them), as a cubic Bézier.
 * The arithmetic is CableEdge's (React Flow's getBezierPath, curvature 0.35, and the canvas's
 * loop) term for term, so a headless export writes the very path data the app writes.
 */
export function cablePath(s: Box, sy: number, t: Box, ty: number): { d: string; labelX: number; labelY: number } {
  const gap = Math.max(t.x - (s.x + s.width), s.x - (t.x + t.width));
  const stacked = gap < 40;
  const sLeft = !stacked && t.x + t.width / 2 < s.x + s.width / 2;
  const tLeft = !stacked && !sLeft;
  const sx = sLeft ? s.x : s.x + s.width;
  const tx = tLeft ? t.x : t.x + t.width;
  if (stacked) {
    const edge = Math.max(sx, tx) + Math.max(48, Math.abs(ty - sy) * 0.35);
    return { d: `M${sx},${sy} C${edge},${sy} ${edge},${ty} ${tx},${ty}`, labelX: (sx + 3 * edge + 3 * edge + tx) / 8, labelY: (sy + 3 * sy + 3 * ty + ty) / 8 };
  }
  const c1 = sLeft ? sx - controlOffset(sx - tx) : sx + controlOffset(tx - sx);
  const c2 = tLeft ? tx - controlOffset(tx - sx) : tx + controlOffset(sx - tx);
  return {
    d: `M${sx},${sy} C${c1},${sy} ${c2},${ty} ${tx},${ty}`,
    labelX: sx * 0.125 + c1 * 0.375 + c2 * 0.375 + tx * 0.125,
    labelY: sy * 0.125 + sy * 0.375 + ty * 0.375 + ty * 0.125,
  };
}

const handleY = (n: CapturedNode, id: string): number => {
  const h = n.handles.find((x) => x.id === id);
  return h ? h.y + h.height / 2 : n.y + n.height / 2;
};

/** A capture of the whole design without a canvas: protocol-coloured cables, no loads. */
export function estimateCapture(design: Design, catalog: Catalog, protocolOf: (linkId: string) => CableInk, labelOf: (linkId: string, x: number, y: number, ends: readonly Box[]) => string): DiagramCapture {
  const sides = facingSides(design.nodes, design.links);
  const nodes = design.nodes.map((n) => estimateNode(n, catalog, sides.get(n.id)));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const cables: CapturedCable[] = [];
  for (const l of design.links) {
    const s = byId.get(l.a.node);
    const t = byId.get(l.b.node);
    if (!s || !t) continue;
    const p = cablePath(s, handleY(s, l.a.handle), t, handleY(t, l.b.handle));
    cables.push({ id: l.id, source: l.a.node, target: l.b.node, ...p, label: labelOf(l.id, p.labelX, p.labelY, [s, t]), ink: protocolOf(l.id), strokeWidth: 2 + Math.min(l.lanes - 1, 3) * 0.5, loaded: false });
  }
  return { nodes, cables, legend: { kind: 'protocol' }, selectionOnly: false };
}
