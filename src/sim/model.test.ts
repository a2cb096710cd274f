import { describe, expect, it } from 'vitest';
import { MODEL_PARAMS } from '../catalog';
import type { Design, Workload } from '../domain';
import { bus, DesignBuilder, port, sideA, sideB } from '../scenarios/builder';
import { vswitchCapGbps } from './hostPath';
import { simulate } from './simulate';

/**
 * Small designs whose numbers are worked out by hand from the catalog (src/catalog/seedParts.ts)
 * and the model parameters (src/catalog/params.ts). Catalog figures used below:
 *   srv-blade-2007     21.28 GHz total, 2.66 GHz per core, 32 GB
 *   hypervisor reserve 10% (DEFAULT_SETTINGS): 19.152 GHz and 28.8 GB left for VMs
 *   nic-gige-*         1 Gb/s ports; TCP goodput 1448/1538 = 0.941482 Gb/s per port
 *   hca-infinihost3    2 × DDR (16 Gb/s data), PCIe 1486 MB/s = 11.888 Gb/s
 *   GHz per Gb/s       software network path 0.8 (TCP and IPoIB through the virtual switch),
 *                      SRP 0.5 software / 0.05 native, RDMA 0.02 native
 */
const withWorkload = (d: Design, w: Partial<Workload>): Design => ({ ...d, workloads: [{ ...d.workloads[0]!, ...w }] });
const GOODPUT = 1448 / 1538;

describe('density charges each flow to the adapter routing put it on (issue 10, item 1)', () => {
  // Two blades, each with a 2-port GigE NIC (to a GigE switch and the LAN) and an InfiniHost III
  // HCA (to an IB switch and, through an IB↔FC gateway, FC storage). No roles: routing decides.
  //   LAN: only the NIC reaches the LAN                          → TCP on the NIC
  //   SAN: the NIC reaches no storage; the HCA does, via SRP     → SRP on the HCA
  //   IPC: 3 usable ports (NIC ×2, the HCA's first); 3 VMs take one each → 2 TCP flows, 1 IPoIB/RDMA
  const design = withWorkload(
    new DesignBuilder('density', '')
      .server('srv', 'srv-blade-2007', 'Blades', 0, 0, { count: 2, vms: 3, adapters: [['nic', 'nic-gige-2p'], ['hca', 'hca-infinihost3-ddr']] })
      .node('eth', 'sw-gige-48', 'GigE switch', 0, 0)
      .node('lan', 'net-lan-gige', 'LAN', 0, 0)
      .node('ib', 'sw-ib-ddr-24', 'IB switch', 0, 0)
      .node('gw', 'gw-ib-fc-4', 'IB↔FC gateway', 0, 0)
      .node('st', 'st-fc-array-2g', 'FC storage', 0, 0)
      .link(port('srv', 'nic', 0), bus('eth'))
      .link(port('srv', 'nic', 1), bus('eth'))
      .link(bus('eth'), bus('lan'), { lanes: 4 })
      .link(port('srv', 'hca'), bus('ib'))
      .link(bus('ib'), sideA('gw'))
      .link(sideB('gw'), bus('st'), { lanes: 4 })
      .build(),
    { lanMbps: 500, sanMBps: 100, ipcMbps: 1000, cpuGhz: 1, memoryGb: 1, ibTransport: 'rdma' },
  );

  it('software: LAN 0.5 × 0.8 + SAN 0.8 × 0.5 + IPC 1 × 0.8 = 1.6 GHz per VM → ⌊19.152 / 2.6⌋ = 7 VMs', () => {
    const g = simulate(design, { modes: ['software'] }).modes[0]!.density.groups[0]!;
    expect(g.ioGhzPerVm).toBeCloseTo(0.4 + 0.4 + 0.8, 12);
    expect(g.cpuGhzPerVm).toBeCloseTo(2.6, 12);
    expect(g.fit).toBe(7);
  });

  it('native: the NIC stays software (0.4), SRP native 0.8 × 0.05, IPC (2 × 0.8 + 1 × 0.02) / 3 → 9 VMs', () => {
    const r = simulate(design, { modes: ['native'] }).modes[0]!;
    const g = r.density.groups[0]!;
    const io = 0.4 + 0.8 * 0.05 + (2 * 1 * 0.8 + 1 * 0.02) / 3; // 0.98 GHz
    expect(g.ioGhzPerVm).toBeCloseTo(io, 12);
    expect(g.fit).toBe(Math.floor(19.152 / (1 + io))); // ⌊9.67⌋ = 9
    expect(g.fit).toBe(9);
    // The old rule (first cabled adapter allowed: the NIC, TCP at 1 GHz/Gb/s for everything) gave 5.
    expect(r.unreachable).toEqual([]);
  });

  it('the software network path uses one parameter for the virtual switch cap and the density charge', () => {
    const P = MODEL_PARAMS;
    expect(P.ioGhzPerGbps.software.tcp).toBe(P.softwareNetGhzPerGbps.value);
    expect(P.ioGhzPerGbps.software.ipoib).toBe(P.softwareNetGhzPerGbps.value);
    const blade = { coreGhz: 2.66 } as Parameters<typeof vswitchCapGbps>[0];
    expect(vswitchCapGbps(blade)).toBeCloseTo(2.66 / P.softwareNetGhzPerGbps.value, 12); // 3.325 Gb/s per port
  });

  it('a group that plans no VMs is charged as one VM over the ports it could use', () => {
    const idle: Design = { ...design, nodes: design.nodes.map((n) => (n.id === 'srv' ? { ...n, vmsPerServer: 0 } : n)) };
    const g = simulate(idle, { modes: ['software'] }).modes[0]!.density.groups[0]!;
    // Cabled carriers: LAN NIC ×2 (TCP), SAN NIC ×2 (TCP) and HCA (SRP), IPC NIC ×2 and HCA (IPoIB).
    expect(g.ioGhzPerVm).toBeCloseTo(0.5 * 0.8 + 0.8 * ((2 * 0.8 + 0.5) / 3) + 1 * 0.8, 12);
  });
});

