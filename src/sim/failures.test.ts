import { describe, expect, it } from 'vitest';
import { catalogFor } from '../catalog';
import { DesignSchema, type Design, type Failure } from '../domain';
import { getTemplate } from '../scenarios';
import { bus, DesignBuilder, port, sideA, sideB } from '../scenarios/builder';
import { failureLabel } from './failures';
import { compareResults, evaluateWithFailures, nMinus1, whatIfBase } from './nMinus1';
import { simulate } from './simulate';

/**
 * 8 one-HCA blades, 2 VMs each, block-paired onto a stack of 4 leaves (servers 2k and 2k+1 on
 * leaf k), one spine, a stack of 2 IB↔Ethernet gateways to the LAN, IB storage on the spine.
 * The workload's demands are met everywhere, so totals are demand × VMs that still have a path.
 */
function leafStack(lanMbps = 15): Design {
  const d = new DesignBuilder('Leaf stack', 'test')
    .server('srv', 'srv-blade-2007', 'Servers', 0, 0, { count: 8, vms: 2, adapters: [['hca', 'hca-infinihost3-ddr']] })
    .node('leaf', 'sw-ib-ddr-24', 'Leaves', 0, 0, 4)
    .node('spine', 'sw-ib-ddr-24', 'Spine', 0, 0, 1)
    .node('gw', 'gw-ib-eth-6', 'Gateways', 0, 0, 2)
    .node('lan', 'net-lan-gige', 'LAN', 0, 0)
    .node('st', 'st-ib-srp-array', 'Storage', 0, 0)
    .link(port('srv', 'hca'), bus('leaf')) // l1: 8 cables, server i on leaf ⌊i/2⌋
    .link(bus('leaf'), bus('spine'), { mesh: true }) // l2: leaf k ↔ spine is pair k
    .link(sideA('gw'), bus('spine')) // l3
    .link(sideB('gw'), bus('lan'), { lanes: 6 }) // l4
    .link(bus('spine'), bus('st')) // l5
    .build({ keepPositions: true });
  return { ...d, workloads: [{ ...d.workloads[0]!, lanMbps }] };
}

/** 4 blades with two HCAs each: hca1 on leaf A, hca2 on leaf B (an HA pair), both leaves on one spine. */
function haPair(): Design {
  return new DesignBuilder('HA pair', 'test')
    .server('srv', 'srv-blade-2007', 'Servers', 0, 0, { count: 4, vms: 2, adapters: [['hca1', 'hca-infinihost3-ddr'], ['hca2', 'hca-infinihost3-ddr']] })
    .node('leafA', 'sw-ib-ddr-24', 'Leaf A', 0, 0)
    .node('leafB', 'sw-ib-ddr-24', 'Leaf B', 0, 0)
    .node('spine', 'sw-ib-ddr-24', 'Spine', 0, 0)
    .node('gw', 'gw-ib-eth-6', 'Gateway', 0, 0)
    .node('lan', 'net-lan-gige', 'LAN', 0, 0)
    .node('st', 'st-ib-srp-array', 'Storage', 0, 0)
    .link(port('srv', 'hca1'), bus('leafA'))
    .link(port('srv', 'hca2'), bus('leafB'))
    .link(bus('leafA'), bus('spine'))
    .link(bus('leafB'), bus('spine'))
    .link(sideA('gw'), bus('spine'))
    .link(sideB('gw'), bus('lan'), { lanes: 6 })
    .link(bus('spine'), bus('st'))
    .build({ keepPositions: true });
}

const impactOf = (design: Design, failures: Failure[]) => {
  const base = whatIfBase(design, 'software');
  return compareResults(base, failures, evaluateWithFailures(base, failures));
};

