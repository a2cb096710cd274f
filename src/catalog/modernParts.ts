import type { Part } from '../domain';
import { EST, hba, hca, MLX5_ROCE, MLX5_VDPA, MLX5_VF_MIGRATION, MLX5_VFS, nic, sw } from './modern/helpers';
import { PASSIVE_W } from './modern/cables';
import { MODERN_STORAGE } from './modernStorage';

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
  { kind: 'cable', id: 'cab-eth-dac', name: 'Ethernet DAC (SFP28/QSFP28)', era: 'modern', protocol: 'ethernet', medium: 'copper', reachM: 5, rateGbps: 100, priceUsd: 60, powerW: 0, sources: { reachM: 'IEEE 802.3by 25GBASE-CR and 802.3bj 100GBASE-CR4: 5 m of twinax', rateGbps: 'QSFP28: 4 × 25 Gb/s lanes', priceUsd: EST, powerW: PASSIVE_W } },
  { kind: 'cable', id: 'cab-fc-om4', name: 'FC OM4 fibre + 2 SFPs', era: 'modern', protocol: 'fc', medium: 'optical', reachM: 100, rateGbps: 51.2, priceUsd: 350, powerW: 1, sources: { reachM: 'INCITS FC-PI-6/FC-PI-7: 32GFC-SW and 64GFC-SW reach 100 m over OM4', rateGbps: '64GFC = 6,400 MB/s (FCIA)', priceUsd: EST, powerW: EST } },
  { kind: 'cable', id: 'cab-ib-aoc', name: 'InfiniBand active optical cable', era: 'modern', protocol: 'infiniband', medium: 'optical', reachM: 30, rateGbps: 200, priceUsd: 600, powerW: 3, sources: { reachM: 'NVIDIA 200 Gb/s QSFP56 AOCs (MFS1S00 / MFS1S50 ordering lists): lengths 3–30 m', rateGbps: 'HDR 4x', priceUsd: EST, powerW: EST } },
];