describe('the software virtual switch is capped per port (item 2)', () => {
  // One rack server, 8 VMs, LAN only and saturated, four GigE ports to a switch whose
  // uplink to the LAN is wide (8 lanes). Per port: min(goodput 0.9415, virtual switch 3.325,
  // bus) = 0.9415 Gb/s, so four ports give 4 × 0.9415 = 3.766 Gb/s whichever NICs hold them.
  const lanOnly = (adapters: Array<[string, string]>, links: Array<[string, number]>): Design => {
    const b = new DesignBuilder('ports', '')
      .server('srv', 'srv-rack2u-2007', 'Server', 0, 0, { count: 1, vms: 8, adapters })
      .node('eth', 'sw-gige-48', 'GigE switch', 0, 0)
      .node('lan', 'net-lan-gige', 'LAN', 0, 0)
      .link(bus('eth'), bus('lan'), { lanes: 8 });
    for (const [id, p] of links) b.link(port('srv', id, p), bus('eth'));
    // A modest demand, pushed by the saturated run: a demand of 1 Tb/s per VM would be charged
    // its I/O CPU, and no VM would fit to run.
    return withWorkload(b.build(), { sanMBps: 0, ipcMbps: 0, lanMbps: 15 });
  };

  it('one 4-port NIC delivers what four 1-port NICs deliver: 4 × 0.9415 Gb/s', () => {
    const one = simulate(lanOnly([['nic', 'nic-gige-4p']], [['nic', 0], ['nic', 1], ['nic', 2], ['nic', 3]]), { modes: ['software'], saturate: true }).modes[0]!;
    const four = simulate(
      lanOnly([['a', 'nic-gige-1p'], ['b', 'nic-gige-1p'], ['c', 'nic-gige-1p'], ['d', 'nic-gige-1p']], [['a', 0], ['b', 0], ['c', 0], ['d', 0]]),
      { modes: ['software'], saturate: true },
    ).modes[0]!;
    expect(one.totals.lanGbps).toBeCloseTo(4 * GOODPUT, 9);
    expect(four.totals.lanGbps).toBeCloseTo(4 * GOODPUT, 9);
    expect(one.vm.lanGbps.min).toBeCloseTo(GOODPUT / 2, 9); // two VMs per port
  });

  it('an HCA port in software IOV is held by the virtual switch: 2.66 / 0.8 = 3.325 Gb/s per port', () => {
    const d = withWorkload(
      new DesignBuilder('hca', '')
        .server('srv', 'srv-blade-2007', 'Server', 0, 0, { count: 1, vms: 4, adapters: [['hca', 'hca-infinihost3-ddr']] })
        .node('ib', 'sw-ib-ddr-24', 'IB switch', 0, 0)
        .node('gw', 'gw-ib-eth-6', 'Gateway', 0, 0, 2)
        .node('lan', 'net-lan-gige', 'LAN', 0, 0)
        .link(port('srv', 'hca', 0), bus('ib'))
        .link(port('srv', 'hca', 1), bus('ib'))
        .link(bus('ib'), sideA('gw'))
        .link(sideB('gw'), bus('lan'), { lanes: 6 })
        .build(),
      { sanMBps: 0, ipcMbps: 0, lanMbps: 15 },
    );
    const r = simulate(d, { modes: ['software'], saturate: true }).modes[0]!;
    // Two ports, each capped at 3.325 Gb/s by its virtual switch core: 6.65 Gb/s, under the
    // bus (11.888) and the two gateways' Ethernet sides (2 × 6 × 0.9415 = 11.3).
    expect(r.totals.lanGbps).toBeCloseTo(2 * (2.66 / 0.8), 9);
    expect(r.bottlenecks[0]!.kind).toBe('host-path');
  });
});

