import type { IovMode, Protocol, Transport } from '../domain';
import { STORAGE_STACKS, type StorageTransport } from './storageTransports';

/**
 * Model parameters that are not properties of one part. Each value carries its source; the
 * ones marked "calibrated" were chosen, within the published range, so that the seed's own
 * scenarios reproduce the seed's tables (docs/model.md §10).
 */
export interface Sourced<T> {
  value: T;
  source: string;
}

const s = <T>(value: T, source: string): Sourced<T> => ({ value, source });

/**
 * CPU per Gb/s of today's storage transports at a host whose TCP path (guest stack, plus the
 * virtual switch in software IOV) costs `tcp` and whose guest TCP stack alone costs `guestTcp`;
 * NVMe/RDMA in software IOV is the hypervisor's initiator behind a virtual disk, as SRP's `rdmaSoftware`.
 */
export function storageGhz(tcp: number, rdmaSoftware?: number, guestTcp = 1.0): Record<StorageTransport, number> {
  return {
    'nvme-tcp': tcp + STORAGE_STACKS['nvme-tcp'].cpu.value * guestTcp,
    iscsi: tcp + STORAGE_STACKS.iscsi.cpu.value * guestTcp,
    'nvme-rdma': rdmaSoftware ?? STORAGE_STACKS['nvme-rdma'].cpu.value,
  };
}

/** See `softwareNetGhzPerGbps`: shared by the virtual switch's cap and the density charge. */
const SOFTWARE_NET_GHZ_PER_GBPS = 0.8;

