// The builders of today's adapters and switches, shared by modernParts.ts and the catalog's
// newer files (adapters.ts, switches.ts): one place says what a NIC, HBA, HCA or switch's
// figures are and where each comes from.
import type { AdapterPart, SwitchPart } from '../../domain';

/**
 * Current parts. Rates follow the standards (IBTA roadmap, IEEE 802.3, FCIA); bus caps follow
 * PCIe generations; prices and watts are street/list estimates for a starting point, each marked
 * so, for users to replace with their own price list.
 */
export const EST = 'list price / typical power, estimate (2024); replace with your price list';

export type PcieGen = 2 | 3 | 4 | 5 | 6;
/**
 * Per lane after line coding, Gb/s: Gen2 8b/10b, Gen3–5 128b/130b; Gen6 runs 64 GT/s PAM4 in
 * 256-byte FLITs of which 242 carry TLPs and DLLPs (PCI-SIG PCIe 6.0: 8 bytes CRC, 6 bytes FEC).
 */
const PCIE_LANE_GBPS: Record<PcieGen, number> = { 2: 4, 3: 7.88, 4: 15.75, 5: 31.5, 6: (64 * 242) / 256 };
export const pcie = (gen: PcieGen, lanes: 8 | 16): number => {
  // Usable payload per direction ≈ 80% of that after TLP headers and flow control.
  return Math.round(PCIE_LANE_GBPS[gen] * lanes * 0.8 * 10) / 10;
};

/** What an Ethernet adapter does beyond SR-IOV: offloaded virtio, its device count, VF live migration — each with its source. */
export interface NicExtras {
  offload?: { devices: number; source: string; devicesSource: string };
  /** RoCEv2: RDMA over Converged Ethernet v2, with where the part documents it. */
  roce?: string;
  liveMigration?: string;
  vfSource?: string;
  /** Further sources, by field (a datasheet's figure in place of the estimate). */
  sources?: Record<string, string>;
}

export function nic(id: string, name: string, gbps: number, ports: number, gen: PcieGen, lanes: 8 | 16, price: number, watts: number, vfs: number, extras: NicExtras = {}): AdapterPart {
  const { offload, liveMigration, vfSource, roce, sources } = extras;
  return {
    kind: 'adapter', id, name, era: 'modern', protocol: 'ethernet', ports, portDataGbps: gbps, portSignalGbps: gbps,
    transports: roce ? ['tcp', 'rdma'] : ['tcp'], iovModes: offload ? ['software', 'passthrough', 'offload'] : ['software', 'passthrough'], hostPath: { busGbps: pcie(gen, lanes) }, latencyUs: 2, maxVms: vfs,
    ...(offload ? { offloadDevices: offload.devices } : {}),
    ...(liveMigration ? { passthroughLiveMigration: true } : {}),
    priceUsd: price, powerW: watts,
    sources: {
      portDataGbps: 'IEEE 802.3 data rate', busGbps: `PCIe Gen${gen} x${lanes}, ≈ 80% usable`,
      iovModes: `SR-IOV virtual functions (pass-through); software vSwitch${offload ? `; offloaded virtio: ${offload.source}` : ''}`,
      maxVms: vfSource ?? 'vendor docs: virtual functions per port',
      ...(offload ? { offloadDevices: offload.devicesSource } : {}),
      ...(liveMigration ? { passthroughLiveMigration: liveMigration } : {}),
      ...(roce ? { transports: `TCP/IP; RDMA as RoCEv2 in a pass-through VF: ${roce}` } : {}),
      priceUsd: EST, powerW: EST,
      ...sources,
    },
  };
}

export const MLX5_VFS = 'NVIDIA ConnectX firmware: 127 virtual functions per physical function (legacy or switchdev mode; ConnectX-7 firmware release notes; MLNX_OFED “Single Root IO Virtualization”)';
export const MLX5_VDPA = { devices: 127, source: 'vDPA over ConnectX-6 Dx and later VFs with OVS hardware offload (ASAP²) in switchdev mode (NVIDIA MLNX_OFED “VirtIO Acceleration through Hardware vDPA”)', devicesSource: 'one vDPA device per virtual function: 127 per PF' };
export const MLX5_ROCE = 'NVIDIA ConnectX: RoCEv2 on every port and virtual function (MLNX_OFED “RDMA over Converged Ethernet (RoCE)”)';
export const MLX5_VF_MIGRATION = 'VFIO device-state migration with the mlx5_vfio_pci variant driver, ConnectX-7 in Ethernet mode (NVIDIA DOCA “SR-IOV Live Migration”; Linux 6.2 VFIO migration uAPI v2)';

export function hba(id: string, name: string, gfc: 8 | 16 | 32 | 64, ports: number, gen: PcieGen, price: number, watts: number): AdapterPart {
  const MBps = gfc * 100; // FCIA: nGFC ≈ n × 100 MB/s per direction
  return {
    kind: 'adapter', id, name, era: 'modern', protocol: 'fc', ports, portDataGbps: (MBps * 8) / 1000, portSignalGbps: gfc * 1.0625,
    transports: ['fcp'], iovModes: ['software'], hostPath: { busGbps: pcie(gen, 8) }, latencyUs: 4, priceUsd: price, powerW: watts,
    sources: { portDataGbps: `FCIA: ${gfc}GFC ≈ ${MBps} MB/s per direction`, busGbps: `PCIe Gen${gen} x8`, iovModes: 'hypervisor virtual HBA (NPIV); software IOV', priceUsd: EST, powerW: EST },
  };
}

/** Beyond the common HCA: a port count other than two, and sources that replace the defaults. */
export interface HcaExtras {
  ports?: number;
  sources?: Record<string, string>;
}

export function hca(id: string, name: string, rate: string, dataGbps: number, signalGbps: number, gen: PcieGen, lanes: 8 | 16, ipoib: number, latency: number, vfs: number, price: number, watts: number, extras: HcaExtras = {}): AdapterPart {
  return {
    kind: 'adapter', id, name, era: 'modern', protocol: 'infiniband', ports: extras.ports ?? 2, portDataGbps: dataGbps, portSignalGbps: signalGbps,
    transports: ['ipoib', 'rdma', 'srp'], iovModes: ['software', 'native', 'passthrough'],
    hostPath: { busGbps: pcie(gen, lanes), ipoibGbps: ipoib }, latencyUs: latency, maxVms: vfs, priceUsd: price, powerW: watts,
    sources: { portDataGbps: `IBTA roadmap: ${rate} 4x data rate`, busGbps: `PCIe Gen${gen} x${lanes}, ≈ 80% usable`, ipoibGbps: 'IPoIB enhanced mode, single host (estimate)', latencyUs: 'vendor docs (ConnectX-6: < 600 ns)', maxVms: 'vendor docs: 126–127 virtual functions per port/PF', iovModes: 'ConnectX: all three methods; SR-IOV', priceUsd: EST, powerW: EST, ...extras.sources },
  };
}

export function sw(id: string, name: string, protocol: SwitchPart['protocol'], ports: number, gbps: number, signal: number, hopUs: number, price: number, watts: number, sources: Record<string, string> = {}): SwitchPart {
  return {
    kind: 'switch', id, name, era: 'modern', protocol, ports, portDataGbps: gbps, portSignalGbps: signal, forwarding: 'cut-through',
    hopLatencyUs: hopUs, priceUsd: price, powerW: watts,
    sources: { hopLatencyUs: 'vendor datasheet, cut-through port-to-port', priceUsd: EST, powerW: EST, ...sources },
  };
}
