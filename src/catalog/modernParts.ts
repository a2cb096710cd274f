import type { AdapterPart, Part, SwitchPart } from '../domain';
import { EST, MODERN_STORAGE } from './modernStorage';

/**
 * Current parts. Rates follow the standards (IBTA roadmap, IEEE 802.3, FCIA); bus caps follow
 * PCIe generations; prices and watts are street/list estimates for a starting point, each marked
 * so, for users to replace with their own price list.
 */
const pcie = (gen: 2 | 3 | 4 | 5, lanes: 8 | 16): number => {
  // Usable payload per direction ≈ 80% of raw after encoding and TLP overhead.
  const perLaneGbps = { 2: 4, 3: 7.88, 4: 15.75, 5: 31.5 }[gen];
  return Math.round(perLaneGbps * lanes * 0.8 * 10) / 10;
};

/** What an Ethernet adapter does beyond SR-IOV: offloaded virtio, its device count, VF live migration — each with its source. */
interface NicExtras {
  offload?: { devices: number; source: string; devicesSource: string };
  /** RoCEv2: RDMA over Converged Ethernet v2, with where the part documents it. */
  roce?: string;
  liveMigration?: string;
  vfSource?: string;
}

function nic(id: string, name: string, gbps: number, ports: number, gen: 2 | 3 | 4 | 5, lanes: 8 | 16, price: number, watts: number, vfs: number, extras: NicExtras = {}): AdapterPart {
  const { offload, liveMigration, vfSource, roce } = extras;
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
    },
  };
}

const MLX5_VFS = 'NVIDIA ConnectX firmware: 127 virtual functions per physical function (legacy or switchdev mode; ConnectX-7 firmware release notes; MLNX_OFED “Single Root IO Virtualization”)';
const MLX5_VDPA = { devices: 127, source: 'vDPA over ConnectX-6 Dx and later VFs with OVS hardware offload (ASAP²) in switchdev mode (NVIDIA MLNX_OFED “VirtIO Acceleration through Hardware vDPA”)', devicesSource: 'one vDPA device per virtual function: 127 per PF' };
const MLX5_ROCE = 'NVIDIA ConnectX: RoCEv2 on every port and virtual function (MLNX_OFED “RDMA over Converged Ethernet (RoCE)”)';
const MLX5_VF_MIGRATION = 'VFIO device-state migration with the mlx5_vfio_pci variant driver, ConnectX-7 in Ethernet mode (NVIDIA DOCA “SR-IOV Live Migration”; Linux 6.2 VFIO migration uAPI v2)';

function hba(id: string, name: string, gfc: 8 | 16 | 32 | 64, ports: number, gen: 2 | 3 | 4 | 5, price: number, watts: number): AdapterPart {
  const MBps = gfc * 100; // FCIA: nGFC ≈ n × 100 MB/s per direction
  return {
    kind: 'adapter', id, name, era: 'modern', protocol: 'fc', ports, portDataGbps: (MBps * 8) / 1000, portSignalGbps: gfc * 1.0625,
    transports: ['fcp'], iovModes: ['software'], hostPath: { busGbps: pcie(gen, 8) }, latencyUs: 4, priceUsd: price, powerW: watts,
    sources: { portDataGbps: `FCIA: ${gfc}GFC ≈ ${MBps} MB/s per direction`, busGbps: `PCIe Gen${gen} x8`, iovModes: 'hypervisor virtual HBA (NPIV); software IOV', priceUsd: EST, powerW: EST },
  };
}

function hca(id: string, name: string, rate: string, dataGbps: number, signalGbps: number, gen: 2 | 3 | 4 | 5, lanes: 8 | 16, ipoib: number, latency: number, vfs: number, price: number, watts: number): AdapterPart {
  return {
    kind: 'adapter', id, name, era: 'modern', protocol: 'infiniband', ports: 2, portDataGbps: dataGbps, portSignalGbps: signalGbps,
    transports: ['ipoib', 'rdma', 'srp'], iovModes: ['software', 'native', 'passthrough'],
    hostPath: { busGbps: pcie(gen, lanes), ipoibGbps: ipoib }, latencyUs: latency, maxVms: vfs, priceUsd: price, powerW: watts,
    sources: { portDataGbps: `IBTA roadmap: ${rate} 4x data rate`, busGbps: `PCIe Gen${gen} x${lanes}, ≈ 80% usable`, ipoibGbps: 'IPoIB enhanced mode, single host (estimate)', latencyUs: 'vendor docs (ConnectX-6: < 600 ns)', maxVms: 'vendor docs: 126–127 virtual functions per port/PF', iovModes: 'ConnectX: all three methods; SR-IOV', priceUsd: EST, powerW: EST },
  };
}

function sw(id: string, name: string, protocol: SwitchPart['protocol'], ports: number, gbps: number, signal: number, hopUs: number, price: number, watts: number): SwitchPart {
  return {
    kind: 'switch', id, name, era: 'modern', protocol, ports, portDataGbps: gbps, portSignalGbps: signal, forwarding: 'cut-through',
    hopLatencyUs: hopUs, priceUsd: price, powerW: watts,
    sources: { hopLatencyUs: 'vendor datasheet, cut-through port-to-port', priceUsd: EST, powerW: EST },
  };
}

