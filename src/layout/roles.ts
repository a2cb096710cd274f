// Where each node goes in a left-to-right diagram, in the direction traffic flows: servers, then
// switches by how far they are from the servers (leaves, spines or aggregation, cores, border
// leaves), then gateways, then switches behind a gateway (the Ethernet switch behind an
// IB↔Ethernet gateway) and the gateways after those, then the LAN and storage in the last column.
// So every cable runs from a lower column to a higher one, except between two switches at the same
// distance from the servers (an ISL between two leaves) and cables that close a loop back towards
// the servers (a switch cabled both to servers and behind a gateway): those cannot point forwards
// whatever the order. The same ranks drive the core's placement (templates, wizard, `sim
// generate`) and the app's Tidy (elkjs partitions).
import type { Catalog } from '../catalog';
import type { Design, NodeKind } from '../domain';

export interface RankedNode {
  id: string;
  kind: NodeKind | 'missing';
  rank: number;
}

type Kind = NodeKind | 'missing';
const isGatewayLike = (k: Kind | undefined): boolean => k === 'gateway' || k === 'missing';

/** Breadth-first from `frontier` through unranked switches: each is one column after the one that reached it. */
function rankSwitches(frontier: string[], neighbours: ReadonlyMap<string, ReadonlySet<string>>, kindOf: ReadonlyMap<string, Kind>, rank: Map<string, number>): void {
  while (frontier.length) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const m of neighbours.get(id) ?? []) {
        if (kindOf.get(m) !== 'switch' || rank.has(m)) continue;
        rank.set(m, rank.get(id)! + 1);
        next.push(m);
      }
    }
    frontier = next;
  }
}

export function nodeRanks(design: Pick<Design, 'nodes' | 'links'>, catalog: Catalog): Map<string, RankedNode> {
  const kindOf = new Map<string, Kind>();
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
  const servers = design.nodes.filter((n) => kindOf.get(n.id) === 'server').map((n) => n.id);
  for (const id of servers) rank.set(id, 0);
  rankSwitches(servers, neighbours, kindOf, rank);
  // Gateways one column after the furthest ranked switch they touch; the switches behind them
  // (not reached from the servers) after the gateway; and again for gateways behind those.
  const gateways = design.nodes.filter((n) => isGatewayLike(kindOf.get(n.id))).map((n) => n.id);
  for (let placed = true; placed; ) {
    placed = false;
    for (const g of gateways) {
      if (rank.has(g)) continue;
      const near = [...(neighbours.get(g) ?? [])].filter((m) => kindOf.get(m) === 'switch' && rank.has(m)).map((m) => rank.get(m)!);
      if (!near.length) continue;
      rank.set(g, Math.max(...near) + 1);
      rankSwitches([g], neighbours, kindOf, rank);
      placed = true;
    }
  }
  // Switches no server reaches (a fabric drawn without servers yet): the first switch column.
  const unreached = design.nodes.filter((n) => kindOf.get(n.id) === 'switch' && !rank.has(n.id)).map((n) => n.id);
  for (const id of unreached) rank.set(id, 1);
  const maxSwitch = Math.max(1, ...design.nodes.filter((n) => kindOf.get(n.id) === 'switch').map((n) => rank.get(n.id)!));
  for (const g of gateways) if (!rank.has(g)) rank.set(g, maxSwitch + 1);
  const last = Math.max(...rank.values(), 0) + 1;
  for (const n of design.nodes) if (!rank.has(n.id)) rank.set(n.id, last);
  const out = new Map<string, RankedNode>();
  // Compact: no empty columns.
  const used = [...new Set(rank.values())].sort((a, b) => a - b);
  const column = new Map(used.map((r, i) => [r, i]));
  for (const n of design.nodes) out.set(n.id, { id: n.id, kind: kindOf.get(n.id)!, rank: column.get(rank.get(n.id)!)! });
  return out;
}
