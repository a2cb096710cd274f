import { MODEL_PARAMS } from '../catalog/params';
import { IOV_MODES, type AdapterPart, type DensityGroup, type IovMode, type ServerPart, type Transport } from '../domain';
import { TRANSPORTS, type ModeContext } from './modeContext';
import { hostTables, tableAt } from './hostTables';
import { sanTransport, transportFor } from './hostPath';
import { canCarry, type Routes } from './routes';
import type { Topology } from './topology';
import { demandGbps, KIND_NAMES, KIND_SAN, workloadOf } from './workloads';

const OFFLOAD = IOV_MODES.indexOf('offload');
const PASSTHROUGH = IOV_MODES.indexOf('passthrough');
const SOFTWARE = IOV_MODES.indexOf('software');

/**
 * docs/model.md §7: VMs per server that fit once each VM's application CPU and its I/O CPU are paid
 * from the CPU the hypervisor leaves, and its memory from the server's memory.
 *
 * I/O CPU is charged per flow, to the adapter routing put it on, at that adapter's effective mode
 * and the transport the flow uses there (a SAN flow on an InfiniBand HCA costs SRP's rate, not a
 * NIC's TCP rate): the group's total over its routed flows, at the workload's nominal demand,
 * divided by its VMs. A flow with no path costs nothing — it carries nothing. A group that plans
 * no VMs is charged as one VM would be, spread over the ports it could use, as teaming would.
 */
export function density(topo: Topology, routes: Routes, ctx: ModeContext): { vmsPerServer: number; groups: DensityGroup[]; vmsPlanned: number; vmsRunning: number } {
  const { design } = topo;
  const reserve = design.settings.hypervisorReserve;
  const ioTotal = new Float64Array(design.nodes.length);
  const tables = hostTables(topo);
  const ghz = tables.ioGhzPerGbps;
  const { blocked, src } = ctx.transports;
  const { flowSrcAdapter, flowDemand } = routes;
  const { adapterNode } = topo;
  const { profileOf } = tables;
  const { adapterMode } = ctx;
  for (let f = 0; f < routes.flowCount; f++) {
    if (blocked[f] === 1) continue; // no transport in common with its array: carries nothing
    const ad = flowSrcAdapter[f]!;
    ioTotal[adapterNode[ad]!]! += flowDemand[f]! * ghz[tableAt(profileOf[ad]!, adapterMode[ad]!, src[f]!)]!;
  }

  const groups: DensityGroup[] = [];
  design.nodes.forEach((node, ni) => {
    const part = topo.nodeParts[ni];
    if (part?.kind !== 'server') return;
    const w = workloadOf(design, ni);
    const first = topo.adapterBase[ni]!;
    const perMember = first >= 0 && first < topo.adapters.length && topo.adapters[first]!.node === ni ? topo.servers[topo.adapters[first]!.server]!.adapterCount : 0;
    const planned = node.vmsPerServer ?? 0;
    const io = planned > 0 ? ioTotal[ni]! / (planned * node.count) : unplannedIo(topo, ctx, ni, first, perMember);
    let passthrough = false;
    let vfFit = Infinity;
    let switchPorts = 0;
    let vfPart: DensityGroup['adapterLimit'];
    for (let k = 0; k < perMember; k++) {
      const m = ctx.adapterMode[first + k]!;
      const ad = topo.adapters[first + k]!;
      // A poll-mode switch reserves its cores per cabled uplink it serves (FC has no switch path).
      if (m === SOFTWARE && ad.part.protocol !== 'fc') for (let p = 0; p < ad.part.ports; p++) if (topo.vUsed[ad.firstPortVertex + p]! > 0) switchPorts++;
      // Pass-through gives each VM a virtual function; offload a virtio device (a VF or SF each).
      passthrough ||= m === PASSTHROUGH;
      const limit = m === PASSTHROUGH ? ad.part.maxVms : m === OFFLOAD ? (ad.part.offloadDevices ?? ad.part.maxVms) : undefined;
      if (limit !== undefined && limit < vfFit) {
        vfFit = limit;
        const field = m === OFFLOAD && ad.part.offloadDevices !== undefined ? 'offloadDevices' : 'maxVms';
        vfPart = { partName: ad.part.name, limit, what: m === OFFLOAD ? 'offloaded virtio devices' : 'virtual functions', source: ad.part.sources[field] ?? 'the part’s catalog entry' };
      }
    }
    const profile = first >= 0 && first < topo.adapters.length ? tables.profiles[tables.profileOf[first]!]! : null;
    const reservedGhz = profile ? switchPorts * profile.vswitch.reservedCoresPerPort.value * (part as ServerPart).coreGhz : 0;
    const ioPerVm = io + (passthrough ? MODEL_PARAMS.passthroughCorePerVm.value * (part as ServerPart).coreGhz : 0);
    const perVm = w.cpuGhz + ioPerVm;
    const cpuLeft = Math.max(0, part.cpuGhz * (1 - reserve) - reservedGhz);
    const cpuFit = perVm > 0 ? Math.floor(cpuLeft / perVm + 1e-9) : Infinity;
    const memFit = Math.floor((part.memoryGb * (1 - reserve)) / w.memoryGb + 1e-9);
    const fit = Math.min(cpuFit, memFit, vfFit, 1000);
    const limitedBy = fit === cpuFit ? 'cpu' : fit === memFit ? 'memory' : 'adapter-vms';
    groups.push({ nodeId: node.id, label: node.label, planned, fit, servers: node.count, limitedBy, cpuGhzPerVm: perVm, ioGhzPerVm: ioPerVm, ...(reservedGhz > 0 ? { vswitchReservedGhz: reservedGhz } : {}), ...(vfPart ? { adapterLimit: vfPart } : {}) });
  });
  const vmsPerServer = groups.length ? Math.min(...groups.map((g) => g.fit)) : 0;
  // A server runs the VMs it plans, or as many as fit if fewer: cost per VM counts only those.
  const vmsPlanned = groups.reduce((t, g) => t + g.planned * (g.servers ?? 1), 0);
  const vmsRunning = groups.reduce((t, g) => t + Math.min(g.planned, g.fit) * (g.servers ?? 1), 0);
  return { vmsPerServer, groups, vmsPlanned, vmsRunning };
}

