import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design, SimulationResult } from '../domain';
import { TEMPLATES } from '../scenarios';
import { DesignBuilder, bus, port } from '../scenarios/builder';
import { simulateWithCapability } from './simulate';
import { arbDesign } from '../scenarios/testing/arbitraryFabric';

const GOODPUT = 1448 / 1538; // a GigE port's TCP payload, Gb/s

const withWorkload = (d: Design, w: Partial<Design['workloads'][number]>): Design => ({ ...d, workloads: [{ ...d.workloads[0]!, ...w }] });

const KEYS = ['lanGbps', 'sanMBps', 'ipcGbps'] as const;

/** Every VM, every kind, every mode: capability ≥ delivered, both finite and ≥ 0 where a flow exists. */
function checkCapability(r: SimulationResult): void {
  expect(r.capability).toHaveLength(r.modes.length);
  r.modes.forEach((m, i) => {
    const c = r.capability![i]!;
    expect(c.mode).toBe(m.mode);
    for (const key of KEYS) {
      const got = m.perVm[key];
      const could = c.perVm[key];
      for (let vm = 0; vm < got.length; vm++) {
        if (got[vm]! < 0) {
          expect(could[vm]).toBe(got[vm]); // no flow of this kind: none invented
          continue;
        }
        expect(Number.isFinite(got[vm]!) && Number.isFinite(could[vm]!)).toBe(true);
        expect(could[vm]!).toBeGreaterThanOrEqual(got[vm]!);
      }
      if (c.vm[key].n > 0) expect(c.vm[key].median).toBeGreaterThanOrEqual(m.vm[key].median);
    }
    for (const h of Object.values(c.headroom)) if (h !== null) expect(h >= 0 && Number.isFinite(h)).toBe(true);
  });
}

// One rack server, 4 VMs, LAN only (100 Mb/s each), one GigE port to a switch and the LAN; no
// storage anywhere. Delivered: 4 × 0.1 = 0.4 Gb/s fits the port's 0.9415, every VM gets 0.1.
// Capability: LAN unlimited, the port's 0.9415 shared by 4 → 0.235 Gb/s each, headroom 2.35×.
const lanOnly = withWorkload(
  new DesignBuilder('lan only', '')
    .server('srv', 'srv-rack2u-2007', 'Server', 0, 0, { count: 1, vms: 4, adapters: [['nic', 'nic-gige-1p']] })
    .node('eth', 'sw-gige-48', 'GigE switch', 0, 0)
    .node('lan', 'net-lan-gige', 'LAN', 0, 0)
    .link(port('srv', 'nic'), bus('eth'))
    .link(bus('eth'), bus('lan'))
    .build(),
  { lanMbps: 100, sanMBps: 0, ipcMbps: 0 },
);

