import { FLOW_KIND_LABEL, PROTOCOL_LABEL, type FlowKind, type Protocol } from '../domain';
import { isCabled } from './density';
import { canCarry } from './routes';
import { memberAdapters, type AdapterInst, type Topology } from './topology';

/** A kind's name inside a sentence ("server-to-server", not "Server-to-server"). */
const inSentence = (kind: FlowKind): string => (kind === 'ipc' ? FLOW_KIND_LABEL.ipc.toLowerCase() : FLOW_KIND_LABEL[kind]);
const roleList = (a: AdapterInst): string => (a.roles ?? []).map(inSentence).join(' and ');

/** Why a server's VMs have no path for a flow kind, in words a user can act on: the first cause found. */
export function unreachableReason(topo: Topology, nodeIndex: number, kind: FlowKind): string {
  const { design } = topo;
  const node = design.nodes[nodeIndex]!;
  const name = `"${node.label}"`;
  const ads = memberAdapters(topo, nodeIndex);
  const what = inSentence(kind);
  if (ads.length === 0) return `${name} has no adapters.`;
  const carriers = ads.filter((a) => canCarry(a, kind));
  if (carriers.length === 0) {
    // Two causes can rule an adapter out: Fibre Channel carries storage only, and roles.
    const byProtocol = ads.filter((a) => a.part.protocol === 'fc' && kind !== 'san');
    const byRole = ads.filter((a) => !byProtocol.includes(a));
    const fcOnly = `Fibre Channel carries storage traffic only`;
    const roles = byRole.map((a) => `${a.part.name} is assigned to ${roleList(a)} only`);
    if (byRole.length === 0) return `${name} has only Fibre Channel adapters, and ${fcOnly}: add an Ethernet NIC or an InfiniBand HCA for ${what} traffic.`;
    return `No adapter in ${name} carries ${what} traffic: ${[...roles, ...(byProtocol.length ? [fcOnly] : [])].join('; ')}.`;
  }
  const targetKinds = kind === 'lan' ? ['network'] : kind === 'san' ? ['storage'] : ['server'];
  const hasTarget = design.nodes.some((n, i) => {
    if (!targetKinds.includes(topo.nodeParts[i]?.kind ?? '')) return false;
    return kind !== 'ipc' || i !== nodeIndex || n.count > 1;
  });
  if (!hasTarget) return kind === 'lan' ? 'The design has no LAN network.' : kind === 'san' ? 'The design has no storage.' : 'There is no other server to talk to.';
  if (cutByFailure(topo, nodeIndex, kind)) return `The ${what} adapters of ${node.count > 1 ? 'some of ' : ''}${name} are cut off by the failed parts (what-if).`;
  if (!carriers.some((a) => isCabled(topo, a.firstPortVertex, a.part.ports))) return `The ${what} adapters of ${name} are not cabled.`;
  if (kind !== 'ipc') {
    const from = new Set<Protocol>(carriers.map((a) => a.part.protocol));
    const to = new Set<Protocol>();
    design.nodes.forEach((_, i) => {
      const p = topo.nodeParts[i];
      if (p && (p.kind === 'network' || p.kind === 'storage') && targetKinds.includes(p.kind)) to.add(p.protocol);
    });
    const direct = [...from].some((p) => to.has(p));
    if (!direct) {
      const bridged = [...from].some((f) =>
        [...to].some((t) =>
          topo.nodeParts.some((p) => p?.kind === 'gateway' && new Set([p.sideA.protocol, p.sideB.protocol]).has(f) && new Set([p.sideA.protocol, p.sideB.protocol]).has(t)),
        ),
      );
      const fromLabel = [...from].map((p) => PROTOCOL_LABEL[p]).join('/');
      const toLabel = [...to].map((p) => PROTOCOL_LABEL[p]).join('/');
      if (!bridged) return `No gateway from ${fromLabel} to ${toLabel}: ${name} cannot reach the ${kind === 'lan' ? 'LAN' : 'storage'}.`;
    }
  }
  const target = kind === 'lan' ? 'a LAN network' : kind === 'san' ? 'a storage array' : 'the next server';
  return `No path from ${name} to ${target} through the fabric (check the cables and gateways${topo.cut ? ', and the failed parts' : ''}).`;
}

/**
 * VMs without a path because the design's own what-if failures cut their server's adapters off
 * (the reason above says so): an outcome of the analysis, not a fault of the design as drawn.
 */
export const cutByFailure = (topo: Topology, nodeIndex: number, kind: FlowKind): boolean => !!topo.cut && cutOff(topo, nodeIndex, kind);

/** With failures applied: has some member of this server node lost every cable of its adapters for this kind? */
function cutOff(topo: Topology, nodeIndex: number, kind: FlowKind): boolean {
  const base = topo.adapterBase[nodeIndex]!;
  if (base < 0 || !topo.cut) return false;
  let server = -1;
  let live = false;
  let cut = false;
  const settle = (): boolean => cut && !live;
  for (let ai = base; ai < topo.adapters.length && topo.adapters[ai]!.node === nodeIndex; ai++) {
    const a = topo.adapters[ai]!;
    if (a.server !== server) {
      if (settle()) return true;
      server = a.server;
      live = cut = false;
    }
    if (!canCarry(a, kind)) continue;
    for (let p = 0; p < a.part.ports; p++) {
      if (topo.vUsed[a.firstPortVertex + p]! > 0) live = true;
      else if (topo.cut[a.firstPortVertex + p]) cut = true;
    }
  }
  return settle();
}
