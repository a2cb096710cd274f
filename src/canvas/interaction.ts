// Pure rules behind canvas gestures: how React Flow's select changes map onto the store's
// selection, which handle a cable dropped on a node's body goes to, where a floating cable end
// attaches, and when a newly loaded design deserves a fitView.
import type { Catalog } from '../catalog';
import type { Design, DesignNode, PortRef } from '../domain';
import { checkConnection, nodePorts } from '../sim';
import type { Selection } from '../store';

/**
 * Applies React Flow select changes to one side (nodes or links) of the selection. Returns null
 * when nothing changes. An adapter selection survives only while its server stays the one
 * selected node.
 */
export function applySelect(current: Selection, side: 'nodes' | 'links', changes: ReadonlyArray<{ id: string; selected: boolean }>): Selection | null {
  if (changes.length === 0) return null;
  const ids = new Set(current[side]);
  let changed = false;
  for (const c of changes) {
    if (c.selected && !ids.has(c.id)) {
      ids.add(c.id);
      changed = true;
    } else if (!c.selected && ids.has(c.id)) {
      ids.delete(c.id);
      changed = true;
    }
  }
  if (!changed) return null;
  const next: Selection = { nodes: current.nodes, links: current.links, [side]: [...ids] };
  const a = current.adapter;
  if (a && next.nodes.length === 1 && next.nodes[0] === a.nodeId && next.links.length === 0) next.adapter = a;
  return next;
}

/**
 * A cable dropped on a node's body rather than on a handle: the handle it most likely means —
 * a free port of the same protocol that accepts the cable, else one of the same protocol (whose
 * refusal explains why), else the node's first handle (the refusal names the protocol clash).
 */
export function pickDropHandle(design: Design, from: PortRef, nodeId: string, catalog: Catalog): PortRef | null {
  const node = design.nodes.find((n) => n.id === nodeId);
  const fromNode = design.nodes.find((n) => n.id === from.node);
  if (!node || !fromNode) return null;
  const ports = nodePorts(design, node, catalog);
  if (ports.length === 0) return null;
  const protocol = nodePorts(design, fromNode, catalog).find((p) => p.handle === from.handle)?.protocol;
  const same = ports.filter((p) => p.protocol === protocol);
  const ok = same.find((p) => checkConnection(design, from, { node: nodeId, handle: p.handle }, catalog).ok);
  const pick = ok ?? same[0] ?? ports[0]!;
  return { node: nodeId, handle: pick.handle };
}

export type { Box } from '../layout';
export { floatingEnds } from '../layout';

/**
 * Is `next` a different design from `prev` (a template or file was opened), rather than an edit?
 * A new template id, or node sets with nothing in common; a first single part dropped on an
 * empty canvas is an edit (fitting the view to one node would zoom in on it).
 */
export function isOtherDesign(prev: Pick<Design, 'nodes' | 'templateId' | 'name'>, next: Pick<Design, 'nodes' | 'templateId' | 'name'>): boolean {
  if (prev === next || prev.nodes === next.nodes) return prev.templateId !== next.templateId;
  if (prev.templateId !== next.templateId) return true;
  if (next.nodes.length === 0) return false;
  if (prev.nodes.length === 0) return next.nodes.length > 1 && prev.name !== next.name;
  if (prev.nodes.length === next.nodes.length && prev.nodes.every((n, i) => n.id === next.nodes[i]!.id)) return false;
  const ids = new Set(prev.nodes.map((n) => n.id));
  return !next.nodes.some((n: DesignNode) => ids.has(n.id));
}
