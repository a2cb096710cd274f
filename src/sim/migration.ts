import { MIGRATION_NOTES, type Catalog } from '../catalog';
import { adapterHandle, MODE_SHORT, type Design, type IovMode, type ModeResult } from '../domain';
import { hostProfile } from '../catalog/vswitch';
import { effectiveMode, hostPathCapability, transportFor } from './hostPath';

/**
 * VM migration time per mode (docs/failures.md, "Migration"): a VM's memory ÷ the bandwidth its
 * server has left for a migration stream on the server-to-server path. That path's capability is
 * the host path of the best server-to-server port in the mode (virtual switch, IPoIB stack, bus,
 * port: docs/model.md §5); the VMs' own server-to-server traffic on that port is subtracted, and a
 * migration stream gets at least a fair share beside them (the per-VM median).
 */
export interface MigrationEstimate {
  mode: IovMode;
  nodeId: string;
  label: string;
  memoryGb: number;
  /** Gb/s available to the migration; 0 when the server has no server-to-server path. */
  gbps: number;
  /** Seconds for one pass over the VM's memory; null without a path. */
  seconds: number | null;
  /** "IPoIB through the virtual switch" and the like. */
  path: string;
  live: boolean;
  /** The server's adapters cannot run the mode: the estimate and the caveat are software IOV's. */
  fallback: boolean;
  caveat: string;
}

export function migrationEstimates(design: Design, catalog: Catalog, m: ModeResult): MigrationEstimate[] {
  const cabled = new Set(design.links.flatMap((l) => [`${l.a.node}|${l.a.handle}`, `${l.b.node}|${l.b.handle}`]));
  const note = MIGRATION_NOTES[m.mode];
  const out: MigrationEstimate[] = [];
  for (const node of design.nodes) {
    const server = catalog.byId.get(node.partId);
    const vms = node.vmsPerServer ?? 0;
    if (server?.kind !== 'server' || vms === 0) continue;
    const w = design.workloads.find((x) => x.id === node.workloadId) ?? design.workloads[0]!;
    let best = { gbps: 0, path: 'no server-to-server path', ports: 0, mode: m.mode as IovMode };
    let ports = 0;
    for (const a of node.adapters ?? []) {
      const part = catalog.byId.get(a.partId);
      if (part?.kind !== 'adapter' || part.protocol === 'fc' || (a.roles && !a.roles.includes('ipc'))) continue;
      const eff = effectiveMode(part, m.mode);
      const transport = transportFor(part, 'ipc', eff, w.ibTransport, hostProfile(server.era, design.settings.vswitch).era);
      const entry = hostPathCapability(part, m.mode, server, design.settings.vswitch).find((e) => e.transport === transport);
      const used = Array.from({ length: part.ports }, (_, p) => cabled.has(`${node.id}|${adapterHandle(a.id, p)}`)).filter(Boolean).length;
      ports += used;
      if (entry && used > 0 && entry.gbps > best.gbps) best = { gbps: entry.gbps, path: `${transport === 'rdma' ? 'RDMA' : transport === 'ipoib' ? 'IPoIB' : 'TCP'} on ${part.name}, limited by ${entry.limitedBy}`, ports: used, mode: eff };
    }
    const perVm = m.vm.ipcGbps.n > 0 ? m.vm.ipcGbps.median : 0;
    const load = ports > 0 ? (vms * perVm) / ports : 0;
    const gbps = best.gbps > 0 ? Math.max(best.gbps - load, perVm, 0) : 0;
    const liveNote = MIGRATION_NOTES[best.mode];
    out.push({
      mode: m.mode,
      nodeId: node.id,
      label: node.label,
      memoryGb: w.memoryGb,
      gbps,
      seconds: gbps > 0 ? (w.memoryGb * 8) / gbps : null,
      path: best.mode !== m.mode ? `${best.path} (falls back to ${MODE_SHORT[best.mode]})` : best.path,
      live: liveNote.liveInSeedEra,
      fallback: best.mode !== m.mode,
      caveat: (best.mode !== m.mode ? liveNote : note).caveat,
    });
  }
  return out;
}
