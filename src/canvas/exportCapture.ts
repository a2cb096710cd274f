// Hands exports what the canvas draws: each node's box and port handles as React Flow measured
// them, and each cable's route, colour, width and label computed by the same functions as
// CableEdge. Nodes the canvas never laid out (virtualised in a large design) get the box
// canvas.css would give them.
import { useStoreApi, type InternalNode } from '@xyflow/react';
import { useEffect } from 'react';
import type { Catalog } from '../catalog';
import type { DesignNode } from '../domain';
import type { CapturedCable, CapturedNode, DiagramCapture } from '../io/export/capture';
import { estimateNode } from '../io/export/estimate';
import { facingSides, PIN_W } from '../io/export/layout';
import { obstacleIndex } from '../layout';
import { appStore, type AppState } from '../store';
import { cableLook, cableRoute } from './cableLook';
import { catalogOf } from './catalogMemo';
import { cableData, type DesignRfNode } from './derive';
import { labelFits } from './format';
import { isStale, linkLoadOf } from './resultIndex';

type Capturer = (options: { selectionOnly: boolean }) => DiagramCapture;
let capturer: Capturer | null = null;

/** What the canvas shows now, or null when no canvas is mounted. */
export function captureDiagram(options: { selectionOnly: boolean }): DiagramCapture | null {
  return capturer ? capturer(options) : null;
}

/**
 * A pin as the detailed style draws it, whatever the zoom when React Flow measured it: the compact
 * style (zoom.css) narrows pins to 14 px on the card's edge, and an export always draws the
 * detailed card — the same file at any zoom, and the file the CLI writes.
 */
function detailedPin(b: { x: number; width: number }, nodeWidth: number): { x: number; width: number } {
  if (b.width === PIN_W) return b;
  return { x: b.x + b.width / 2 < nodeWidth / 2 ? b.x : b.x + b.width - PIN_W, width: PIN_W };
}

/**
 * Back on the layout grid: React Flow measures handles in screen pixels and divides by the zoom,
 * which leaves float noise (83.74997902603477 for 83.75) that would make a file depend on the zoom.
 * Chromium lays out in 1/64 px.
 */
const snap = (v: number): number => Math.round(v * 64) / 64;

function captureNode(node: DesignNode, internal: InternalNode<DesignRfNode> | undefined, catalog: Catalog, side: 'left' | 'right'): CapturedNode {
  const w = internal?.measured.width;
  const h = internal?.measured.height;
  if (!internal || !w || !h) return estimateNode(node, catalog, side);
  const { x, y } = internal.internals.positionAbsolute;
  const bounds = [...(internal.internals.handleBounds?.source ?? []), ...(internal.internals.handleBounds?.target ?? [])];
  return {
    id: node.id,
    x,
    y,
    width: w,
    height: h,
    measured: true,
    handles: bounds.flatMap((b) => {
      if (!b.id) return [];
      const across = b.id.startsWith('a/') ? detailedPin(b, w) : b;
      return [{ id: b.id, x: x + snap(across.x), y: y + snap(b.y), width: snap(across.width), height: snap(b.height) }];
    }),
  };
}

export function capture(state: AppState, lookup: ReadonlyMap<string, InternalNode<DesignRfNode>>, catalog: Catalog, selectionOnly: boolean): DiagramCapture {
  const { design, selection } = state;
  let nodes = design.nodes;
  let links = design.links;
  if (selectionOnly) {
    // The selected nodes, the cables between them, and selected cables with their two ends.
    const chosen = new Set(selection.nodes);
    const picked = new Set(selection.links);
    links = design.links.filter((l) => picked.has(l.id) || (chosen.has(l.a.node) && chosen.has(l.b.node)));
    const ids = new Set([...chosen, ...links.flatMap((l) => [l.a.node, l.b.node])]);
    nodes = design.nodes.filter((n) => ids.has(n.id));
  }
  const sides = facingSides(design.nodes, design.links);
  const captured = new Map(nodes.map((n) => [n.id, captureNode(n, lookup.get(n.id), catalog, sides.get(n.id) ?? 'right')]));
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const obstacles = obstacleIndex(captured.values());
  const cables: CapturedCable[] = [];
  for (const link of links) {
    const s = captured.get(link.a.node);
    const t = captured.get(link.b.node);
    if (!s || !t) continue;
    const hs = s.handles.find((h) => h.id === link.a.handle);
    const ht = t.handles.find((h) => h.id === link.b.handle);
    const sy = hs ? hs.y + hs.height / 2 : s.y + s.height / 2;
    const ty = ht ? ht.y + ht.height / 2 : t.y + t.height / 2;
    const route = cableRoute(s, s.x + s.width, sy, t, t.x, ty, obstacles);
    const data = cableData(link, byId.get(link.a.node), byId.get(link.b.node), design, catalog);
    const load = linkLoadOf(state, link.id);
    const look = cableLook(data, load);
    cables.push({
      id: link.id,
      source: link.a.node,
      target: link.b.node,
      d: route.path,
      labelX: route.labelX,
      labelY: route.labelY,
      label: labelFits(look.full, route.labelX, route.labelY, [s, t], false) ? look.full : look.short,
      ink: look.bucket !== null ? { util: look.bucket } : data.protocol ? { protocol: data.protocol } : { unknown: true },
      strokeWidth: look.width,
      loaded: load !== undefined,
    });
  }
  const hasLoads = state.sim.result !== null && design.links.length > 0;
  return {
    nodes: [...captured.values()],
    cables,
    legend: hasLoads ? { kind: 'load', mode: design.settings.mode, stale: isStale(state) } : { kind: 'protocol' },
    selectionOnly,
  };
}

/** Mounted by the canvas: registers the capturer for as long as the canvas lives. */
export function useExportCapture(): void {
  const rf = useStoreApi<DesignRfNode>();
  useEffect(() => {
    const mine: Capturer = ({ selectionOnly }) => {
      const state = appStore().getState();
      return capture(state, rf.getState().nodeLookup, catalogOf(state.design), selectionOnly);
    };
    capturer = mine;
    return () => {
      if (capturer === mine) capturer = null;
    };
  }, [rf]);
}
