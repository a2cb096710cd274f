import { describe, expect, it } from 'vitest';
import { MODEL_PARAMS } from '../catalog';
import { VSWITCHES } from '../catalog/vswitch';
import { tinyEthDesign } from '../scenarios/testDesigns';
import { simulate } from './simulate';

// The tiny Ethernet design (scenarios/testDesigns.ts): a 2024 1U server, 2 × 32 cores at 2.8 GHz
// (179.2 GHz), 1,024 GB; one 100GbE NIC (PCIe Gen4 x16: 15.75 × 16 × 0.8 = 201.6 Gb/s), one port
// cabled (3 m) to a 100GbE switch (0.45 µs cut-through), 3 m on to a 100GbE LAN.
const GOODPUT = 100 * (1448 / 1538); // 94.148 Gb/s: TCP payload at 1500 MTU
const WIRE_US = 2 * 3 * 0.005; // two 3 m cables at 5 ns/m
const ADAPTER_US = 2;
const HOP_US = 0.45;
const TCP_STACK_US = 5; // today's kernel TCP per end

const lanOnly = { sanMBps: 0, ipcMbps: 0 };
const modeOf = (r: ReturnType<typeof simulate>, mode: string) => r.modes.find((m) => m.mode === mode)!;

describe('the modern virtual switch and the offloaded virtio mode, worked by hand', () => {
  it('bandwidth: software runs the era’s switch — kernel 4 × 2.8 / 0.25 = 44.8 Gb/s per port; pass-through and offload reach the port', () => {
    const r = simulate(tinyEthDesign({ workload: lanOnly }), { saturate: true });
    // Two VMs share each cap.
    expect(modeOf(r, 'software').vm.lanGbps.median).toBeCloseTo((4 * 2.8) / 0.25 / 2, 9); // 22.4
    expect(modeOf(r, 'software').hostPath[0]!.limitedBy).toContain('vhost-net');
    expect(modeOf(r, 'passthrough').vm.lanGbps.median).toBeCloseTo(GOODPUT / 2, 9); // 47.07
    expect(modeOf(r, 'offload').vm.lanGbps.median).toBeCloseTo(GOODPUT / 2, 9);
    expect(modeOf(r, 'offload').supported).toBe(true);
  });

  it('bandwidth: a pinned switch — OVS-DPDK 2 PMD cores × 2.8 / 0.1 = 56 Gb/s; the 2007 one 2.8 / 0.8 = 3.5 Gb/s', () => {
    const dpdk = simulate(tinyEthDesign({ workload: lanOnly, vswitch: 'ovs-dpdk' }), { saturate: true, modes: ['software'] }).modes[0]!;
    expect(dpdk.vm.lanGbps.median).toBeCloseTo(56 / 2, 9);
    const seed = simulate(tinyEthDesign({ workload: lanOnly, vswitch: 'seed-2007' }), { saturate: true, modes: ['software'] }).modes[0]!;
    expect(seed.vm.lanGbps.median).toBeCloseTo(3.5 / 2, 9);
  });

  it('latency: host path + today’s TCP stack + adapter + one hop + wire', () => {
    const r = simulate(tinyEthDesign({ workload: lanOnly }));
    const path = TCP_STACK_US + ADAPTER_US + HOP_US + WIRE_US;
    expect(modeOf(r, 'software').vm.latencyUs.lan.median).toBeCloseTo(10 + path, 9); // vhost-net 10 µs: 17.48
    expect(modeOf(r, 'passthrough').vm.latencyUs.lan.median).toBeCloseTo(0.3 + path, 9); // 7.78
    expect(modeOf(r, 'offload').vm.latencyUs.lan.median).toBeCloseTo(1 + path, 9); // 8.48
    const dpdk = simulate(tinyEthDesign({ workload: lanOnly, vswitch: 'ovs-dpdk' }), { modes: ['software'] }).modes[0]!;
    expect(dpdk.vm.latencyUs.lan.median).toBeCloseTo(5 + path, 9);
  });

  it('density: 1 Gb/s, 2 GHz, 8 GB per VM — the kernel switch charges CPU, DPDK reserves cores, offload charges the guest only', () => {
    const w = { ...lanOnly, lanMbps: 1000, cpuGhz: 2, memoryGb: 8 };
    const left = 179.2 * 0.9; // 161.28 GHz after the hypervisor's 10%
    const fit = (ghzPerVm: number, reserved = 0): number => Math.floor((left - reserved) / ghzPerVm + 1e-9);
    const r = simulate(tinyEthDesign({ vms: 10, workload: w }));
    // software: 1 Gb/s × (guest 0.1 + switch 0.25) = 0.35 GHz; 161.28 / 2.35 = 68.6
    expect(modeOf(r, 'software').density.groups[0]!.ioGhzPerVm).toBeCloseTo(0.35, 12);
    expect(modeOf(r, 'software').density.vmsPerServer).toBe(68);
    expect(fit(2.35)).toBe(68);
    // pass-through: 0.1 + 1.76% of a 2.8 GHz core = 0.14928; 161.28 / 2.14928 = 75.04
    expect(modeOf(r, 'passthrough').density.vmsPerServer).toBe(fit(2 + 0.1 + 0.0176 * 2.8));
    expect(fit(2 + 0.1 + 0.0176 * 2.8)).toBe(75);
    // offload: 0.1; 161.28 / 2.1 = 76.8
    expect(modeOf(r, 'offload').density.vmsPerServer).toBe(fit(2.1));
    expect(fit(2.1)).toBe(76);
    // OVS-DPDK: 2 PMD cores × 2.8 GHz reserved for the one cabled port; (161.28 − 5.6) / 2.1 = 74.1
    const dpdk = simulate(tinyEthDesign({ vms: 10, workload: w, vswitch: 'ovs-dpdk' }), { modes: ['software'] }).modes[0]!;
    expect(dpdk.density.groups[0]!.vswitchReservedGhz).toBeCloseTo(5.6, 12);
    expect(dpdk.density.vmsPerServer).toBe(fit(2.1, 5.6));
    expect(fit(2.1, 5.6)).toBe(74);
    // Memory: 1,024 × 0.9 / 8 = 115, not binding.
  });

  it('Table 3: offload keeps legacy I/O, management transparency and live migration; pass-through migrates only where the vendor supports it', () => {
    const r = simulate(tinyEthDesign({ workload: lanOnly }));
    expect(modeOf(r, 'offload').qualitative).toEqual({ legacyIoInVms: true, managementTransparency: true, liveMigration: true });
    expect(modeOf(r, 'passthrough').qualitative.liveMigration).toBe(false); // ConnectX-6 Dx class: no VF migration
    const cx7 = simulate(tinyEthDesign({ workload: lanOnly, nic: 'nic-400gbe-1p' }), { modes: ['passthrough'] }).modes[0]!;
    expect(cx7.qualitative.liveMigration).toBe(true);
    // On a 2007 host, no vendor support counts: the whitepaper's "no".
    const pinned = simulate(tinyEthDesign({ workload: lanOnly, nic: 'nic-400gbe-1p', vswitch: 'seed-2007' }), { modes: ['passthrough'] }).modes[0]!;
    expect(pinned.qualitative.liveMigration).toBe(false);
  });

  it('an adapter without the mode falls back to software, and says so', () => {
    const r = simulate(tinyEthDesign({ workload: lanOnly, nic: 'nic-e810-100gbe-2p' }), { modes: ['offload'] }).modes[0]!;
    expect(r.supported).toBe(false);
    expect(r.fallbacks[0]).toMatchObject({ requested: 'offload', effective: 'software' });
  });

  it('every switch figure has its source', () => {
    for (const v of Object.values(VSWITCHES)) {
      for (const f of [v.ghzPerGbps, v.coresPerPort, v.reservedCoresPerPort, v.latencyUs]) expect(f.source.length).toBeGreaterThan(10);
    }
    expect(MODEL_PARAMS.hostPathLatencyUs.offload.source).toMatch(/vDPA/);
  });
});

