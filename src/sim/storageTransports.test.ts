import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_CATALOG } from '../catalog';
import type { Design, StoragePart, Workload } from '../domain';
import { tinyEthStorageDesign } from '../scenarios/testDesigns';
import { simulate } from './simulate';

/**
 * Today's storage transports worked by hand (docs/model.md §14). One 2024 1U server (2 × 32 cores
 * at 2.8 GHz: 179.2 GHz, 161.28 after the hypervisor's 10%), two VMs, one 100GbE NIC (ConnectX-6 Dx
 * class: RoCEv2, PCIe Gen4 x16 = 201.6 Gb/s), one port cabled (3 m) to a 100GbE switch (0.45 µs
 * cut-through) and 3 m on to one array. Storage traffic only: 500 MB/s = 4 Gb/s per VM.
 */
const W: Partial<Workload> = { lanMbps: 0, ipcMbps: 0, sanMBps: 500, cpuGhz: 2, memoryGb: 8, ibTransport: 'rdma' };
const VF_HOST_US = 0.3; // pass-through host path per end
const ADAPTER_US = 2;
const HOP_US = 0.45;
const WIRE_US = 2 * 3 * 0.005; // two 3 m cables at 5 ns/m
const PATH_US = ADAPTER_US + HOP_US + WIRE_US; // 2.48
const GOODPUT = 100 * (1448 / 1538); // 94.148 Gb/s per 100GbE port
const LEFT_GHZ = 179.2 * 0.9; // 161.28
const VF_GHZ = 0.0176 * 2.8; // 0.04928: +1.76% of a core per VF
const fit = (ioGhz: number): number => Math.floor(LEFT_GHZ / (2 + ioGhz) + 1e-9);

const design = (array: string, opts: { nic?: string; vswitch?: 'seed-2007'; custom?: StoragePart } = {}): Design => tinyEthStorageDesign({ ...opts, array, workload: W });

const run = (d: Design, saturate = false) => simulate(d, { saturate });
const modeOf = (r: ReturnType<typeof simulate>, mode: string) => r.modes.find((m) => m.mode === mode)!;
const part = (id: string): StoragePart => DEFAULT_CATALOG.byId.get(id) as StoragePart;

