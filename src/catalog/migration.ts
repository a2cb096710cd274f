import type { IovMode } from '../domain';

/**
 * VM migration per IOV mode: whether a running VM can move live, the 2007-era caveat, and which
 * current parts and hypervisors lift it — with sources. Read by the migration-time estimate
 * (sim/migration.ts) and shown beside it.
 */
export interface MigrationNote {
  /** Live migration in 2007-era hypervisors (the seed's Table 3). */
  liveInSeedEra: boolean;
  caveat: string;
  /** What lifts the caveat today, each with where it is documented. */
  modern: Array<{ what: string; source: string }>;
  source: string;
}

export const MIGRATION_NOTES: Record<IovMode, MigrationNote> = {
  software: {
    liveInSeedEra: true,
    caveat: 'Live: the hypervisor owns the virtual NIC/HBA state and moves it with the memory.',
    modern: [],
    source: 'whitepaper Table 3 ("hot migration: yes" for software IOV)',
  },
  native: {
    liveInSeedEra: false,
    caveat: 'With 2007-era hypervisors: the guest drives the adapter (paravirtual/VMM-bypass), so moving it means a VM restart on the target.',
    modern: [
      { what: 'virtio with vDPA offload keeps a standard virtio device in the guest, so the VM migrates live', source: 'Linux vDPA framework (since Linux 5.7) and QEMU vhost-vdpa' },
      { what: 'Hyper-V fails SR-IOV VMs over to the synthetic NIC during live migration and back after', source: 'Microsoft Learn, "SR-IOV overview" (Hyper-V networking)' },
    ],
    source: 'whitepaper Table 3 ("hot migration: no, needs VM restart" for native IOV)',
  },
  passthrough: {
    liveInSeedEra: false,
    caveat: 'With 2007-era hypervisors: the VM owns a device function; its state lives in the adapter, so moving it means a VM restart on the target.',
    modern: [
      { what: 'VFIO device-state migration with the mlx5 vfio-pci variant driver (NVIDIA ConnectX-7) moves pass-through VMs live on KVM/QEMU', source: 'Linux kernel VFIO migration uAPI v2 (Linux 6.2) and mlx5_vfio_pci; QEMU VFIO migration' },
      { what: 'VMware vSphere still lists vMotion among the features not available to VMs with SR-IOV pass-through adapters', source: 'VMware vSphere documentation, "SR-IOV Support"' },
    ],
    source: 'whitepaper Table 3 and the pass-through section (direct device assignment: no live migration)',
  },
  offload: {
    liveInSeedEra: false,
    caveat: 'Live: the guest keeps a standard virtio device and the hypervisor (or the DPU) owns the datapath’s state, so the VM moves with its memory. Not a 2007 mode.',
    modern: [{ what: 'vDPA devices migrate live: QEMU vhost-vdpa saves and restores the virtio ring state', source: 'Linux vDPA framework (since Linux 5.7) and QEMU vhost-vdpa' }],
    source: 'Linux vDPA framework and QEMU vhost-vdpa documentation; NVIDIA DOCA virtio-net emulation (BlueField)',
  },
};

/** The estimate's own assumption, said once beside it. */
export const MIGRATION_ASSUMPTION =
  'One pre-copy pass of the VM’s memory at the bandwidth its server has left on the server-to-server path (at least a fair share beside the VMs’ own flows); pages dirtied during the copy, compression and downtime are not counted, so real migrations take longer.';
