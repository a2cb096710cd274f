// Today's adapters beyond modernParts.ts's: 25GbE ConnectX-6 Lx and E810 classes, 200GbE
// ConnectX-7, ConnectX-8 SuperNIC (2 × 400GbE, or one XDR InfiniBand port on PCIe Gen6) and
// single-port NDR. Figures as in helpers.ts; each part names its own datasheet where it has one.
import type { AdapterPart } from '../../domain';
import { hca, MLX5_ROCE, MLX5_VDPA, MLX5_VF_MIGRATION, MLX5_VFS, nic } from './helpers';

const CX8_LINK = 'NVIDIA ConnectX-8 SuperNIC firmware release notes: 800 Gb/s XDR InfiniBand or 2 × 400GbE (800GbE not on a single port)';
const CX8_VFS = 'NVIDIA ConnectX-8 firmware release notes (known issues): 127 virtual functions per PF';
const ICE_VFS = 'Linux ice: ICE_MAX_SRIOV_VFS = 256 virtual functions (drivers/net/ethernet/intel/ice/ice_vf_lib.h)';

export const MODERN_ADAPTERS: AdapterPart[] = [
  nic('nic-25gbe-cx6lx-2p', '25GbE NIC, 2 ports, SR-IOV (ConnectX-6 Lx class)', 25, 2, 4, 8, 700, 11, 127, {
    vfSource: MLX5_VFS, roce: MLX5_ROCE, sources: { ports: 'NVIDIA ConnectX-6 Lx: 2 × 25GbE SFP28, PCIe Gen4 x8' },
  }),
  nic('nic-e810-25gbe-4p', '25GbE NIC, 4 ports, SR-IOV (Intel E810-XXVDA4 class)', 25, 4, 4, 16, 800, 17, 256, {
    vfSource: ICE_VFS, roce: 'Intel E810: iWARP and RoCEv2 (Linux irdma driver)', sources: { ports: 'Intel E810-XXVDA4: 4 × 25GbE SFP28, PCIe 4.0 x16' },
  }),
  nic('nic-200gbe-cx7-2p', '200GbE NIC, 2 ports, SR-IOV (ConnectX-7 class)', 200, 2, 5, 16, 2600, 25, 127, {
    vfSource: MLX5_VFS, offload: MLX5_VDPA, liveMigration: MLX5_VF_MIGRATION, roce: MLX5_ROCE, sources: { ports: 'NVIDIA ConnectX-7: 2 × 200GbE QSFP112, PCIe Gen5 x16' },
  }),
  nic('nic-400gbe-cx8-2p', '400GbE SuperNIC, 2 ports, SR-IOV (ConnectX-8 class)', 400, 2, 6, 16, 4500, 45, 127, {
    vfSource: CX8_VFS, offload: MLX5_VDPA, liveMigration: MLX5_VF_MIGRATION, roce: MLX5_ROCE,
    sources: { ports: CX8_LINK, busGbps: 'PCIe Gen6 x16, ≈ 80% usable: 774 Gb/s, short of 2 × 400 (ConnectX-8 reaches 800 Gb/s with two Gen5 x16 hosts, Socket Direct: NVIDIA DOCA 2.9.0_CX8 release notes)' },
  }),
  hca('hca-cx7-ndr-1p', 'ConnectX-7 NDR HCA, 1 port (OSFP)', 'NDR', 400, 425, 5, 16, 90, 0.6, 127, 2000, 20, {
    ports: 1, sources: { ports: 'NVIDIA ConnectX-7 single-port OSFP NDR adapter (MCX75310AAS class)' },
  }),
  hca('hca-cx8-xdr', 'ConnectX-8 XDR HCA, 1 port', 'XDR', 800, 850, 6, 16, 120, 0.6, 127, 4000, 40, {
    ports: 1, sources: { ports: CX8_LINK, maxVms: CX8_VFS, busGbps: 'PCIe Gen6 x16, ≈ 80% usable: 774 Gb/s, short of 800 (the model caps the port at the bus)' },
  }),
];