export const MODERN_PARTS: Part[] = [
  {
    kind: 'server', id: 'srv-1u-2024', name: '1U server, 2 × 32-core 2.8 GHz (2024)', era: 'modern', formFactor: 'rack', slots: 3,
    cpuGhz: 179.2, coreGhz: 2.8, memoryGb: 1024, priceUsd: 18000, powerW: 650, hypervisors: ['VMware ESXi 8', 'KVM', 'Hyper-V'],
    sources: { cpuGhz: '2 sockets × 32 cores × 2.8 GHz', priceUsd: EST, powerW: EST },
  },
  {
    kind: 'server', id: 'srv-blade-2024', name: 'Blade server, 2 × 24-core 2.6 GHz (2024)', era: 'modern', formFactor: 'blade', slots: 2,
    cpuGhz: 124.8, coreGhz: 2.6, memoryGb: 768, priceUsd: 14000, powerW: 520, hypervisors: ['VMware ESXi 8', 'KVM', 'Hyper-V'],
    sources: { cpuGhz: '2 sockets × 24 cores × 2.6 GHz', priceUsd: EST, powerW: EST },
  },
  nic('nic-10gbe-2p', '10GbE NIC, 2 ports, SR-IOV (82599 class)', 10, 2, 2, 8, 450, 9, 63, { vfSource: 'Linux ixgbe: IXGBE_MAX_VFS_DRV_LIMIT = 63 virtual functions (drivers/net/ethernet/intel/ixgbe/ixgbe_sriov.h)' }),
  nic('nic-25gbe-2p', '25GbE NIC, 2 ports, SR-IOV (ConnectX-4 Lx class)', 25, 2, 3, 8, 650, 11, 62, { vfSource: 'MLNX_OFED “Single Root IO Virtualization”: ConnectX-4 up to 62 virtual functions per port', roce: MLX5_ROCE }),
  nic('nic-100gbe-2p', '100GbE NIC, 2 ports, SR-IOV (ConnectX-6 Dx class)', 100, 2, 4, 16, 1500, 20, 127, { vfSource: MLX5_VFS, offload: MLX5_VDPA, roce: MLX5_ROCE }),
  nic('nic-e810-100gbe-2p', '100GbE NIC, 2 ports, SR-IOV (Intel E810 class)', 100, 2, 4, 16, 1100, 19, 256, { vfSource: 'Linux ice: ICE_MAX_SRIOV_VFS = 256 virtual functions (drivers/net/ethernet/intel/ice/ice_vf_lib.h)', roce: 'Intel E810: iWARP and RoCEv2 (Linux irdma driver)' }),
  nic('nic-400gbe-1p', '400GbE NIC, 1 port, SR-IOV (ConnectX-7 class)', 400, 1, 5, 16, 2800, 25, 127, { vfSource: MLX5_VFS, offload: MLX5_VDPA, liveMigration: MLX5_VF_MIGRATION, roce: MLX5_ROCE }),
  nic('dpu-bf3-200gbe-2p', 'DPU, 2 × 200GbE (BlueField-3 class)', 200, 2, 5, 16, 4500, 75, 127, {
    vfSource: MLX5_VFS,
    offload: {
      devices: 504,
      source: 'the DPU’s Arm cores host the switch (OVS-DOCA) and emulate virtio-net devices to the host (NVIDIA DOCA “Virtio-net Emulation”, BlueField-3: 16 Arm A78 cores)',
      devicesSource: 'BlueField-3 virtio-net emulation: up to 31 physical and 504 virtual emulated devices (NVIDIA BlueField OS / DOCA “Virtio-net Emulation”)',
    },
    liveMigration: MLX5_VF_MIGRATION,
    roce: MLX5_ROCE,
  }),
  hba('hba-fc-8g', 'FC HBA 8 Gb/s, 2 ports', 8, 2, 2, 900, 8),
  hba('hba-fc-16g', 'FC HBA 16 Gb/s, 2 ports', 16, 2, 3, 1500, 10),
  hba('hba-fc-32g', 'FC HBA 32 Gb/s, 2 ports', 32, 2, 4, 2200, 12),
  hba('hba-fc-64g', 'FC HBA 64 Gb/s, 2 ports', 64, 2, 4, 3300, 15),
  hca('hca-cx2-qdr', 'ConnectX-2 QDR HCA, 2 ports', 'QDR', 32, 40, 2, 8, 12, 1.0, 126, 900, 12.2),
  hca('hca-cx3-fdr', 'ConnectX-3 FDR HCA, 2 ports', 'FDR', 54.5, 56, 3, 8, 25, 0.7, 126, 1100, 13),
  hca('hca-cx4-edr', 'ConnectX-4 EDR HCA, 2 ports', 'EDR', 100, 103.1, 3, 16, 40, 0.6, 127, 1400, 16),
  hca('hca-cx6-hdr', 'ConnectX-6 HDR HCA, 2 ports', 'HDR', 200, 212.5, 4, 16, 60, 0.6, 127, 2000, 23),
  hca('hca-cx7-ndr', 'ConnectX-7 NDR HCA, 2 ports', 'NDR', 400, 425, 5, 16, 90, 0.6, 127, 2600, 25),
  sw('sw-10gbe-48', '10GbE switch, 48 ports', 'ethernet', 48, 10, 10.3125, 0.85, 9000, 250),
  sw('sw-25gbe-48', '25GbE switch, 48 ports', 'ethernet', 48, 25, 25.78, 0.6, 14000, 300),
  sw('sw-100gbe-32', '100GbE switch, 32 ports', 'ethernet', 32, 100, 103.1, 0.45, 22000, 400),
  sw('sw-400gbe-32', '400GbE switch, 32 ports', 'ethernet', 32, 400, 425, 0.7, 45000, 1100),
  sw('sw-fc-32g-48', 'FC switch 32 Gb/s, 48 ports', 'fc', 48, 25.6, 28.05, 0.7, 60000, 300),
  sw('sw-fc-64g-48', 'FC switch 64 Gb/s, 48 ports', 'fc', 48, 51.2, 57.8, 0.7, 90000, 350),
  sw('sw-ib-qdr-36', 'InfiniBand QDR switch, 36 ports', 'infiniband', 36, 32, 40, 0.1, 11000, 130),
  sw('sw-ib-fdr-36', 'InfiniBand FDR switch, 36 ports', 'infiniband', 36, 54.5, 56, 0.17, 14000, 150),
  sw('sw-ib-edr-36', 'InfiniBand EDR switch, 36 ports', 'infiniband', 36, 100, 103.1, 0.09, 18000, 180),
  sw('sw-ib-hdr-40', 'InfiniBand HDR switch, 40 ports', 'infiniband', 40, 200, 212.5, 0.13, 30000, 250),
  sw('sw-ib-ndr-64', 'InfiniBand NDR switch, 64 ports', 'infiniband', 64, 400, 425, 0.13, 60000, 1100),
  {
    kind: 'gateway', id: 'gw-ib-eth-fdr', name: 'IB↔Ethernet gateway (FDR ↔ 40GbE, 18 + 18)', era: 'modern',
    sideA: { protocol: 'infiniband', ports: 18, portDataGbps: 54.5 }, sideB: { protocol: 'ethernet', ports: 18, portDataGbps: 40 },
    throughputGbps: 720, latencyUs: 0.4, priceUsd: 30000, powerW: 230,
    sources: { sideA: 'SX6036G-class gateway: ports split between IB and Ethernet', latencyUs: 'vendor docs (estimate)', priceUsd: EST, powerW: EST },
  },
  {
    kind: 'gateway', id: 'gw-ib-eth-hdr', name: 'IB↔Ethernet gateway (8 HDR ↔ 8 × 200GbE)', era: 'modern',
    sideA: { protocol: 'infiniband', ports: 8, portDataGbps: 200 }, sideB: { protocol: 'ethernet', ports: 8, portDataGbps: 200 },
    throughputGbps: 1600, latencyUs: 1, priceUsd: 65000, powerW: 600,
    sources: { sideA: 'Skyway-class appliance: 8 HDR + 8 × 200GbE, 1.6 Tb/s', priceUsd: EST, powerW: EST },
  },
  ...MODERN_STORAGE,
  {
    kind: 'network', id: 'net-lan-200gbe', name: 'Existing LAN (200GbE ports)', era: 'modern', protocol: 'ethernet',
    ports: 1000, portDataGbps: 200, priceUsd: 0, powerW: 0, sources: { priceUsd: 'existing infrastructure' },
  },
  {
    kind: 'network', id: 'net-lan-100gbe', name: 'Existing LAN (100GbE ports)', era: 'modern', protocol: 'ethernet',
    ports: 1000, portDataGbps: 100, priceUsd: 0, powerW: 0, sources: { priceUsd: 'existing infrastructure' },
  },
  {
    kind: 'network', id: 'net-lan-25gbe', name: 'Existing LAN (25GbE ports)', era: 'modern', protocol: 'ethernet',
    ports: 1000, portDataGbps: 25, priceUsd: 0, powerW: 0, sources: { priceUsd: 'existing infrastructure' },
  },
  { kind: 'cable', id: 'cab-eth-dac', name: 'Ethernet DAC (SFP28/QSFP28)', era: 'modern', protocol: 'ethernet', medium: 'copper', priceUsd: 60, powerW: 0, sources: { priceUsd: EST } },
  { kind: 'cable', id: 'cab-fc-om4', name: 'FC OM4 fibre + 2 SFPs', era: 'modern', protocol: 'fc', medium: 'optical', priceUsd: 350, powerW: 1, sources: { priceUsd: EST } },
  { kind: 'cable', id: 'cab-ib-aoc', name: 'InfiniBand active optical cable', era: 'modern', protocol: 'infiniband', medium: 'optical', priceUsd: 600, powerW: 3, sources: { priceUsd: EST } },
];
