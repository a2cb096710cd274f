import { hostProfile } from '../catalog/vswitch';
import { IOV_MODES, servedBy, TRANSPORT_LABEL, type Finding, type SanTransportUse } from '../domain';
import { roce } from './hostPath';
import { transportCode, transportName, type ModeContext } from './modeContext';
import { KIND_SAN, type Routes } from './routes';
import type { Topology } from './topology';
import { workloadOf } from './workloads';

const PFC_ECN = 'which assumes a lossless Ethernet fabric — PFC (IEEE 802.1Qbb) and ECN configured on every switch on the way (NVIDIA RoCE deployment guides); without it, drops cut RDMA throughput far below these figures.';

/**
 * Which block transport each server group's storage flows use, per array they reach (docs/model.md
 * §14): one row per (server group, array, transport), so results, CLI and exports can name it.
 */
export function sanTransportUses(topo: Topology, routes: Routes, ctx: ModeContext): SanTransportUse[] {
  // Rows in order of their first flow, keyed by number (a string key per flow was most of the
  // cost); a server's flows are consecutive, so most flows count on the row before.
  const rows = new Map<number, SanTransportUse>();
  const nodeCount = topo.design.nodes.length;
  const { src, blocked } = ctx.transports;
  let lastKey = -1;
  let last: SanTransportUse | undefined;
  for (let f = 0; f < routes.flowCount; f++) {
    if (routes.flowKind[f] !== KIND_SAN || blocked[f] === 1) continue;
    const node = topo.adapterNode[routes.flowSrcAdapter[f]!]!;
    const storage = topo.vNode[routes.flowEnd[f]!]!;
    const key = (node * nodeCount + storage) * 256 + src[f]!;
    if (key !== lastKey) {
      lastKey = key;
      last = rows.get(key);
      if (!last) {
        last = { nodeId: topo.design.nodes[node]!.id, storageNodeId: topo.design.nodes[storage]!.id, transport: transportName(src[f]!), flows: 0 };
        rows.set(key, last);
      }
    }
    last!.flows++;
  }
  return [...rows.values()];
}

/**
 * An error per (server group, array) whose adapter and array share no block transport in this
 * mode, naming both parts and what each offers; those flows carry nothing.
 */
export function noSanTransportFindings(topo: Topology, ctx: ModeContext): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const m of ctx.transports.mismatches) {
    const key = `${m.node}|${m.storage}|${m.adapterPart}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const array = topo.nodeParts[m.storage];
    const ad = topo.adapters.find((a) => a.node === m.node && a.part.id === m.adapterPart)!;
    const served = array?.kind === 'storage' ? servedBy(array).map((t) => TRANSPORT_LABEL[t]).join(', ') : '—';
    const node = topo.design.nodes[m.node]!;
    out.push({
      code: 'no-san-transport',
      severity: 'error',
      nodeId: node.id,
      message: `"${node.label}": ${ad.part.name} and ${array?.name ?? 'the array'} ("${topo.design.nodes[m.storage]!.label}") share no storage transport in ${ctx.mode} mode — the array serves ${served}; NVMe/RDMA on Ethernet needs a pass-through virtual function of a RoCE-capable NIC on a current host. Its VMs' storage traffic to it carries nothing.`,
    });
  }
  return out;
}

/**
 * RoCEv2 assumes a lossless Ethernet fabric: said once per server group whose flows use it (its
 * server-to-server RDMA, its NVMe/RDMA storage), so a figure that holds only with PFC/ECN
 * configured never reads as unconditional.
 */
export function losslessFindings(topo: Topology, routes: Routes, ctx: ModeContext): Finding[] {
  const ipc = new Set<number>();
  topo.adapters.forEach((ad, i) => {
    if (ad.part.protocol !== 'ethernet' || ipc.has(ad.node)) return;
    const w = workloadOf(topo.design, ad.node);
    if (w.ibTransport !== 'rdma' || w.ipcMbps <= 0) return;
    if (roce(ad.part, IOV_MODES[ctx.adapterMode[i]!]!, hostProfile(topo.nodeParts[ad.node]?.era ?? 'seed', topo.design.settings.vswitch).era)) ipc.add(ad.node);
  });
  const san = new Set<number>();
  const NVME_RDMA = 'nvme-rdma';
  const nvmeRdma = transportCode(NVME_RDMA);
  const { blocked, src } = ctx.transports;
  for (let f = 0; f < routes.flowCount; f++) {
    if (routes.flowKind[f] !== KIND_SAN || blocked[f] === 1 || src[f] !== nvmeRdma) continue;
    const ad = topo.adapters[routes.flowSrcAdapter[f]!]!;
    if (ad.part.protocol === 'ethernet') san.add(ad.node);
  }
  return [...new Set([...ipc, ...san])].map((ni) => {
    const what = [ipc.has(ni) ? 'server-to-server traffic of VMs that ask for RDMA runs as RoCEv2' : '', san.has(ni) ? `storage traffic runs as ${TRANSPORT_LABEL[NVME_RDMA]} over RoCEv2` : ''].filter(Boolean).join(' and ');
    return { code: 'lossless-fabric' as const, severity: 'info' as const, nodeId: topo.design.nodes[ni]!.id, message: `"${topo.design.nodes[ni]!.label}": ${what}, ${PFC_ECN}` };
  });
}
