// A node's port handles for the inspector's "Ports" section: what each is cabled to, and which
// other handles a new cable could go to (the keyboard way to cable; the canvas way is a drag).
import { DEFAULT_CATALOG, type Catalog } from '../../catalog';
import type { Design, DesignLink, DesignNode, PortRef } from '../../domain';
import { emptyDesign } from '../../scenarios';
import { checkConnection, nodePorts, type NodePort } from '../../sim';

/** The parts of a design that cabling depends on (the inspector memoizes on exactly these). */
export type Wiring = Pick<Design, 'nodes' | 'links'>;

/** A handle a new cable from the port could go to. */
export interface PortTarget {
  ref: PortRef;
  /** "IB switch 1 — InfiniBand ports", with " (rates differ)" when the link would run slower. */
  label: string;
  /** checkConnection's warning, as a sentence. */
  warning?: string;
}

/** A cable on the port. */
export interface PortCable {
  linkId: string;
  other: PortRef;
  /** "IB switch 1 · InfiniBand ports". */
  label: string;
}

export interface PortRow {
  port: NodePort;
  ref: PortRef;
  cables: PortCable[];
  /** Can it take another cable? An adapter port takes one; bus handles ('p', 'A', 'B') take any number. */
  open: boolean;
  /**
   * Compatible targets, in design order; empty when the port is not open. Computed on first read
   * (a node of a 1,000-node design has ~1,000 candidates per port: only the port being cabled pays).
   */
  readonly targets: PortTarget[];
  /** Is there at least one target? Stops at the first (cheap, for a picker's disabled state). */
  hasTarget(): boolean;
}

const isAdapterPort = (handle: string): boolean => handle.startsWith('a/');
const nodeName = (n: DesignNode): string => n.label || n.id;

// checkConnection takes a whole design but, given the catalog, reads only the two end nodes, the
// cables between them, and the cables on either end's handle when that is an adapter port (a bus
// handle takes any number). Handing it just those gives the same answer (the tests compare with
// the whole design) without rescanning the design for every candidate.
const SHELL: Design = emptyDesign('cabling check');

interface Index {
  catalog: Catalog;
  nodes: readonly DesignNode[];
  byId: Map<string, DesignNode>;
  /** A node's ports, computed when first asked for. */
  ports: { get(id: string): NodePort[] | undefined };
  linksOf: Map<string, DesignLink[]>;
}

function indexWiring(wiring: Wiring, catalog: Catalog): Index {
  const byId = new Map(wiring.nodes.map((n) => [n.id, n]));
  const cache = new Map<string, NodePort[]>();
  const ports = {
    get(id: string): NodePort[] | undefined {
      let p = cache.get(id);
      if (!p) {
        const n = byId.get(id);
        if (!n) return undefined;
        cache.set(id, (p = nodePorts(SHELL, n, catalog)));
      }
      return p;
    },
  };
  const linksOf = new Map<string, DesignLink[]>();
  const add = (nodeId: string, l: DesignLink): void => {
    const list = linksOf.get(nodeId);
    if (list) list.push(l);
    else linksOf.set(nodeId, [l]);
  };
  for (const l of wiring.links) {
    add(l.a.node, l);
    if (l.b.node !== l.a.node) add(l.b.node, l);
  }
  return { catalog, nodes: wiring.nodes, byId, ports, linksOf };
}

function targetsFrom(ix: Index, fromNode: DesignNode, from: NodePort, firstOnly = false): PortTarget[] {
  const fromRef: PortRef = { node: fromNode.id, handle: from.handle };
  const fromLinks = isAdapterPort(from.handle)
    ? (ix.linksOf.get(fromNode.id) ?? []).filter((l) => (l.a.node === fromNode.id && l.a.handle === from.handle) || (l.b.node === fromNode.id && l.b.handle === from.handle))
    : [];
  const out: PortTarget[] = [];
  for (const n of ix.nodes) {
    if (n.id === fromNode.id) continue;
    const candidates = (ix.ports.get(n.id) ?? []).filter((p) => p.protocol === from.protocol);
    if (candidates.length === 0) continue;
    const pair: Design = { ...SHELL, nodes: [fromNode, n], links: [...fromLinks, ...(ix.linksOf.get(n.id) ?? [])] };
    for (const p of candidates) {
      const ref: PortRef = { node: n.id, handle: p.handle };
      const check = checkConnection(pair, fromRef, ref, ix.catalog);
      if (!check.ok) continue;
      const note = check.warning ? (p.rateGbps !== from.rateGbps ? ' (rates differ)' : ` (${check.warning})`) : '';
      out.push(check.warning ? { ref, label: `${nodeName(n)} — ${p.label}${note}`, warning: check.warning } : { ref, label: `${nodeName(n)} — ${p.label}` });
      if (firstOnly) return out;
    }
  }
  return out;
}

function cablesOn(ix: Index, ref: PortRef): PortCable[] {
  const out: PortCable[] = [];
  for (const l of ix.linksOf.get(ref.node) ?? []) {
    const other = l.a.node === ref.node && l.a.handle === ref.handle ? l.b : l.b.node === ref.node && l.b.handle === ref.handle ? l.a : null;
    if (!other) continue;
    const node = ix.byId.get(other.node);
    const port = (ix.ports.get(other.node) ?? []).find((p) => p.handle === other.handle);
    out.push({ linkId: l.id, other, label: `${node ? nodeName(node) : other.node} · ${port?.label ?? 'missing port'}` });
  }
  return out;
}

/**
 * One row per port handle of the node: its cables and, if it can take another, where to. Pass the
 * design's catalog (its own parts and price list); the default catalog is used otherwise.
 */
export function portRows(wiring: Wiring, nodeId: string, catalog: Catalog = DEFAULT_CATALOG): PortRow[] {
  const node = wiring.nodes.find((n) => n.id === nodeId);
  if (!node) return [];
  const ix = indexWiring(wiring, catalog);
  return (ix.ports.get(node.id) ?? []).map((port) => {
    const ref: PortRef = { node: node.id, handle: port.handle };
    const cables = cablesOn(ix, ref);
    const open = !isAdapterPort(port.handle) || cables.length === 0;
    let targets: PortTarget[] | null = open ? null : [];
    let any: boolean | null = open ? null : false;
    return {
      port,
      ref,
      cables,
      open,
      get targets(): PortTarget[] {
        return (targets ??= targetsFrom(ix, node, port));
      },
      hasTarget(): boolean {
        if (targets) return targets.length > 0;
        return (any ??= targetsFrom(ix, node, port, true).length > 0);
      },
    };
  });
}

/** The handles a cable from `from` may go to: checkConnection(design, from, to).ok over every other node's handles. */
export function compatibleTargets(wiring: Wiring, from: PortRef, catalog: Catalog = DEFAULT_CATALOG): PortTarget[] {
  const node = wiring.nodes.find((n) => n.id === from.node);
  if (!node) return [];
  const ix = indexWiring(wiring, catalog);
  const port = ix.ports.get(node.id)?.find((p) => p.handle === from.handle);
  return port ? targetsFrom(ix, node, port) : [];
}