describe('limits a customer hits, as error findings', () => {
  const small = { ...lanOnly, lanMbps: 10, cpuGhz: 0.1, memoryGb: 1 };

  it('more VMs than virtual functions: an error naming the part, its limit and the source', () => {
    const r = simulate(tinyEthDesign({ vms: 200, workload: small }), { modes: ['passthrough'] }).modes[0]!;
    expect(r.density.vmsPerServer).toBe(127);
    const f = r.findings.find((x) => x.code === 'vm-limit')!;
    expect(f.severity).toBe('error');
    expect(f.message).toContain('at most 127 virtual functions');
    expect(f.message).toMatch(/source: NVIDIA ConnectX firmware/);
  });

  it('E810 gives 256 VFs; the 82599 63 (Linux driver constants)', () => {
    const e810 = simulate(tinyEthDesign({ vms: 300, workload: small, nic: 'nic-e810-100gbe-2p' }), { modes: ['passthrough'] }).modes[0]!;
    expect(e810.density.vmsPerServer).toBe(256);
    expect(e810.findings.find((x) => x.code === 'vm-limit')!.message).toContain('ICE_MAX_SRIOV_VFS');
  });

  it('a DPU emulates more virtio devices (504) than it has VFs per PF (127)', () => {
    const d = tinyEthDesign({ vms: 600, workload: small, nic: 'dpu-bf3-200gbe-2p' });
    const r = simulate(d, { modes: ['passthrough', 'offload'] });
    expect(modeOf(r, 'passthrough').density.vmsPerServer).toBe(127);
    expect(modeOf(r, 'offload').density.vmsPerServer).toBe(504);
    expect(modeOf(r, 'offload').findings.find((x) => x.code === 'vm-limit')!.message).toContain('504 offloaded virtio devices');
  });
});

