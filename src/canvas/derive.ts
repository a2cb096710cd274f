// Design document → React Flow nodes and edges. Each RF object is cached per design object
// identity (plus what else it shows), so dragging one node of 1,000 makes one new RF node and
// React Flow re-renders one node (xyflow performance guide; ARCHITECTURE.md pattern 7).
import type { Edge, Node } from '@xyflow/react';
import type { Catalog } from '../catalog';
import { nodePorts } from '../sim';
import type { Design, DesignLink, DesignNode, NodePart } from '../domain';
import type { CableFacts } from '../ui/cableText';

export type CanvasNodeType = NodePart['kind'] | 'missing';

export interface DesignNodeData extends Record<string, unknown> {
  node: DesignNode;
  /** Undefined when the design names a part its catalog does not have. */
  part: NodePart | undefined;
  catalog: Catalog;
}
export type DesignRfNode = Node<DesignNodeData, CanvasNodeType>;

export interface CableData extends CableFacts, Record<string, unknown> {}
export type CableRfEdge = Edge<CableData, 'cable'>;

export interface XY {
  x: number;
  y: number;
}

/** The nodes with some of them moved (a drag in progress); the others stay the same objects. */
export function withPositions(nodes: readonly DesignRfNode[], positions: ReadonlyMap<string, XY>): DesignRfNode[] {
  return nodes.map((n) => {
    const p = positions.get(n.id);
    return p ? { ...n, position: p } : n;
  });
}

export interface Measured {
  width: number;
  height: number;
}

function nodeTypeOf(part: NodePart | undefined): CanvasNodeType {
  return part ? part.kind : 'missing';
}

export function toRfNode(node: DesignNode, selected: boolean, measured: Measured | undefined, catalog: Catalog): DesignRfNode {
  const p = catalog.byId.get(node.partId);
  const part = p && p.kind !== 'adapter' && p.kind !== 'cable' ? p : undefined;
  return {
    id: node.id,
    type: nodeTypeOf(part),
    position: node.position,
    data: { node, part, catalog },
    selected,
    ariaLabel: node.label,
    ...(measured ? { measured } : {}),
  };
}

interface NodeEntry {
  rf: DesignRfNode;
  selected: boolean;
  measured: Measured | undefined;
  catalog: Catalog;
}

/** A stateful deriver: call it with the current inputs; unchanged nodes come back as the same objects. */
export function createNodeDeriver(): (nodes: readonly DesignNode[], selected: ReadonlySet<string>, measured: ReadonlyMap<string, Measured>, catalog: Catalog) => DesignRfNode[] {
  const cache = new WeakMap<DesignNode, NodeEntry>();
  let previous: DesignRfNode[] = [];
  return (nodes, selected, measured, catalog) => {
    let same = nodes.length === previous.length;
    const next = nodes.map((n, i) => {
      const sel = selected.has(n.id);
      const m = measured.get(n.id);
      const hit = cache.get(n);
      let rf: DesignRfNode;
      if (hit && hit.selected === sel && hit.measured === m && hit.catalog === catalog) rf = hit.rf;
      else {
        rf = toRfNode(n, sel, m, catalog);
        cache.set(n, { rf, selected: sel, measured: m, catalog });
      }
      if (same && previous[i] !== rf) same = false;
      return rf;
    });
    if (same) return previous;
    previous = next;
    return next;
  };
}

/** Protocol and rate of a cable from its two ends (the slower port sets the rate). */
export function cableData(link: DesignLink, a: DesignNode | undefined, b: DesignNode | undefined, design: Design, catalog: Catalog): CableData {
  const pa = a ? nodePorts(design, a, catalog).find((p) => p.handle === link.a.handle) : undefined;
  const pb = b ? nodePorts(design, b, catalog).find((p) => p.handle === link.b.handle) : undefined;
  const rates = [pa?.rateGbps, pb?.rateGbps].filter((r): r is number => r !== undefined);
  return {
    protocol: pa?.protocol ?? pb?.protocol ?? null,
    rateGbps: rates.length ? Math.min(...rates) : Number.NaN,
    lanes: link.lanes,
    mesh: link.mesh ?? false,
  };
}

interface EdgeEntry {
  rf: CableRfEdge;
  selected: boolean;
  a: DesignNode | undefined;
  b: DesignNode | undefined;
  catalog: Catalog;
}

export function toRfEdge(link: DesignLink, data: CableData, selected: boolean, a: DesignNode | undefined, b: DesignNode | undefined): CableRfEdge {
  return {
    id: link.id,
    type: 'cable',
    source: link.a.node,
    sourceHandle: link.a.handle,
    target: link.b.node,
    targetHandle: link.b.handle,
    data,
    selected,
    // Not "group" (React Flow's default): on this canvas a group is a node, and tests and screen
    // readers count nodes by that role. A cable is selected by click or Enter.
    ariaRole: 'button',
    ariaLabel: `Cable from ${a?.label ?? link.a.node} to ${b?.label ?? link.b.node}`,
  };
}

/**
 * Edges, cached per link; an edge is rebuilt when its link, its selection, the catalog or one of
 * its two end nodes changes (an end node's part or adapters set the cable's protocol and rate).
 */
export function createEdgeDeriver(): (design: Design, selected: ReadonlySet<string>, catalog: Catalog) => CableRfEdge[] {
  const cache = new WeakMap<DesignLink, EdgeEntry>();
  let previous: CableRfEdge[] = [];
  let byIdFor: readonly DesignNode[] | null = null;
  let byId = new Map<string, DesignNode>();
  return (design, selected, catalog) => {
    if (byIdFor !== design.nodes) {
      byId = new Map(design.nodes.map((n) => [n.id, n]));
      byIdFor = design.nodes;
    }
    let same = design.links.length === previous.length;
    const next = design.links.map((l, i) => {
      const sel = selected.has(l.id);
      const a = byId.get(l.a.node);
      const b = byId.get(l.b.node);
      const hit = cache.get(l);
      let rf: CableRfEdge;
      if (hit && hit.selected === sel && hit.catalog === catalog && hit.a === a && hit.b === b) rf = hit.rf;
      else if (hit && hit.selected === sel && hit.catalog === catalog && hit.a?.label === a?.label && hit.b?.label === b?.label && samePorts(hit.a, a) && samePorts(hit.b, b)) {
        // An end moved (drag): protocol, rate and label are unchanged, keep the edge object.
        rf = hit.rf;
        cache.set(l, { ...hit, a, b });
      } else {
        rf = toRfEdge(l, cableData(l, a, b, design, catalog), sel, a, b);
        cache.set(l, { rf, selected: sel, a, b, catalog });
      }
      if (same && previous[i] !== rf) same = false;
      return rf;
    });
    if (same) return previous;
    previous = next;
    return next;
  };
}

/** Same part and adapters: the node exposes the same ports (position and label do not matter). */
function samePorts(x: DesignNode | undefined, y: DesignNode | undefined): boolean {
  return x === y || (!!x && !!y && x.partId === y.partId && x.adapters === y.adapters);
}