describe('storage transports on Ethernet, one pass-through VF, worked by hand', () => {
  it('NVMe/RDMA (the NVMe-oF array over RoCEv2): 1 µs host stack, 1 µs target stack, 0.02 GHz per Gb/s', () => {
    const pt = modeOf(run(design('st-eth-nvmeof-100g')), 'passthrough');
    expect(pt.sanTransports).toEqual([{ nodeId: 'srv', storageNodeId: 'st', transport: 'nvme-rdma', flows: 2 }]);
    // 0.3 + 1 + 2 + 0.45 + 0.03 + 1 (target) + 80 (service) = 84.78 µs
    expect(pt.vm.latencyUs.san.median).toBeCloseTo(VF_HOST_US + 1 + PATH_US + 1 + 80, 9);
    // 4 Gb/s × 0.02 + 0.04928 = 0.12928 GHz; 161.28 / 2.12928 = 75.7
    expect(pt.density.groups[0]!.ioGhzPerVm).toBeCloseTo(4 * 0.02 + VF_GHZ, 12);
    expect(pt.density.vmsPerServer).toBe(fit(4 * 0.02 + VF_GHZ));
    expect(fit(0.12928)).toBe(75);
    const f = pt.findings.find((x) => x.code === 'lossless-fabric')!;
    expect(f.message).toContain('storage traffic runs as NVMe/RDMA over RoCEv2');
    expect(f.message).toMatch(/PFC .*ECN/);
  });

  it('NVMe/TCP (the NVMe/TCP array): today’s TCP stack 5 µs + target 13 µs, 0.1 GHz per Gb/s', () => {
    const pt = modeOf(run(design('st-eth-nvmetcp-100g')), 'passthrough');
    expect(pt.sanTransports![0]!.transport).toBe('nvme-tcp');
    // 0.3 + 5 + 2.48 + 13 + 87 = 107.78 µs: the 100 µs array of before plus the TCP stack, as it was
    expect(pt.vm.latencyUs.san.median).toBeCloseTo(VF_HOST_US + 5 + PATH_US + 13 + 87, 9);
    // 4 × 0.1 + 0.04928 = 0.44928 GHz; 161.28 / 2.44928 = 65.8
    expect(pt.density.groups[0]!.ioGhzPerVm).toBeCloseTo(4 * 0.1 + VF_GHZ, 12);
    expect(pt.density.vmsPerServer).toBe(65);
    expect(pt.findings.some((x) => x.code === 'lossless-fabric')).toBe(false);
  });

  it('iSCSI (the iSCSI array): TCP 5 + SCSI/iSCSI layer 5 µs, target 30 µs, 1.5 × TCP’s CPU', () => {
    const pt = modeOf(run(design('st-eth-iscsi-25g')), 'passthrough');
    expect(pt.sanTransports![0]!.transport).toBe('iscsi');
    // 0.3 + 10 + 2.48 + 30 + 150 = 192.78 µs
    expect(pt.vm.latencyUs.san.median).toBeCloseTo(VF_HOST_US + 5 + 5 + PATH_US + 30 + 150, 9);
    // 4 × (0.1 + 0.5 × 0.1) + 0.04928 = 0.64928 GHz; 161.28 / 2.64928 = 60.9
    expect(pt.density.groups[0]!.ioGhzPerVm).toBeCloseTo(4 * 0.15 + VF_GHZ, 12);
    expect(pt.density.vmsPerServer).toBe(60);
  });

  it('per-VM SAN bandwidth, pushed: pass-through reaches the port whatever the transport; software caps NVMe/TCP at the kernel switch', () => {
    const rdma = run(design('st-eth-nvmeof-100g'), true);
    // two VMs share one port's goodput: 94.148 / 2 = 47.07 Gb/s = 5,884 MB/s each
    expect(modeOf(rdma, 'passthrough').vm.sanMBps.median).toBeCloseTo(((GOODPUT / 2) * 1000) / 8, 6);
    // the 25GbE array's port: 25 × 1448/1538 / 2 = 11.77 Gb/s = 1,471 MB/s each
    expect(modeOf(run(design('st-eth-iscsi-25g'), true), 'passthrough').vm.sanMBps.median).toBeCloseTo(((25 * (1448 / 1538)) / 2 / 8) * 1000, 6);
    // software: virtio has no RDMA, the same array serves NVMe/TCP through the kernel switch: 4 × 2.8 / 0.25 / 2 = 22.4 Gb/s
    const sw = modeOf(rdma, 'software');
    expect(sw.sanTransports![0]!.transport).toBe('nvme-tcp');
    expect(sw.vm.sanMBps.median).toBeCloseTo((22.4 * 1000) / 8, 6);
  });

  it('software mode: NVMe/TCP through the kernel switch, 10 + 5 µs per end and 0.35 GHz per Gb/s', () => {
    const sw = modeOf(run(design('st-eth-nvmeof-100g')), 'software');
    expect(sw.vm.latencyUs.san.median).toBeCloseTo(10 + 5 + PATH_US + 13 + 80, 9); // 110.48
    expect(sw.density.groups[0]!.ioGhzPerVm).toBeCloseTo(4 * 0.35, 12);
    expect(sw.density.vmsPerServer).toBe(fit(1.4)); // 161.28 / 3.4 = 47.4
    expect(fit(1.4)).toBe(47);
  });

  it('a group that plans no VMs is charged the transport it would use with the array (NVMe/RDMA: 0.02, NVMe/TCP: 0.1 GHz per Gb/s)', () => {
    const none = (d: Design): Design => ({ ...d, nodes: d.nodes.map((n) => (n.id === 'srv' ? { ...n, vmsPerServer: 0 } : n)) });
    expect(modeOf(run(none(design('st-eth-nvmeof-100g'))), 'passthrough').density.groups[0]!.ioGhzPerVm).toBeCloseTo(4 * 0.02 + VF_GHZ, 12);
    expect(modeOf(run(none(design('st-eth-nvmetcp-100g'))), 'passthrough').density.groups[0]!.ioGhzPerVm).toBeCloseTo(4 * 0.1 + VF_GHZ, 12);
    expect(modeOf(run(none(design('st-eth-iscsi-25g'))), 'passthrough').density.groups[0]!.ioGhzPerVm).toBeCloseTo(4 * 0.15 + VF_GHZ, 12);
  });

  it('no transport in common is an error naming both parts, and those flows carry nothing', () => {
    const rdmaOnly: StoragePart = { ...part('st-eth-nvmeof-100g'), id: 'custom-rdma-only', name: 'RDMA-only array', serves: ['nvme-rdma'] };
    // a NIC without RoCE (82599 class): nothing in common in any mode
    const r = run(design('', { nic: 'nic-10gbe-2p', custom: rdmaOnly }));
    for (const m of r.modes) {
      const f = m.findings.find((x) => x.code === 'no-san-transport')!;
      expect(f.severity).toBe('error');
      expect(f.message).toContain('10GbE NIC, 2 ports');
      expect(f.message).toContain('RDMA-only array');
      expect(f.message).toContain('serves NVMe/RDMA');
      expect(m.vm.sanMBps.max).toBe(0);
      // nothing carried, so no storage latency beside the error
      expect(m.vm.latencyUs.san.n).toBe(0);
      expect(m.vm.loadedLatencyUs.san.n).toBe(0);
      expect(m.density.groups[0]!.ioGhzPerVm).toBeCloseTo(m.mode === 'passthrough' ? VF_GHZ : 0, 12);
    }
    // with a RoCE NIC it meets the array in pass-through only
    const roce = run(design('', { custom: rdmaOnly }));
    expect(modeOf(roce, 'passthrough').findings.some((x) => x.code === 'no-san-transport')).toBe(false);
    expect(modeOf(roce, 'software').findings.some((x) => x.code === 'no-san-transport')).toBe(true);
  });
});