describe('RoCEv2: RDMA on Ethernet, worked by hand', () => {
  // Two servers on the one switch, one VM each, 1 Gb/s server-to-server over RDMA, nothing else.
  const w = { lanMbps: 0, sanMBps: 0, ipcMbps: 1000, cpuGhz: 2, memoryGb: 8, ibTransport: 'rdma' as const };
  const d = tinyEthDesign({ servers: 2, vms: 1, workload: w });

  it('pass-through VFs carry it as RDMA: no stack at either end, 0.02 GHz per Gb/s, and the lossless assumption said', () => {
    const r = simulate(d);
    const pt = modeOf(r, 'passthrough');
    // each end: VF host path 0.3 + RDMA stack 0 + adapter 2; one hop 0.45; two 3 m cables
    expect(pt.vm.latencyUs.ipc.median).toBeCloseTo(2 * (0.3 + 0 + ADAPTER_US) + HOP_US + WIRE_US, 9); // 5.08 µs
    expect(pt.density.groups[0]!.ioGhzPerVm).toBeCloseTo(1 * 0.02 + 0.0176 * 2.8, 12);
    expect(pt.hostPath.map((h) => h.transport)).toEqual(['tcp', 'rdma']);
    const f = pt.findings.find((x) => x.code === 'lossless-fabric')!;
    expect(f.severity).toBe('info');
    expect(f.message).toMatch(/PFC .*ECN/);
  });

  it('virtio has no RDMA: offload and software keep TCP (each end 1 or 10 µs + 5 µs stack + adapter), and say nothing of PFC', () => {
    const r = simulate(d);
    expect(modeOf(r, 'offload').vm.latencyUs.ipc.median).toBeCloseTo(2 * (1 + TCP_STACK_US + ADAPTER_US) + HOP_US + WIRE_US, 9); // 16.48
    expect(modeOf(r, 'software').vm.latencyUs.ipc.median).toBeCloseTo(2 * (10 + TCP_STACK_US + ADAPTER_US) + HOP_US + WIRE_US, 9); // 34.48
    for (const m of ['software', 'offload']) expect(modeOf(r, m).findings.some((x) => x.code === 'lossless-fabric')).toBe(false);
  });

  it('a design file from before keeps TCP: the 2007 host has no RoCE', () => {
    const old = simulate({ ...d, settings: { ...d.settings, vswitch: 'seed-2007' } }, { modes: ['passthrough'] }).modes[0]!;
    expect(old.hostPath.map((h) => h.transport)).toEqual(['tcp']);
    expect(old.findings.some((x) => x.code === 'lossless-fabric')).toBe(false);
  });
});
