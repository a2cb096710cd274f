import { FLOW_KIND_LABEL, PROTOCOL_LABEL, type FlowKind, type Protocol } from '../domain';
import { isCabled } from './density';
import { canCarry } from './routes';
import type { Topology } from './topology';

/** Why a server's VMs have no path for a flow kind, in words a user can act on. */
export function unreachableReason(topo: Topology, nodeIndex: number, kind: FlowKind): string {
  const { design } = topo;
  const node = design.nodes[nodeIndex]!;
  const name = `"${node.label}"`;
  const first = topo.adapterBase[nodeIndex]!;
  const ads = (node.adapters ?? []).map((_, k) => topo.adapters[first + k]).filter((a) => a !== undefined);
  const what = FLOW_KIND_LABEL[kind];
  if (ads.length === 0) return `${name} has no adapters.`;
  const carriers = ads.filter((a) => canCarry(a, kind));
  if (carriers.length === 0) {
    return kind === 'san' && ads.every((a) => !a.roles)
      ? `No adapter in ${name} can carry storage traffic (it needs an FC HBA or an InfiniBand HCA).`
      : `No adapter in ${name} is assigned to ${what} traffic.`;
  }
  const targetKinds = kind === 'lan' ? ['network'] : kind === 'san' ? ['storage'] : ['server'];
  const hasTarget = design.nodes.some((n, i) => {
    if (!targetKinds.includes(topo.nodeParts[i]?.kind ?? '')) return false;
    return kind !== 'ipc' || i !== nodeIndex || n.count > 1;
  });
  if (!hasTarget) return kind === 'lan' ? 'The design has no LAN network.' : kind === 'san' ? 'The design has no storage.' : 'There is no other server to talk to.';
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
  return `No path from ${name} to ${target} through the fabric (check the cables and gateways).`;
}
