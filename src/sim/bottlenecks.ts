import type { Bottleneck, IovMode, LinkLoad } from '../domain';
import type { FlowSolution } from './solver';
import { AD_BUS_RX, AD_BUS_TX, type ConstraintLayout } from './constraints';
import { effectiveMode } from './hostPath';
import type { Topology } from './topology';

/**
 * Name each constraint by the design element it belongs to, and add up the flows it limits over
 * a group's members, so that "hypervisor virtual switch on Servers (×128)" is one line, not 128.
 */
export function describeConstraint(topo: Topology, layout: ConstraintLayout, c: number, mode: IovMode): Omit<Bottleneck, 'utilization' | 'flows'> {
  const { design } = topo;
  if (c < topo.edges.length * 2) {
    const e = topo.edges[c >> 1]!;
    if (e.link < 0) {
      const node = design.nodes[topo.vNode[e.u]!]!;
      return { resource: `gateway:${node.id}`, kind: 'gateway', nodeId: node.id, label: `Gateway throughput of "${node.label}"` };
    }
    const link = design.links[e.link]!;
    const a = design.nodes.find((n) => n.id === link.a.node)?.label ?? link.a.node;
    const b = design.nodes.find((n) => n.id === link.b.node)?.label ?? link.b.node;
    return { resource: `link:${link.id}`, kind: 'link', linkId: link.id, label: `Cable "${a}" ↔ "${b}"` };
  }
  if (c < layout.adapterBase) {
    const v = layout.vertexConstraint.indexOf(c);
    const node = design.nodes[topo.vNode[v]!]!;
    const part = topo.nodeParts[topo.vNode[v]!];
    return part?.kind === 'storage'
      ? { resource: `storage:${node.id}`, kind: 'storage', nodeId: node.id, label: `Storage back end of "${node.label}"` }
      : { resource: `backplane:${node.id}`, kind: 'backplane', nodeId: node.id, label: `Switching capacity of "${node.label}"` };
  }
  const ai = (c - layout.adapterBase) >> 2;
  const which = (c - layout.adapterBase) & 3;
  const ad = topo.adapters[ai]!;
  const node = design.nodes[ad.node]!;
  const adapterId = node.adapters?.[ad.slot]?.id ?? '';
  if (which === AD_BUS_TX || which === AD_BUS_RX) {
    return { resource: `bus:${node.id}:${adapterId}`, kind: 'bus', nodeId: node.id, label: `PCIe bus of ${ad.part.name} in "${node.label}"` };
  }
  const software = effectiveMode(ad.part, mode) === 'software';
  return {
    resource: `host:${node.id}:${adapterId}`,
    kind: 'host-path',
    nodeId: node.id,
    label: software ? `Hypervisor virtual switch on "${node.label}" (${ad.part.name})` : `IPoIB stack in the VMs of "${node.label}" (${ad.part.name})`,
  };
}

export function topBottlenecks(topo: Topology, layout: ConstraintLayout, sol: FlowSolution, mode: IovMode, limit = 8): Bottleneck[] {
  const frozen = new Uint32Array(layout.count);
  for (let f = 0; f < sol.bottleneck.length; f++) {
    const c = sol.bottleneck[f]!;
    if (c >= 0) frozen[c]!++;
  }
  const byResource = new Map<string, Bottleneck>();
  for (let c = 0; c < layout.count; c++) {
    if (frozen[c] === 0) continue;
    const d = describeConstraint(topo, layout, c, mode);
    const prev = byResource.get(d.resource);
    if (prev) {
      prev.flows += frozen[c]!;
      prev.utilization = Math.max(prev.utilization, sol.utilization[c]!);
    } else byResource.set(d.resource, { ...d, flows: frozen[c]!, utilization: sol.utilization[c]! });
  }
  return [...byResource.values()].sort((a, b) => b.flows - a.flows || b.utilization - a.utilization || a.resource.localeCompare(b.resource)).slice(0, limit);
}

/** Per design link, its busiest expanded cable and direction. */
export function linkLoads(topo: Topology, sol: FlowSolution): Record<string, LinkLoad> {
  const out: Record<string, LinkLoad> = {};
  topo.edges.forEach((e, i) => {
    if (e.link < 0) return;
    const id = topo.design.links[e.link]!.id;
    for (const c of [2 * i, 2 * i + 1]) {
      const u = sol.utilization[c]!;
      const prev = out[id];
      if (!prev || u > prev.utilization) out[id] = { utilization: u, loadGbps: sol.load[c]!, capacityGbps: e.capacityGbps };
    }
  });
  return out;
}