/** I/O CPU of one hypothetical VM of a group that plans none: each kind over its cabled carriers. */
function unplannedIo(topo: Topology, ctx: ModeContext, ni: number, first: number, perMember: number): number {
  const w = workloadOf(topo.design, ni);
  let io = 0;
  for (let kind = 0; kind < 3; kind++) {
    const name = KIND_NAMES[kind]!;
    let ports = 0;
    let ghz = 0;
    const tables = hostTables(topo);
    for (let k = 0; k < perMember; k++) {
      const ad = topo.adapters[first + k]!;
      if (!canCarry(ad, name)) continue;
      const m = ctx.adapterMode[first + k]!;
      const era = tables.profiles[tables.profileOf[first + k]!]!.era;
      const t = TRANSPORTS.indexOf((kind === KIND_SAN ? unplannedSan(topo, ad.part, IOV_MODES[m]!, era) : null) ?? transportFor(ad.part, name, IOV_MODES[m]!, w.ibTransport, era));
      for (let p = 0; p < ad.part.ports; p++) {
        if (topo.vUsed[ad.firstPortVertex + p] === 0) continue;
        ports++;
        ghz += tables.ioGhzPerGbps[tableAt(tables.profileOf[first + k]!, m, t)]!;
      }
    }
    if (ports > 0) io += demandGbps(w, kind) * (ghz / ports);
  }
  return io;
}

/** With no flows to tell, the transport it would use to the design's first array of its protocol that shares one. */
function unplannedSan(topo: Topology, part: AdapterPart, mode: IovMode, era: 'seed' | 'modern'): Transport | null {
  for (const p of topo.nodeParts) {
    if (p?.kind !== 'storage' || p.protocol !== part.protocol) continue;
    const t = sanTransport(part, mode, era, p);
    if (t) return t;
  }
  return null;
}

export function isCabled(topo: Topology, firstPort: number, ports: number): boolean {
  for (let p = 0; p < ports; p++) if (topo.vUsed[firstPort + p]! > 0) return true;
  return false;
}
