// Where each node goes in a left-to-right diagram: servers, then switches by how far they are
// from the servers (leaves, spines or aggregation, cores, border leaves), then gateways, then the
// LAN and storage in the last column. The same ranks drive the core's placement (templates,
// wizard, `sim generate`) and the app's Tidy (elkjs partitions).
import type { Catalog } from '../catalog';
import type { Design, NodeKind } from '../domain';

export interface RankedNode {
  id: string;
  kind: NodeKind | 'missing';
  rank: number;
}

export function nodeRanks(design: Pick<Design, 'nodes' | 'links'>, catalog: Catalog): Map<string, RankedNode> {
  const kindOf = new Map<string, NodeKind | 'missing'>();
  for (const n of design.nodes) {
    const p = catalog.byId.get(n.partId);
    kindOf.set(n.id, p && p.kind !== 'adapter' && p.kind !== 'cable' ? p.kind : 'missing');
  }
  const neighbours = new Map<string, Set<string>>(design.nodes.map((n) => [n.id, new Set<string>()]));
  for (const l of design.links) {
    if (l.a.node === l.b.node) continue;
    neighbours.get(l.a.node)?.add(l.b.node);
    neighbours.get(l.b.node)?.add(l.a.node);
  }
  const rank = new Map<string, number>();
  // Switches: breadth-first from the servers, through switches only.
  let frontier: string[] = [];
  for (const n of design.nodes) {
    if (kindOf.get(n.id) === 'server') {
      rank.set(n.id, 0);
      frontier.push(n.id);
    }
  }
  for (let d = 1; frontier.length; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const m of neighbours.get(id) ?? []) {
        if (kindOf.get(m) !== 'switch' || rank.has(m)) continue;
        rank.set(m, d);
        next.push(m);
      }
    }
    frontier = next;
  }
  const switchRanks = [...rank.entries()].filter(([id]) => kindOf.get(id) === 'switch').map(([, r]) => r);
  // Switches no server reaches (a fabric drawn without servers yet): the first switch column.
  for (const n of design.nodes) if (kindOf.get(n.id) === 'switch' && !rank.has(n.id)) rank.set(n.id, 1);
  const maxSwitch = Math.max(1, ...switchRanks);
  for (const n of design.nodes) {
    if (kindOf.get(n.id) !== 'gateway' && kindOf.get(n.id) !== 'missing') continue;
    const near = [...(neighbours.get(n.id) ?? [])].map((m) => (kindOf.get(m) === 'switch' ? rank.get(m) : undefined)).filter((r): r is number => r !== undefined);
    rank.set(n.id, (near.length ? Math.max(...near) : maxSwitch) + 1);
  }
  const last = Math.max(maxSwitch + 1, ...[...rank.values()]) + 1;
  const hasGateways = design.nodes.some((n) => kindOf.get(n.id) === 'gateway');
  for (const n of design.nodes) {
    const k = kindOf.get(n.id);
    if (k === 'network' || k === 'storage') rank.set(n.id, hasGateways ? last : maxSwitch + 1);
  }
  const out = new Map<string, RankedNode>();
  // Compact: no empty columns.
  const used = [...new Set(rank.values())].sort((a, b) => a - b);
  const column = new Map(used.map((r, i) => [r, i]));
  for (const n of design.nodes) out.set(n.id, { id: n.id, kind: kindOf.get(n.id)!, rank: column.get(rank.get(n.id) ?? 0) ?? 0 });
  return out;
}