describe('capability: each kind pushed, the others at their demand', () => {

  it('a LAN-only workload: LAN capability by hand, no SAN traffic invented (no "no SAN path" error)', () => {
    const r = simulateWithCapability(lanOnly, { modes: ['software'] });
    const m = r.modes[0]!;
    const c = r.capability![0]!;
    expect(m.vm.lanGbps.median).toBeCloseTo(0.1, 12);
    expect(c.vm.lanGbps.median).toBeCloseTo(GOODPUT / 4, 12);
    expect(c.headroom.lan).toBeCloseTo(GOODPUT / 4 / 0.1, 9); // 2.354×
    expect(c.headroom.san).toBeNull();
    expect(c.vm.sanMBps.n).toBe(0);
    expect([...r.findings, ...m.findings].filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a kind short of its demand: capability equals delivered, headroom below 1, never below delivered', () => {
    // 4 VMs at 300 Mb/s ask 1.2 Gb/s of a 0.9415 Gb/s port: each gets 0.9415 / 4 and can get no more.
    const r = simulateWithCapability(withWorkload(lanOnly, { lanMbps: 300 }), { modes: ['software'] });
    expect(r.modes[0]!.vm.lanGbps.median).toBeCloseTo(GOODPUT / 4, 12);
    expect(r.capability![0]!.vm.lanGbps.median).toBeCloseTo(GOODPUT / 4, 12);
    expect(r.capability![0]!.headroom.lan).toBeCloseTo(GOODPUT / 4 / 0.3, 9); // 0.785×
    expect(r.modes[0]!.vm.short?.lan).toEqual({ vms: 4, min: GOODPUT / 4, max: GOODPUT / 4 });
  });

  it('workloads of different demand on one port: the heavier VM keeps what it gets (capability floor)', () => {
    // Two servers, one VM each, on one GigE uplink: A asks 500 Mb/s, B 100 Mb/s; 0.6 Gb/s fits 0.9415.
    // LAN unlimited would even them out at 0.9415 / 2 = 0.471 each: B could get 0.471, but A's
    // 0.5 would drop, so A's capability stays at the 0.5 it gets.
    const d = new DesignBuilder('two demands', '')
      .server('a', 'srv-rack2u-2007', 'A', 0, 0, { count: 1, vms: 1, adapters: [['nic', 'nic-gige-1p']] })
      .server('b', 'srv-rack2u-2007', 'B', 0, 0, { count: 1, vms: 1, adapters: [['nic', 'nic-gige-1p']] })
      .node('eth', 'sw-gige-48', 'GigE switch', 0, 0)
      .node('lan', 'net-lan-gige', 'LAN', 0, 0)
      .link(port('a', 'nic'), bus('eth'))
      .link(port('b', 'nic'), bus('eth'))
      .link(bus('eth'), bus('lan'))
      .build();
    d.workloads = [
      { ...d.workloads[0]!, lanMbps: 500, sanMBps: 0, ipcMbps: 0 },
      { ...d.workloads[0]!, id: 'light', name: 'light', lanMbps: 100, sanMBps: 0, ipcMbps: 0 },
    ];
    d.nodes = d.nodes.map((n) => (n.id === 'b' ? { ...n, workloadId: 'light' } : n));
    const r = simulateWithCapability(d, { modes: ['software'] });
    const c = r.capability![0]!;
    expect(Array.from(r.modes[0]!.perVm.lanGbps)).toEqual([0.5, 0.1].map((v) => expect.closeTo(v, 12)));
    expect(Array.from(c.perVm.lanGbps)).toEqual([0.5, GOODPUT / 2].map((v) => expect.closeTo(v, 12)));
    expect(c.headroom.lan).toBeCloseTo(1, 12); // the tightest VM (A) is at its demand
  });

  it('holds on every template, in every mode', () => {
    for (const t of TEMPLATES) checkCapability(simulateWithCapability(t.build()));
  });

  it('holds on 1,000 generated designs, some with two workloads sharing the fabric', () => {
    fc.assert(
      fc.property(arbDesign, (design) => {
        checkCapability(simulateWithCapability(design));
      }),
      { numRuns: 1000 },
    );
    // 3,000 simulations with their capability: about 10 s on a quiet 2-core machine, 40 s with
    // both cores busy. Honest work, not a hang: room for a slow machine.
  }, 180_000);
});

describe('one population: bandwidth, latency and cost per VM count the VMs that run', () => {
  // One rack server (32 GB, 10% reserved: 28.8 GB) plans 4 VMs of 12 GB each: ⌊28.8 / 12⌋ = 2 fit.
  // The 2 that run each ask 400 Mb/s of a 0.9415 Gb/s GigE port: 0.8 Gb/s fits, both get 0.4.
  // (Were all 4 to run, each would get 0.9415 / 4 = 0.235 — the figure a planner must not see
  // beside a TCO per VM that divides by 2.)
  const d = withWorkload(lanOnly, { lanMbps: 400, memoryGb: 12 });

  it('2 of 4 planned VMs fit: both get 0.4 Gb/s, TCO per VM divides by 2', () => {
    const m = simulateWithCapability(d, { modes: ['software'] }).modes[0]!;
    expect(m.density.groups[0]).toMatchObject({ planned: 4, fit: 2, limitedBy: 'memory' });
    expect(m.density.vmsRunning).toBe(2);
    expect(m.vm.lanGbps).toMatchObject({ n: 2, min: expect.closeTo(0.4, 12), max: expect.closeTo(0.4, 12) });
    expect(m.vm.latencyUs.lan.n).toBe(2);
    expect(m.vm.short?.lan.vms).toBe(0);
    expect(m.cost.perVmUsd).toBeCloseTo(m.cost.tcoUsd / 2, 6);
    expect(m.findings.map((f) => f.code)).toContain('memory-overcommit');
  });

  it('no VM fits: no figure per VM, and TCO per VM is null ("—"), not $0', () => {
    const m = simulateWithCapability(withWorkload(d, { memoryGb: 64 }), { modes: ['software'] }).modes[0]!;
    expect(m.density.vmsRunning).toBe(0);
    expect(m.vm.lanGbps.n).toBe(0);
    expect(m.cost.perVmUsd).toBeNull();
  });
});
