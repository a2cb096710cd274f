import { MODEL_PARAMS } from '../catalog/params';
import type { DensityGroup, IovMode, ServerPart } from '../domain';
import { effectiveMode, transportFor } from './hostPath';
import { canCarry, demandGbps, KIND_NAMES, workloadOf } from './routes';
import type { Topology } from './topology';

/**
 * MODEL.md §7: VMs per server that fit once each VM's application CPU and its I/O CPU
 * (throughput × GHz per Gb/s for the mode and transport) are paid from the CPU the hypervisor
 * leaves, and its memory from the server's memory. Uses the workload's nominal demand.
 */
export function density(topo: Topology, mode: IovMode): { vmsPerServer: number; groups: DensityGroup[] } {
  const { design } = topo;
  const reserve = design.settings.hypervisorReserve;
  const groups: DensityGroup[] = [];
  design.nodes.forEach((node, ni) => {
    const part = topo.nodeParts[ni];
    if (part?.kind !== 'server') return;
    const w = workloadOf(design, ni);
    const first = topo.adapterBase[ni]!;
    const ads = (node.adapters ?? []).map((_, k) => topo.adapters[first + k]).filter((a) => a !== undefined);
    let io = 0;
    for (let kind = 0; kind < 3; kind++) {
      const name = KIND_NAMES[kind]!;
      // The adapter that carries this kind: the first one able to that has a cable.
      const ad = ads.find((a) => canCarry(a, name) && isCabled(topo, a.firstPortVertex, a.part.ports)) ?? ads.find((a) => canCarry(a, name));
      if (!ad) continue;
      const eff = effectiveMode(ad.part, mode);
      const t = transportFor(ad.part, name, eff, w.ibTransport);
      io += demandGbps(w, kind) * MODEL_PARAMS.ioGhzPerGbps[eff][t];
    }
    const passthrough = ads.filter((a) => effectiveMode(a.part, mode) === 'passthrough');
    if (passthrough.length > 0) io += MODEL_PARAMS.passthroughCorePerVm.value * (part as ServerPart).coreGhz;
    const perVm = w.cpuGhz + io;
    const cpuFit = perVm > 0 ? Math.floor((part.cpuGhz * (1 - reserve)) / perVm + 1e-9) : Infinity;
    const memFit = Math.floor((part.memoryGb * (1 - reserve)) / w.memoryGb + 1e-9);
    const vfFit = passthrough.reduce((m, a) => Math.min(m, a.part.maxVms ?? Infinity), Infinity);
    const fit = Math.min(cpuFit, memFit, vfFit, 1000);
    const limitedBy = fit === cpuFit ? 'cpu' : fit === memFit ? 'memory' : 'adapter-vms';
    groups.push({
      nodeId: node.id,
      label: node.label,
      planned: node.vmsPerServer ?? 0,
      fit,
      limitedBy,
      cpuGhzPerVm: perVm,
      ioGhzPerVm: io,
    });
  });
  const vmsPerServer = groups.length ? Math.min(...groups.map((g) => g.fit)) : 0;
  return { vmsPerServer, groups };
}

export function isCabled(topo: Topology, firstPort: number, ports: number): boolean {
  for (let p = 0; p < ports; p++) if (topo.vUsed[firstPort + p]! > 0) return true;
  return false;
}
