import type { IovMode, Transport, VswitchChoice } from '../domain';
import { storageGhz, type Sourced } from './params';

/**
 * The virtual switches software IOV can run through, and the host software of the modern era
 * (docs/model.md §14). The 2007 switch is the whitepaper's, calibrated to its Table 1; the modern
 * ones come from published measurements, each figure with its source. Where the sources give a
 * range, the model takes a value inside it and says so.
 */
export type VswitchId = Exclude<VswitchChoice, 'era'>;

export interface VswitchModel {
  id: VswitchId;
  name: string;
  /** Host CPU the switch spends per Gb/s through it: caps each uplink (cores × clock ÷ this). */
  ghzPerGbps: Sourced<number>;
  /** Cores (vhost queues, poll-mode threads) that carry one uplink port. */
  coresPerPort: Sourced<number>;
  /** Cores a server reserves per cabled uplink for a poll-mode switch: taken away from VMs. 0: none. */
  reservedCoresPerPort: Sourced<number>;
  /** One-way latency the switch path adds at each end, µs. */
  latencyUs: Sourced<number>;
}

const s = <T>(value: T, source: string): Sourced<T> => ({ value, source });

export const VSWITCHES: Record<VswitchId, VswitchModel> = {
  'seed-2007': {
    id: 'seed-2007',
    name: '2007 hypervisor switch (one core per uplink)',
    ghzPerGbps: s(0.8, 'calibrated to whitepaper Table 1 (IPoIB through the virtual switch = 3–4 × GigE on a 2.66 GHz core); within the ≈ 1 GHz per Gb/s TCP rule of thumb (Foong et al., ISPASS’03)'),
    coresPerPort: s(1, 'ESX 3.5 / Xen 3 netback: one thread per virtual NIC path (VMware ESX 3.5 U1 10GbE paper)'),
    reservedCoresPerPort: s(0, 'interrupt-driven: the switch spends CPU per Gb/s, it reserves no core'),
    latencyUs: s(20, 'hypervisor virtual switch / virtual SCSI: tens of µs (Menon et al., USENIX ATC’06; VMware ESX 3.5)'),
  },
  kernel: {
    id: 'kernel',
    name: 'Kernel datapath, multi-queue (vhost-net / OVS kernel)',
    ghzPerGbps: s(
      0.25,
      'OVS kernel datapath with vhost-net forwards ≈ 1 Mpps per core, ≈ 12 Gb/s of 1,500-byte frames (Emmerich et al., “Performance Characteristics of Virtual Switching”, IEEE CloudNet 2014); 0.25 GHz per Gb/s = one 2.8 GHz core per ≈ 11 Gb/s',
    ),
    coresPerPort: s(
      4,
      'virtio-net multi-queue: one vhost worker per queue pair, queues up to the VM’s vCPUs (Linux vhost-net; OpenStack Nova spec “libvirt: virtio-net multiqueue”); 4 queues per uplink assumed',
    ),
    reservedCoresPerPort: s(0, 'interrupt-driven vhost workers: CPU per Gb/s, no reserved core'),
    latencyUs: s(10, 'vhost-net adds ≈ 10 µs per end over a VM-owned NIC: a vhost worker wake-up and a copy each way (estimate within the 5–20 µs the Red Hat virtio-networking series describes)'),
  },
  'ovs-dpdk': {
    id: 'ovs-dpdk',
    name: 'OVS-DPDK (poll-mode cores)',
    ghzPerGbps: s(
      0.1,
      'a PMD core switches ≈ 2–2.5 Mpps through vhost-user, ≈ 25–30 Gb/s of 1,500-byte frames (OPNFV vswitchperf PVP results; Intel “Open vSwitch with DPDK” performance reports): 0.1 GHz per Gb/s on a 2.8 GHz core',
    ),
    coresPerPort: s(2, 'two PMD threads per uplink, one per NUMA-local core pair (Red Hat OpenStack NFV planning guide: PMD cores per NUMA node)'),
    reservedCoresPerPort: s(2, 'a PMD thread polls its queues at 100% of its core whatever the load (docs.openvswitch.org, “Using Open vSwitch with DPDK”): the cores are taken away from VMs'),
    latencyUs: s(5, 'poll-mode: no interrupt or wake-up, ≈ 5 µs per end through vhost-user (estimate)'),
  },
};

/** Guest TCP/IP stack of today's servers (TSO, GRO, multi-queue): CPU per Gb/s at each end. */
export const MODERN_GUEST_TCP_GHZ_PER_GBPS = s(
  0.1,
  'a modern Linux receiver core sustains ≈ 42 Gb/s of one long TCP flow with TSO/GRO and jumbo frames (Cai et al., “Understanding Host Network Stack Overheads”, SIGCOMM 2021); ≈ 0.1 GHz per Gb/s at 1,500-byte MTU',
);

/** Guest TCP/IP stack latency per end on today's servers, µs (the whitepaper era's is 15). */
export const MODERN_TCP_STACK_US = s(5, 'kernel TCP send or receive path ≈ 5 µs per end on current CPUs (Cai et al., SIGCOMM 2021, per-packet processing; netperf TCP_RR ≈ 25 µs round trip back to back at 100GbE)');

/** The host software one server runs: its era's stacks and the virtual switch of software IOV. */
export interface HostProfile {
  era: 'seed' | 'modern';
  vswitch: VswitchModel;
}

/** `era` (or absent): the server's own era decides; a pinned switch brings today's host stacks, except the 2007 one. */
export function hostProfile(serverEra: 'seed' | 'modern', choice: VswitchChoice | undefined): HostProfile {
  const id: VswitchId = choice === undefined || choice === 'era' ? (serverEra === 'modern' ? 'kernel' : 'seed-2007') : choice;
  return { era: id === 'seed-2007' ? 'seed' : 'modern', vswitch: VSWITCHES[id] };
}

/**
 * Server CPU per Gb/s by mode and transport for a host profile. The 2007 table is the
 * whitepaper's calibration (params.ts); today's replaces the TCP stack's cost with the modern
 * guest's and the software path's with the guest's plus the switch's own (none for a poll-mode
 * switch, whose cores are reserved instead).
 */
export function ioGhzTable(profile: HostProfile, seed: Record<IovMode, Record<Transport, number>>): Record<IovMode, Record<Transport, number>> {
  if (profile.era === 'seed') return seed;
  const guest = MODERN_GUEST_TCP_GHZ_PER_GBPS.value;
  const sw = profile.vswitch.reservedCoresPerPort.value > 0 ? 0 : profile.vswitch.ghzPerGbps.value;
  const out = {} as Record<IovMode, Record<Transport, number>>;
  for (const mode of Object.keys(seed) as IovMode[]) {
    const tcp = mode === 'software' ? guest + sw : guest;
    const net = mode === 'software' ? { ipoib: tcp, rdma: tcp } : {};
    out[mode] = { ...seed[mode], tcp, ...net, ...storageGhz(tcp, seed[mode]['nvme-rdma'], guest) };
  }
  return out;
}