describe('failure semantics on the expanded topology', () => {
  it('intact test designs reach everything and meet demand (the baseline the expectations assume)', () => {
    for (const d of [leafStack(), haPair()]) {
      const m = simulate(d, { modes: ['software'] }).modes[0]!;
      expect(m.unreachable).toEqual([]);
      const vms = m.vm.count;
      expect(m.totals.lanGbps).toBeCloseTo(vms * 0.015, 9);
      expect(m.totals.sanMBps).toBeCloseTo(vms * 2, 9);
      expect(m.totals.ipcGbps).toBeCloseTo(vms * 0.3, 9);
    }
  });

  it('a leaf of a stack: exactly the servers cabled to it are cut off (no re-pairing), and the server before them loses its peer', () => {
    // Leaf #2 (member 1) carries servers 2 and 3: their 4 VMs lose everything; server 1's 2 VMs
    // talk to server 2 (the ring) and lose server-to-server only. 16 VMs in all.
    const i = impactOf(leafStack(), [{ kind: 'node', node: 'leaf', member: 1 }]);
    expect(i.vmsCutOff).toEqual({ lan: 4, san: 4, ipc: 6 });
    expect(i.vmsAffected).toBe(6);
    expect(i.vmsLostLanAndSan).toBe(4);
    expect(i.bandwidthChange.lan).toBeCloseTo(12 / 16 - 1, 9);
    expect(i.bandwidthChange.san).toBeCloseTo(12 / 16 - 1, 9);
    expect(i.bandwidthChange.ipc).toBeCloseTo(10 / 16 - 1, 9);
    expect(i.perVm.lan).toEqual({ min: 0.015, median: 0.015 });
  });

  it('a single cable: the blade behind it is cut off; a leaf uplink cuts off that leaf\'s two blades', () => {
    const server = impactOf(leafStack(), [{ kind: 'cable', link: 'l1', pair: 5 }]);
    expect(server.vmsCutOff).toEqual({ lan: 2, san: 2, ipc: 4 });
    // Leaf #1's uplink (pair 0 of the mesh): servers 0 and 1 keep talking to each other on the
    // leaf; server 1 → 2 and server 7 → 0 cross the spine and are lost.
    const uplink = impactOf(leafStack(), [{ kind: 'cable', link: 'l2', pair: 0 }]);
    expect(uplink.vmsCutOff).toEqual({ lan: 4, san: 4, ipc: 4 });
  });

  it('an HA pair on two leaves: losing either leaf or one HCA cuts nothing off; losing both leaves cuts off all 8 VMs', () => {
    for (const f of [{ kind: 'node', node: 'leafA' }, { kind: 'node', node: 'leafB' }, { kind: 'adapter', node: 'srv', adapter: 'hca1', member: 2 }] as Failure[]) {
      const i = impactOf(haPair(), [f]);
      expect(i.vmsCutOff).toEqual({ lan: 0, san: 0, ipc: 0 });
      expect(i.bandwidthChange).toEqual({ lan: 0, san: 0, ipc: 0 });
    }
    const both = impactOf(haPair(), [{ kind: 'node', node: 'leafA' }, { kind: 'node', node: 'leafB' }]);
    expect(both.vmsCutOff).toEqual({ lan: 8, san: 8, ipc: 8 });
    expect(both.bandwidthChange.lan).toBe(-1);
  });

  it('a gateway stack: one gateway down leaves the LAN on the other (at its Ethernet side\'s rate); both down cuts the LAN only', () => {
    // 16 VMs × 500 Mb/s = 8 Gb/s of LAN demand; one gateway's Ethernet side: 6 GigE × 1448/1538.
    const d = leafStack(500);
    const one = impactOf(d, [{ kind: 'node', node: 'gw', member: 0 }]);
    expect(one.vmsCutOff).toEqual({ lan: 0, san: 0, ipc: 0 });
    const side = (6 * 1448) / 1538;
    expect(one.totals.lanGbps).toBeCloseTo(side, 6);
    expect(one.bandwidthChange.lan).toBeCloseTo(side / 8 - 1, 6);
    expect(one.perVm.lan.min).toBeCloseTo(side / 16, 6);
    expect(one.bandwidthChange.ipc).toBe(0);
    expect(one.newBottlenecks.length).toBeGreaterThan(0);
    const all = impactOf(d, [{ kind: 'node', node: 'gw' }]);
    expect(all.vmsCutOff).toEqual({ lan: 16, san: 0, ipc: 0 });
  });

  it('failures saved with a design are applied by simulate; cost, ports and design findings stay those of the intact design', () => {
    const d = leafStack();
    const failed = DesignSchema.parse({ ...d, failures: [{ kind: 'node', node: 'leaf', member: 1 }] });
    const [a, b] = [simulate(d, { modes: ['software'] }).modes[0]!, simulate(failed, { modes: ['software'] }).modes[0]!];
    expect(b.cost).toEqual(a.cost);
    expect(b.ports).toEqual(a.ports);
    expect(b.unreachable.find((u) => u.kind === 'lan')?.vms).toBe(4);
    expect(b.unreachable.find((u) => u.kind === 'lan')?.reason).toMatch(/cut off by the failed parts/);
    // Cut off on purpose: warnings of the analysis, not errors that would call the design unbuildable.
    const noPath = b.findings.filter((f) => f.code === 'no-lan-path' || f.code === 'no-san-path' || f.code === 'no-ipc-path');
    expect(noPath.length).toBeGreaterThan(0);
    expect(noPath.every((f) => f.severity === 'warning')).toBe(true);
    expect(a.findings.some((f) => f.code === 'no-lan-path')).toBe(false);
  });

  it('a VM with no path in the design as drawn stays an error when parts are also failed', () => {
    const d = leafStack();
    // A server group with no cable at all: its VMs have no path whatever failed.
    const lone = { ...d.nodes.find((n) => n.id !== 'leaf' && (n.vmsPerServer ?? 0) > 0)!, id: 'lone', label: 'Lone blades', position: { x: 0, y: 900 } };
    const failed = DesignSchema.parse({ ...d, nodes: [...d.nodes, lone], failures: [{ kind: 'node', node: 'leaf', member: 1 }] });
    const m = simulate(failed, { modes: ['software'] }).modes[0]!;
    const lonely = m.findings.filter((f) => f.nodeId === 'lone' && f.code === 'no-lan-path');
    expect(lonely.map((f) => f.severity)).toEqual(['error']);
    expect(m.findings.some((f) => f.code === 'no-lan-path' && f.severity === 'warning')).toBe(true);
  });

  it('labels name the member and the cable ends', () => {
    const d = leafStack();
    const c = catalogFor(d);
    expect(failureLabel(d, c, { kind: 'node', node: 'leaf', member: 1 })).toBe('"Leaves" #2 of 4');
    expect(failureLabel(d, c, { kind: 'cable', link: 'l1', pair: 5 })).toBe('cable "Servers" #6 ↔ "Leaves" #3');
  });
});