describe('arrays from before keep their numbers', () => {
  // The NVMe/TCP array before arrays said what they serve: 100 µs service time, TCP/IP.
  const before: StoragePart = { ...part('st-eth-nvmetcp-100g'), id: 'custom-before', serviceLatencyUs: 100, serves: undefined };

  it.each([undefined, 'seed-2007'] as const)('the NVMe/TCP array reads as it did, every figure in every mode (virtual switch %s)', (vswitch) => {
    const now = run(design('st-eth-nvmetcp-100g', { vswitch }));
    const then = run(design('', { vswitch, custom: before }));
    expect(modeOf(then, 'passthrough').sanTransports![0]!.transport).toBe('tcp');
    for (const m of now.modes) {
      const o = modeOf(then, m.mode);
      expect(m.vm.sanMBps).toEqual(o.vm.sanMBps);
      for (const k of ['latencyUs', 'loadedLatencyUs'] as const) {
        for (const key of ['min', 'median', 'max', 'mean'] as const) expect(m.vm[k].san[key]).toBeCloseTo(o.vm[k].san[key], 9);
      }
      expect(m.density).toEqual(o.density);
    }
  });

  it('an array without `serves` serves what its protocol did: Ethernet TCP/IP with no target stack of its own', () => {
    const pt = modeOf(run(design('', { custom: before })), 'passthrough');
    expect(pt.vm.latencyUs.san.median).toBeCloseTo(VF_HOST_US + 5 + PATH_US + 100, 9);
    expect(pt.density.groups[0]!.ioGhzPerVm).toBeCloseTo(4 * 0.1 + VF_GHZ, 12);
  });
});

describe('the best transport both ends run', () => {
  const TODAY = ['nvme-rdma', 'nvme-tcp', 'iscsi'] as const;
  const subset = fc.subarray([...TODAY], { minLength: 1 });

  it('serving one more of today’s transports never raises a VM’s SAN latency or its I/O CPU', () => {
    fc.assert(
      fc.property(subset, fc.constantFrom(...TODAY), fc.constantFrom('nic-100gbe-2p', 'nic-10gbe-2p'), (serves, extra, nic) => {
        const array = (s: StoragePart['serves']): StoragePart => ({ ...part('st-eth-nvmeof-100g'), id: 'custom-array', serves: s });
        const a = run(design('', { nic, custom: array(serves) }));
        const b = run(design('', { nic, custom: array([...new Set([...serves, extra])]) }));
        for (const m of a.modes) {
          const n = modeOf(b, m.mode);
          if (m.vm.sanMBps.max > 0) expect(n.vm.latencyUs.san.median).toBeLessThanOrEqual(m.vm.latencyUs.san.median + 1e-9);
          expect(n.vm.sanMBps.median).toBeGreaterThanOrEqual(m.vm.sanMBps.median - 1e-9);
          if (m.vm.sanMBps.max > 0) expect(n.density.groups[0]!.ioGhzPerVm).toBeLessThanOrEqual(m.density.groups[0]!.ioGhzPerVm + 1e-12);
          // whatever it picks, both ends run it
          for (const u of n.sanTransports ?? []) expect([...serves, extra]).toContain(u.transport);
        }
      }),
      { numRuns: 40 },
    );
  });
});