describe('equal-cost paths are spread evenly (item 5)', () => {
  // Servers with a ConnectX HCA (4 VMs each, SAN only, saturated: unlimited demand) on
  // a stack of 24-port DDR leaves, meshed to two spines, each spine to one NVMe-oF array over 8
  // lanes. A leaf's two uplinks are the bottleneck: 15.7387 Gb/s each (16 × 2048/2082).
  const UPLINK = 16 * (2048 / 2082);
  const fabric = (servers: number, leaves: number): Design =>
    withWorkload(
      new DesignBuilder('leaf-spine', '')
        .server('srv', 'srv-rack2u-2007', 'Servers', 0, 0, { count: servers, vms: 4, adapters: [['hca', 'hca-connectx-ddr']] })
        .node('leaf', 'sw-ib-ddr-24', 'Leaves', 0, 0, leaves)
        .node('spine', 'sw-ib-ddr-24', 'Spines', 0, 0, 2)
        .node('st', 'st-ib-nvmeof-hdr', 'Storage', 0, 0, 2)
        .link(port('srv', 'hca'), bus('leaf'))
        .link(bus('leaf'), bus('spine'), { mesh: true })
        .link(bus('spine'), bus('st'), { lanes: 8 })
        .build(),
      { lanMbps: 0, ipcMbps: 0, sanMBps: 2 },
    );

  it('symmetric: 16 servers on 4 leaves, 16 SAN flows per leaf, 8 per uplink: every VM gets 15.7387 / 8 Gb/s', () => {
    const r = simulate(fabric(16, 4), { modes: ['native'], saturate: true }).modes[0]!;
    const share = ((UPLINK / 8) * 1000) / 8; // Gb/s → MB/s: 245.92
    expect(r.vm.sanMBps.n).toBe(64);
    expect(r.vm.sanMBps.min).toBeCloseTo(share, 9);
    expect(r.vm.sanMBps.max).toBeCloseTo(share, 9);
  });

  it('asymmetric: 10 servers on 3 leaves pair 4/3/3, so the first leaf’s VMs get 8 per uplink, the others 6', () => {
    const r = simulate(fabric(10, 3), { modes: ['native'], saturate: true }).modes[0]!;
    const mb = (gbps: number): number => (gbps * 1000) / 8;
    expect(r.vm.sanMBps.min).toBeCloseTo(mb(UPLINK / 8), 9);
    expect(r.vm.sanMBps.max).toBeCloseTo(mb(UPLINK / 6), 9);
    const series = Array.from(r.perVm.sanMBps);
    expect(series.filter((v) => Math.abs(v - mb(UPLINK / 8)) < 1e-9)).toHaveLength(16);
    expect(series.filter((v) => Math.abs(v - mb(UPLINK / 6)) < 1e-9)).toHaveLength(24);
  });
});

describe('reasons name the real cause (item 8)', () => {
  const base = (adapters: Array<[string, string, Array<'lan' | 'san' | 'ipc'>?]>, cabled: string[]) => {
    const b = new DesignBuilder('reasons', '')
      .server('srv', 'srv-rack2u-2007', 'Rack', 0, 0, { count: 2, vms: 2, adapters })
      .node('eth', 'sw-gige-48', 'GigE switch', 0, 0)
      .node('fc', 'sw-fc-32-2g', 'FC switch', 0, 0)
      .node('lan', 'net-lan-gige', 'LAN', 0, 0)
      .node('st', 'st-fc-array-2g', 'FC storage', 0, 0)
      .link(bus('eth'), bus('lan'))
      .link(bus('fc'), bus('st'));
    for (const id of cabled) b.link(port('srv', id), bus(id.startsWith('hba') ? 'fc' : 'eth'));
    return simulate(b.build(), { modes: ['software'] }).modes[0]!;
  };

  it('a server whose only adapter is an FC HBA: Fibre Channel carries storage only', () => {
    const r = base([['hba', 'hba-fc-2g']], ['hba']);
    const lan = r.unreachable.find((u) => u.kind === 'lan')!;
    expect(lan.reason).toBe('"Rack" has only Fibre Channel adapters, and Fibre Channel carries storage traffic only: add an Ethernet NIC or an InfiniBand HCA for LAN traffic.');
    expect(r.unreachable.find((u) => u.kind === 'san')).toBeUndefined();
  });

  it('roles and protocol together: each adapter is named with why it cannot carry the traffic', () => {
    const r = base([['nic', 'nic-gige-1p', ['lan']], ['hba', 'hba-fc-2g']], ['nic', 'hba']);
    const ipc = r.unreachable.find((u) => u.kind === 'ipc')!;
    expect(ipc.reason).toBe('No adapter in "Rack" carries server-to-server traffic: GigE NIC, 1 port (PCIe x1) is assigned to LAN only; Fibre Channel carries storage traffic only.');
  });
});