describe('n−1 on the seed templates', () => {
  it('one HCA per blade: failing one of the 8 leaves cuts off exactly the 16 blades cabled to it (256 VMs); not HA', () => {
    const r = nMinus1(getTemplate('seed-ib-software')!.build(), 'software');
    const leaves = r.impacts.filter((i) => i.failures[0]!.kind === 'node' && i.failures[0]!.node === 'leaf');
    expect(leaves).toHaveLength(8);
    for (const leaf of leaves) {
      expect(leaf.vmsCutOff.lan).toBe(256);
      expect(leaf.vmsCutOff.san).toBe(256);
      expect(leaf.vmsLostLanAndSan).toBe(256);
    }
    expect(r.verdict.survives).toBe(false);
    expect(r.verdict.text).toMatch(/^Survives any single failure: no, because failing .+ cuts \d+ VMs off/);
    // Exactly the blades cabled to leaf #3 (servers 32–47 in blocks of 16; VMs 512–767) lose LAN.
    const base = whatIfBase(getTemplate('seed-ib-software')!.build(), 'software');
    const failed = evaluateWithFailures(base, [{ kind: 'node', node: 'leaf', member: 2 }]);
    const lost: number[] = [];
    failed.perVm.lanGbps.forEach((v, vm) => v === 0 && lost.push(vm));
    expect(lost).toEqual(Array.from({ length: 256 }, (_, k) => 512 + k));
  });

  it('two HCAs on separate leaf rails: no single failure of a leaf (or of anything else) cuts off a VM', () => {
    const r = nMinus1(getTemplate('seed-ib-software-ha')!.build(), 'software');
    const leaves = r.impacts.filter((i) => i.failures[0]!.kind === 'node' && /^leaf/.test((i.failures[0] as { node: string }).node));
    expect(leaves).toHaveLength(16);
    for (const i of r.impacts) expect(i.vmsAffected, i.label).toBe(0);
    expect(r.verdict.survives).toBe(true);
  });
});
