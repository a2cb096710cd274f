// Where the canvas would draw a node it never laid out (a virtualised node of a large design, or
// a design exported without a canvas, as the CLI and tests do): the box and port positions that
// canvas.css gives it, and cables routed as CableEdge routes them (layout/cableRoute.ts).
import type { Catalog } from '../../catalog';
import type { Design, DesignNode } from '../../domain';
import { obstacleIndex, routeCable, type Box } from '../../layout';
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

const handleY = (n: CapturedNode, id: string): number => {
  const h = n.handles.find((x) => x.id === id);
  return h ? h.y + h.height / 2 : n.y + n.height / 2;
};

/** A capture of the whole design without a canvas: protocol-coloured cables, no loads. */
export function estimateCapture(design: Design, catalog: Catalog, protocolOf: (linkId: string) => CableInk, labelOf: (linkId: string, x: number, y: number, ends: readonly Box[]) => string): DiagramCapture {
  const sides = facingSides(design.nodes, design.links);
  const nodes = design.nodes.map((n) => estimateNode(n, catalog, sides.get(n.id)));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const obstacles = obstacleIndex(nodes);
  const cables: CapturedCable[] = [];
  for (const l of design.links) {
    const s = byId.get(l.a.node);
    const t = byId.get(l.b.node);
    if (!s || !t) continue;
    const r = routeCable(s, handleY(s, l.a.handle), t, handleY(t, l.b.handle), obstacles);
    const p = { d: r.path, labelX: r.labelX, labelY: r.labelY };
    cables.push({ id: l.id, source: l.a.node, target: l.b.node, ...p, label: labelOf(l.id, p.labelX, p.labelY, [s, t]), ink: protocolOf(l.id), strokeWidth: 2 + Math.min(l.lanes - 1, 3) * 0.5, loaded: false });
  }
  return { nodes, cables, legend: { kind: 'protocol' }, selectionOnly: false };
}