export const MODEL_PARAMS = {
  /** Payload efficiency of a link's frames: what TCP/FCP/IB transports deliver of the data rate. */
  protocolEfficiency: {
    ethernet: s(1448 / 1538, 'TCP goodput at 1500 MTU: 1448 payload bytes per 1538 bytes on the wire'),
    fc: s(1, 'FC port rates are quoted as payload MB/s (FCIA): 2G = 200 MB/s'),
    infiniband: s(2048 / 2082, 'IB 2048-byte MTU with LRH+BTH+ICRC+VCRC headers (IBTA spec)'),
  } satisfies Record<Protocol, Sourced<number>>,

  /**
   * CPU the software network path (legacy virtual NIC + the hypervisor's virtual switch) spends
   * per Gb/s. One parameter for two uses (docs/model.md §5, §7): it caps the virtual switch (one core
   * per uplink ÷ this) and it charges each VM's LAN and server-to-server traffic in software IOV
   * against the server's CPU (density).
   */
  softwareNetGhzPerGbps: s(
    SOFTWARE_NET_GHZ_PER_GBPS,
    'calibrated to whitepaper Table 1 (IPoIB through the virtual switch = 3–4 × GigE on a 2.66 GHz core); within the ≈ 1 GHz per Gb/s TCP rule of thumb (Foong et al., ISPASS’03), a little under it because the virtual switch bridges large frames',
  ),
  /** Cores the seed-era hypervisor gives one virtual-switch uplink. */
  vswitchCores: s(1, 'ESX 3.5 / Xen 3 netback: one thread per virtual NIC path (VMware ESX 3.5 U1 10GbE paper)'),

  /** Share of the bus left after DMA remapping by the VMM (native) or the adapter/chipset (pass-through). */
  dmaRemapEfficiency: {
    software: s(1, 'software IOV: the VMM itself drives the adapter natively'),
    native: s(0.95, 'VMM-bypass InfiniBand near-native (Liu, Huang, Abali, Panda, USENIX ATC’06); calibrated to whitepaper Table 2 (“up to twelve GigE”)'),
    passthrough: s(0.99, 'DMA remapping in the adapter (whitepaper, pass-through section); SR-IOV line rate (Dong et al., HPCA’10)'),
    offload: s(0.99, 'vDPA: the adapter reads the virtio rings over a virtual or scalable function, DMA remapped as SR-IOV’s (Linux vDPA framework; DPDK vdpa sample guide)'),
  } satisfies Record<IovMode, Sourced<number>>,

  /** Server CPU per Gb/s of VM traffic, by mode and transport (docs/model.md §7). */
  ioGhzPerGbps: {
    software: { tcp: SOFTWARE_NET_GHZ_PER_GBPS, fcp: 0.5, ipoib: SOFTWARE_NET_GHZ_PER_GBPS, rdma: SOFTWARE_NET_GHZ_PER_GBPS, srp: 0.5, ...storageGhz(SOFTWARE_NET_GHZ_PER_GBPS, 0.5) },
    native: { tcp: 1.0, fcp: 0.5, ipoib: 0.4, rdma: 0.02, srp: 0.05, ...storageGhz(1.0) },
    passthrough: { tcp: 1.0, fcp: 0.5, ipoib: 0.35, rdma: 0.02, srp: 0.05, ...storageGhz(1.0) },
    // Offload: the guest's own stack as pass-through's; the switch runs in the adapter or DPU.
    offload: { tcp: 1.0, fcp: 0.5, ipoib: 0.35, rdma: 0.02, srp: 0.05, ...storageGhz(1.0) },
  } satisfies Record<IovMode, Record<Transport, number>>,
  ioGhzPerGbpsSource:
    'software network path: softwareNetGhzPerGbps (the virtual switch’s own cost); TCP in a guest that owns its NIC ≈ 1 GHz per Gb/s (Foong et al., ISPASS’03); block I/O half of that (larger transfers); RDMA ≈ 0 (offloaded transport); IPoIB with HCA offloads and SRP calibrated to whitepaper Table 2 (30–50% more VMs); offloaded virtio as pass-through (the switch runs in the adapter); on today’s servers TCP costs ≈ 0.1 GHz per Gb/s (Cai et al., SIGCOMM 2021) plus, in software IOV, the virtual switch’s own (catalog/vswitch.ts); NVMe/TCP costs TCP’s, iSCSI 1.5 × TCP’s, NVMe/RDMA RDMA’s (catalog/storageTransports.ts)',

  /** Pass-through adds CPU per VM for its virtual function (fraction of one core). */
  passthroughCorePerVm: s(0.0176, 'SR-IOV: +1.76% CPU per VM (Dong et al., HPCA’10)'),

  /** One-way latency the host path adds at each end of a flow, µs, by mode. */
  hostPathLatencyUs: {
    software: s(20, 'hypervisor virtual switch / virtual SCSI: tens of µs (Menon et al., USENIX ATC’06; VMware ESX 3.5)'),
    native: s(1, 'VMM-bypass: 0–2 µs over native (Liu et al., USENIX ATC’06)'),
    passthrough: s(0.3, 'hardware IOV: near native'),
    offload: s(1, 'vDPA / DPU: the virtio ring is read by the adapter, ≈ 1 µs over a VF (NVIDIA BlueField virtio-net emulation and ConnectX vDPA; estimate)'),
  } satisfies Record<IovMode, Sourced<number>>,

  /** One-way latency of the guest transport stack at each end, µs. */
  transportLatencyUs: {
    tcp: s(15, 'kernel TCP/IP send+receive path, era (GigE TCP round trip ≈ 125 µs with interrupt moderation, evan-jones.appspot.com)'),
    fcp: s(5, 'SCSI mid-layer + FCP driver'),
    ipoib: s(8, 'kernel IP stack over IPoIB'),
    rdma: s(0, 'verbs: user-level, included in the adapter latency (3.8 µs InfiniHost III, Liu et al. HOTI’04)'),
    srp: s(3, 'SCSI mid-layer + SRP initiator'),
    'nvme-tcp': s(15 + STORAGE_STACKS['nvme-tcp'].hostUs.value, 'the TCP stack (15 µs in 2007, 5 µs today) + the NVMe/TCP layer (catalog/storageTransports.ts)'),
    'nvme-rdma': s(STORAGE_STACKS['nvme-rdma'].hostUs.value, STORAGE_STACKS['nvme-rdma'].hostUs.source),
    iscsi: s(15 + STORAGE_STACKS.iscsi.hostUs.value, 'the TCP stack (15 µs in 2007, 5 µs today) + SCSI mid-layer and iSCSI PDUs (catalog/storageTransports.ts)'),
  } satisfies Record<Transport, Sourced<number>>,

  /** Full Ethernet frame on the wire, bytes: store-and-forward switches wait for all of it. */
  ethernetFrameBytes: s(1538, '1500 MTU + header, FCS, preamble and inter-frame gap'),
  wireNsPerM: s(5, 'signal propagation ≈ 5 ns/m in copper and fibre'),
  /** Utilization cap in the loaded-latency factor 1/(1−ρ). */
  maxUtilization: s(0.99, 'M/M/1-like queueing factor 1/(1−ρ), ρ capped at 0.99 so it stays finite (docs/model.md §6)'),

  /** Table 3's qualitative rows per mode (2007-era hypervisors). */
  qualitative: {
    software: { legacyIoInVms: true, managementTransparency: true, liveMigration: true },
    native: { legacyIoInVms: false, managementTransparency: false, liveMigration: false },
    passthrough: { legacyIoInVms: false, managementTransparency: false, liveMigration: false },
    offload: { legacyIoInVms: true, managementTransparency: true, liveMigration: true },
  } satisfies Record<IovMode, { legacyIoInVms: boolean; managementTransparency: boolean; liveMigration: boolean }>,
  qualitativeSource:
    'whitepaper Table 3 and mode sections: software IOV keeps legacy virtual NIC/HBA, management transparency and hot migration; native needs guest drivers and a VM restart to migrate; pass-through bypasses the VMM (no live migration in 2007-era hypervisors, and today only where the adapter’s vendor supports VF migration); offloaded virtio keeps the standard virtio driver in the guest, the switch’s rules under the hypervisor’s (or the DPU’s) control, and live migration (Linux vDPA framework, QEMU vhost-vdpa; NVIDIA DOCA virtio-net emulation)',
} as const;
