import type { Bottleneck, IovMode, LinkLoad } from '../domain';
import type { FlowSolution } from './solver';
import type { ConstraintLayout } from './constraints';
import { effectiveMode } from './hostPath';
import type { Topology } from './topology';
import { adapterName, locateBusiest, type Located } from './bottleneckWhere';

/**
 * Name each limiting resource by the design element it belongs to, and add up the flows it
 * limits over a group's members, so that "hypervisor virtual switch on Servers (×128)" is one
 * line, not 128. Aggregates in one pass over the constraints by a numeric key, then names only
 * the distinct resources.
 */
const LINK = 0, GATEWAY = 1, VERTEX = 2, BUS = 3, HOST = 4;
const key = (category: number, id: number): number => category * 2 ** 32 + id;

interface Tally {
  category: number;
  id: number;
  flows: number;
  utilization: number;
}

function describe(topo: Topology, t: Tally, mode: IovMode): Omit<Bottleneck, 'utilization' | 'flows'> {
  const { design } = topo;
  switch (t.category) {
    case LINK: {
      const link = design.links[t.id]!;
      const label = (id: string): string => {
        const i = topo.nodeIndex.get(id);
        return i === undefined ? id : design.nodes[i]!.label;
      };
      // Two links between the same two nodes (four NICs to one switch stack) differ by their ends.
      const end = (ref: { node: string; handle: string }): string => {
        const ni = topo.nodeIndex.get(ref.node);
        const m = /^a\/(.+)\/(\d+)$/.exec(ref.handle);
        const slot = m && ni !== undefined ? (design.nodes[ni]!.adapters ?? []).findIndex((a) => a.id === m[1]) : -1;
        if (slot >= 0) return `"${label(ref.node)}" · ${adapterName(design, topo, ni!, slot)} port ${Number(m![2]) + 1}`;
        return ref.handle === 'A' || ref.handle === 'B' ? `"${label(ref.node)}" side ${ref.handle}` : `"${label(ref.node)}"`;
      };
      return { resource: `link:${link.id}`, kind: 'link', linkId: link.id, label: `Cable ${end(link.a)} ↔ ${end(link.b)}` };
    }
    case GATEWAY: {
      const node = design.nodes[t.id]!;
      return { resource: `gateway:${node.id}`, kind: 'gateway', nodeId: node.id, label: `Gateway throughput of "${node.label}"` };
    }
    case VERTEX: {
      const node = design.nodes[t.id]!;
      return topo.nodeParts[t.id]?.kind === 'storage'
        ? { resource: `storage:${node.id}`, kind: 'storage', nodeId: node.id, label: `Storage back end of "${node.label}"` }
        : { resource: `backplane:${node.id}`, kind: 'backplane', nodeId: node.id, label: `Switching capacity of "${node.label}"` };
    }
    default: {
      const ni = Math.floor(t.id / 64);
      const slot = t.id % 64;
      const node = design.nodes[ni]!;
      const adapter = node.adapters?.[slot];
      const base = topo.adapterBase[ni]!;
      const first = topo.adapters[base];
      let part: (typeof topo.adapters)[number]['part'] | undefined;
      for (let i = base; first && i < base + topo.servers[first.server]!.adapterCount; i++) if (topo.adapters[i]!.slot === slot) part = topo.adapters[i]!.part;
      const name = part ? adapterName(design, topo, ni, slot) : (adapter?.partId ?? 'adapter');
      if (t.category === BUS) return { resource: `bus:${node.id}:${adapter?.id ?? ''}`, kind: 'bus', nodeId: node.id, label: `PCIe bus of ${name} in "${node.label}"` };
      const software = !part || effectiveMode(part, mode) === 'software';
      return {
        resource: `host:${node.id}:${adapter?.id ?? ''}`,
        kind: 'host-path',
        nodeId: node.id,
        label: software ? `Hypervisor virtual switch on "${node.label}" (${name})` : `IPoIB stack in the VMs of "${node.label}" (${name})`,
      };
    }
  }
}

function located(t: Tally): Located {
  switch (t.category) {
    case LINK:
      return { kind: 'link', link: t.id };
    case GATEWAY:
      return { kind: 'gateway', node: t.id };
    case VERTEX:
      return { kind: 'vertex', node: t.id };
    default:
      return { kind: t.category === BUS ? 'bus' : 'host', node: Math.floor(t.id / 64), slot: t.id % 64 };
  }
}

export function topBottlenecks(topo: Topology, layout: ConstraintLayout, sol: FlowSolution, mode: IovMode, limit = 8): Bottleneck[] {
  const frozen = new Uint32Array(layout.count);
  for (let f = 0; f < sol.bottleneck.length; f++) {
    const c = sol.bottleneck[f]!;
    if (c >= 0) frozen[c]!++;
  }
  const tallies = new Map<number, Tally>();
  const add = (c: number, category: number, id: number): void => {
    if (frozen[c] === 0) return;
    const k = key(category, id);
    const t = tallies.get(k);
    if (t) {
      t.flows += frozen[c]!;
      if (sol.utilization[c]! > t.utilization) t.utilization = sol.utilization[c]!;
    } else tallies.set(k, { category, id, flows: frozen[c]!, utilization: sol.utilization[c]! });
  };
  for (let e = 0; e < topo.edgeCount; e++) {
    const li = topo.edgeLink[e]!;
    const [category, id] = li < 0 ? [GATEWAY, topo.vNode[topo.edgeU[e]!]!] : [LINK, li];
    add(2 * e, category, id);
    add(2 * e + 1, category, id);
  }
  layout.constraintVertex.forEach((v, i) => add(2 * topo.edgeCount + i, VERTEX, topo.vNode[v]!));
  topo.adapters.forEach((ad, i) => {
    const id = ad.node * 64 + ad.slot;
    add(layout.adapterBase + 2 * i, BUS, id);
    add(layout.adapterBase + 2 * i + 1, BUS, id);
    for (let p = 0; p < 2 * ad.part.ports; p++) add(layout.portBase + 2 * ad.firstPort + p, HOST, id);
  });
  // Nothing froze at a shared resource (a design within its capacities): nothing to name. Also
  // spares V8 (Node 20) the empty chain below, whose sort deoptimized on every such call.
  if (tallies.size === 0) return [];
  return [...tallies.values()]
    .map((t) => ({ t, row: { ...describe(topo, t, mode), flows: t.flows, utilization: t.utilization } }))
    .sort((a, b) => b.row.flows - a.row.flows || b.row.utilization - a.row.utilization || a.row.resource.localeCompare(b.row.resource))
    .slice(0, limit)
    .map(({ t, row }) => ({ ...row, ...locateBusiest(topo, layout, sol, located(t)) }));
}

/** Per design link, its busiest expanded cable and direction. */
export function linkLoads(topo: Topology, sol: FlowSolution): Record<string, LinkLoad> {
  const out: Record<string, LinkLoad> = {};
  topo.design.links.forEach((link, li) => {
    let best = -1;
    for (let e = topo.linkEdgeStart[li]!; e < topo.linkEdgeStart[li + 1]!; e++) {
      if (best < 0 || sol.utilization[2 * e]! > sol.utilization[best]!) best = 2 * e;
      if (sol.utilization[2 * e + 1]! > sol.utilization[best]!) best = 2 * e + 1;
    }
    if (best >= 0) out[link.id] = { utilization: sol.utilization[best]!, loadGbps: sol.load[best]!, capacityGbps: topo.edgeCapacityGbps[best >> 1]! };
  });
  return out;
}
