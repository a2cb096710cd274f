import { MODEL_PARAMS } from '../catalog/params';
import { hostProfile } from '../catalog/vswitch';
import { servedBy, type AdapterPart, type FlowKind, type HostPathEntry, type IbTransport, type IovMode, type ServerPart, type StoragePart, type Transport, type VswitchChoice } from '../domain';

/** The mode an adapter really runs: the requested one if it supports it, else software (all do). */
export function effectiveMode(part: AdapterPart, requested: IovMode): IovMode {
  return part.iovModes.includes(requested) ? requested : 'software';
}

/**
 * Transport a flow of `kind` uses on this adapter in this (effective) mode. On Ethernet, RDMA is
 * RoCEv2: only today's hosts, only a VM that owns a virtual function (virtio has no RDMA), only
 * adapters that list it, and only for server-to-server traffic when the workload asks for RDMA.
 */
export function transportFor(part: AdapterPart, kind: FlowKind, mode: IovMode, ib: IbTransport, hostEra: 'seed' | 'modern' = 'seed'): Transport {
  if (part.protocol === 'ethernet') return roce(part, mode, hostEra) && kind === 'ipc' && ib === 'rdma' ? 'rdma' : 'tcp';
  if (part.protocol === 'fc') return 'fcp';
  if (kind === 'san') return 'srp';
  if (kind === 'ipc' && ib === 'rdma' && mode !== 'software') return 'rdma'; // RDMA is not exposed to VMs in software IOV
  return 'ipoib';
}

/**
 * Block-storage transports a VM can run on this adapter in this (effective) mode, best first. RDMA
 * ones need verbs in the VM as for server-to-server traffic (on Ethernet a pass-through VF of a
 * RoCE-capable NIC) and today's host software; TCP-based ones run everywhere the adapter does.
 */
export function sanTransportsOf(part: AdapterPart, mode: IovMode, hostEra: 'seed' | 'modern'): Transport[] {
  if (part.protocol === 'fc') return ['fcp'];
  if (part.protocol === 'infiniband') return hostEra === 'modern' && part.transports.includes('rdma') ? ['nvme-rdma', 'srp'] : ['srp'];
  return roce(part, mode, hostEra) ? ['nvme-rdma', 'nvme-tcp', 'iscsi', 'tcp'] : ['nvme-tcp', 'iscsi', 'tcp'];
}

/**
 * Transport of a VM's storage flow to `array`: the best one the adapter runs that the array serves.
 * Across a gateway (the array speaks another protocol) the gateway translates and the adapter uses
 * its protocol's block transport, as before. null: the two have none in common.
 */
export function sanTransport(part: AdapterPart, mode: IovMode, hostEra: 'seed' | 'modern', array: StoragePart | undefined): Transport | null {
  if (!array || array.protocol !== part.protocol) return transportFor(part, 'san', mode, 'ipoib', hostEra);
  const served = servedBy(array);
  return sanTransportsOf(part, mode, hostEra).find((t) => served.includes(t)) ?? null;
}

/** RoCEv2 is open to the VMs on this adapter: a pass-through VF of an RDMA-capable NIC on a current host. */
export const roce = (part: AdapterPart, mode: IovMode, hostEra: 'seed' | 'modern'): boolean =>
  part.protocol === 'ethernet' && mode === 'passthrough' && hostEra === 'modern' && part.transports.includes('rdma');

/** Transports that go through the network stack (virtual switch in software IOV, IPoIB stack otherwise). */
export const isNetTransport = (t: Transport): boolean => t === 'tcp' || t === 'ipoib' || t === 'nvme-tcp' || t === 'iscsi';

export function busCapGbps(part: AdapterPart, mode: IovMode): number {
  return part.hostPath.busGbps * MODEL_PARAMS.dmaRemapEfficiency[mode].value;
}

/**
 * The software virtual switch is CPU-bound: the cores it runs per uplink port × their clock ÷ the
 * GHz it spends per Gb/s (docs/model.md §5, §14). Which switch: the server's era, unless the
 * design pins one (`settings.vswitch`).
 */
export function vswitchCapGbps(server: ServerPart, choice?: VswitchChoice): number {
  const { vswitch } = hostProfile(server.era, choice);
  return (server.coreGhz * vswitch.coresPerPort.value) / vswitch.ghzPerGbps.value;
}

/** Cap of the network path through one adapter port, Gb/s, per direction (Infinity when none). */
export function netCapGbps(part: AdapterPart, mode: IovMode, server: ServerPart, choice?: VswitchChoice): { gbps: number; limitedBy: string } {
  if (part.protocol === 'fc') return { gbps: Infinity, limitedBy: '' };
  if (mode === 'software') {
    const { vswitch } = hostProfile(server.era, choice);
    return { gbps: vswitchCapGbps(server, choice), limitedBy: vswitch.id === 'seed-2007' ? 'hypervisor virtual switch (CPU)' : `hypervisor virtual switch (CPU), ${vswitch.name}` };
  }
  if (part.protocol === 'infiniband' && part.hostPath.ipoibGbps !== undefined) {
    return { gbps: part.hostPath.ipoibGbps, limitedBy: 'IPoIB stack in the VM' };
  }
  return { gbps: Infinity, limitedBy: '' };
}

const portGoodput = (part: AdapterPart): number => part.portDataGbps * MODEL_PARAMS.protocolEfficiency[part.protocol].value;

/**
 * docs/model.md §5: what the VMs of one server can push through one adapter port with one transport,
 * when the fabric is not the limit — the smallest of port, bus and host-path caps.
 */
export function hostPathCapability(part: AdapterPart, requested: IovMode, server: ServerPart, choice?: VswitchChoice): HostPathEntry[] {
  const mode = effectiveMode(part, requested);
  const out: HostPathEntry[] = [];
  for (const transport of part.transports) {
    if (transport === 'rdma' && mode === 'software') continue; // not exposed to VMs
    if (transport === 'rdma' && part.protocol === 'ethernet' && !roce(part, mode, hostProfile(server.era, choice).era)) continue;
    const caps: Array<{ gbps: number; limitedBy: string }> = [
      { gbps: portGoodput(part), limitedBy: 'port rate' },
      { gbps: busCapGbps(part, mode), limitedBy: mode === 'software' ? 'PCIe bus' : 'PCIe bus with DMA remapping' },
    ];
    if (isNetTransport(transport)) caps.push(netCapGbps(part, mode, server, choice));
    const best = caps.reduce((a, b) => (b.gbps < a.gbps ? b : a));
    out.push({ adapterPart: part.id, adapterName: part.name, transport, gbps: best.gbps, limitedBy: best.limitedBy });
  }
  return out;
}
