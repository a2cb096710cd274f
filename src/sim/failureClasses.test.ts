import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogFor } from '../catalog';
import { failureKey, type Design, type FailureImpact, type IovMode } from '../domain';
import { defaultSizingInput, sizeDesign, type Fabric } from '../scenarios';
import { bus, DesignBuilder, port, sideA, sideB } from '../scenarios/builder';
import { arbDesign } from '../scenarios/testing/arbitraryFabric';
import { failureClasses } from './failureClasses';
import { baseClasses, classImpacts, compareResults, evaluateWithFailures, FIGURE_TOLERANCE, haVerdict, memberImpacts, nMinus1, whatIfBase } from './nMinus1';

/** Every figure an impact reports (labels and new-bottleneck names aside: they name the member). */
const figures = (i: FailureImpact): number[] => [
  i.vmsCutOff.lan, i.vmsCutOff.san, i.vmsCutOff.ipc, i.vmsAffected, i.vmsLostLanAndSan,
  i.bandwidthChange.lan, i.bandwidthChange.san, i.bandwidthChange.ipc,
  i.totals.lanGbps, i.totals.sanMBps, i.totals.ipcGbps,
  i.perVm.lan.min, i.perVm.lan.median, i.perVm.san.min, i.perVm.san.median, i.perVm.ipc.min, i.perVm.ipc.median,
];

const close = (a: number, b: number): boolean => a === b || Math.abs(a - b) <= FIGURE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));

/**
 * n−1 by classes against n−1 by full simulation of every member: every member's figures equal its
 * class's within the tolerance, and the verdict (survives, single points of failure) is the same.
 */
function expectClassesExact(design: Design, mode: IovMode): void {
  const base = whatIfBase(design, mode);
  const byClass = memberImpacts(base, classImpacts(base, baseClasses(base)));
  const full = byClass.map((i) => compareResults(base, i.failures, evaluateWithFailures(base, i.failures)));
  for (let k = 0; k < full.length; k++) {
    const [a, b] = [figures(byClass[k]!), figures(full[k]!)];
    const at = a.findIndex((x, j) => !close(x, b[j]!));
    expect(at, `${design.name}, ${mode}: ${byClass[k]!.target} — figure ${at}: by class ${a[at]}, failed alone ${b[at]}`).toBe(-1);
  }
  const [va, vb] = [haVerdict(byClass), haVerdict(full)];
  expect(va.survives).toBe(vb.survives);
  expect(va.singlePoints.length).toBe(vb.singlePoints.length);
}

/**
 * 8 one-HCA servers (2 VMs) in blocks on 4 leaves, the leaves meshed to 3 spines, 2 gateways to the
 * LAN meshed to the spines, one IB array on every spine; `gwBlocks`: the gateways in blocks on 2
 * border switches instead (meshed to the spines), `gateways` of them.
 */
function fabric(opts: { gateways?: number; borders?: boolean; lanMbps?: number } = {}): Design {
  const b = new DesignBuilder('Hand-worked fabric', 'test')
    .server('srv', 'srv-blade-2007', 'Servers', 0, 0, { count: 8, vms: 2, adapters: [['hca', 'hca-infinihost3-ddr']] })
    .node('leaf', 'sw-ib-ddr-24', 'Leaves', 0, 0, 4)
    .node('spine', 'sw-ib-ddr-24', 'Spines', 0, 0, 3)
    .node('gw', 'gw-ib-eth-6', 'Gateways', 0, 0, opts.gateways ?? 2)
    .node('lan', 'net-lan-gige', 'LAN', 0, 0)
    .node('st', 'st-ib-srp-array', 'Storage', 0, 0)
    .link(port('srv', 'hca'), bus('leaf')) // l1: servers 2k, 2k + 1 on leaf k
    .link(bus('leaf'), bus('spine'), { mesh: true }) // l2
    .link(sideB('gw'), bus('lan'), { lanes: 6 }) // l3
    .link(bus('spine'), bus('st')); // l4: every spine to the one array
  if (opts.borders) b.node('border', 'sw-ib-ddr-24', 'Borders', 0, 0, 2).link(sideA('gw'), bus('border')).link(bus('border'), bus('spine'), { mesh: true });
  else b.link(sideA('gw'), bus('spine'), { mesh: true });
  const d = b.build({ keepPositions: true });
  return { ...d, workloads: [{ ...d.workloads[0]!, lanMbps: opts.lanMbps ?? 15 }] };
}

const membersOf = (d: Design, nodeId: string): number[][] =>
  failureClasses(d, catalogFor(d))
    .filter((c) => c.representative.kind === 'node' && c.representative.node === nodeId)
    .map((c) => c.members.map((f) => (f.kind === 'node' ? f.member! : -1)));

describe('failure classes, worked by hand', () => {
  it('spines meshed to every leaf are twins (one class); each leaf holds servers of its own (its own class)', () => {
    const d = fabric();
    expect(membersOf(d, 'spine')).toEqual([[0, 1, 2]]);
    expect(membersOf(d, 'gw')).toEqual([[0, 1]]);
    expect(membersOf(d, 'leaf')).toEqual([[0], [1], [2], [3]]);
    expect(membersOf(d, 'st')).toEqual([[0]]);
    const r = nMinus1(d, 'software');
    // 4 leaves, 1 spine class, 1 gateway class, the array, the adapter of one server, a bundle of each of 5 links.
    expect(r.impacts).toHaveLength(4 + 1 + 1 + 1 + 1 + 5);
    expect(r.targets).toBe(4 + 3 + 2 + 1 + 1 + 5);
    const spines = r.impacts.find((i) => i.target === 'node:spine#0')!;
    expect(spines.label).toBe('"Spines" (any of the 3)');
    expect(spines.members?.map(failureKey)).toEqual(['node:spine#0', 'node:spine#1', 'node:spine#2']);
    // Two spines are left for every leaf: nothing is cut off.
    expect(spines.vmsAffected).toBe(0);
    // A leaf cuts its 2 servers (4 VMs) off the LAN and storage; the server before them loses its peer too.
    expect(r.impacts.find((i) => i.target === 'node:leaf#1')!.vmsCutOff).toEqual({ lan: 4, san: 4, ipc: 6 });
    // The one array is the worst; the 4 leaves, the one HCA, its cable and the array's: 7 in all.
    expect(r.verdict.text).toBe('Survives any single failure: no, because failing "Storage" cuts 16 VMs off (16 VMs lost SAN; SAN −100%). 7 single points of failure in all.');
    expectClassesExact(d, 'software');
  });

  it('gateways in blocks on two borders split by border: 4 gateways as 2 + 2, 3 gateways as 2 + 1', () => {
    expect(membersOf(fabric({ gateways: 4, borders: true }), 'gw')).toEqual([[0, 1], [2, 3]]);
    expect(membersOf(fabric({ gateways: 3, borders: true }), 'gw')).toEqual([[0, 1], [2]]);
    // Each border has gateways of its own: not twins.
    expect(membersOf(fabric({ gateways: 4, borders: true }), 'border')).toEqual([[0], [1]]);
    // 3 gateways of 6 GigE ports for 16 VMs asking 900 Mb/s of LAN each: a gateway is a bottleneck, its loss is felt.
    const congested = fabric({ gateways: 3, borders: true, lanMbps: 900 });
    const r = nMinus1(congested, 'native');
    expect(r.impacts.find((i) => i.target === 'node:gw#0')!.bandwidthChange.lan).toBeLessThan(-0.01);
    expectClassesExact(congested, 'native');
  });

  it('a member the design fails by name is its own class, and splits the run it was in', () => {
    const d = { ...fabric(), failures: [{ kind: 'node' as const, node: 'spine', member: 1 }] };
    expect(membersOf(d, 'spine')).toEqual([[0], [1], [2]]);
  });
});

/** Leaf–spine fabrics with uneven stacks, HA rails, odd VM counts and demands that congest. */
const arbFabric = fc
  .record({
    servers: fc.integer({ min: 2, max: 14 }),
    leaves: fc.integer({ min: 1, max: 4 }),
    spines: fc.integer({ min: 1, max: 3 }),
    meshUp: fc.boolean(),
    ha: fc.boolean(),
    vms: fc.integer({ min: 1, max: 5 }),
    gateways: fc.integer({ min: 1, max: 3 }),
    lanMbps: fc.constantFrom(15, 800, 4000),
    ipcMbps: fc.constantFrom(0, 300, 3000),
    sanMBps: fc.constantFrom(2, 400),
  })
  .map((o): Design => {
    const rails = o.ha ? ['a', 'b'] : ['a'];
    const b = new DesignBuilder(`fabric ${Object.values(o).join(" ")}`, "test").server('srv', 'srv-blade-2007', 'Servers', 0, 0, {
      count: o.servers,
      vms: o.vms,
      adapters: rails.map((r): [string, string] => [r, 'hca-infinihost3-ddr']),
    });
    b.node('spine', 'sw-ib-ddr-24', 'Spines', 0, 0, o.spines);
    for (const r of rails) b.node(`leaf-${r}`, 'sw-ib-ddr-24', `Leaves ${r}`, 0, 0, o.leaves).link(port('srv', r), bus(`leaf-${r}`)).link(bus(`leaf-${r}`), bus('spine'), { mesh: o.meshUp });
    b.node('gw', 'gw-ib-eth-6', 'Gateways', 0, 0, o.gateways).node('lan', 'net-lan-gige', 'LAN', 0, 0).node('st', 'st-ib-srp-array', 'Storage', 0, 0, 2);
    b.link(sideA('gw'), bus('spine')).link(sideB('gw'), bus('lan'), { lanes: 2 }).link(bus('spine'), bus('st'));
    const d = b.build({ keepPositions: true });
    return { ...d, workloads: [{ ...d.workloads[0]!, lanMbps: o.lanMbps, ipcMbps: o.ipcMbps, sanMBps: o.sanMBps }] };
  });

const arbMode = fc.constantFrom<IovMode>('software', 'native', 'passthrough');

describe('n−1 by classes equals failing every member with a full simulation', () => {
  it('leaf–spine fabrics: symmetric, uneven stacks, a member cabled differently (blocks onto fewer spines), HA rails', () => {
    fc.assert(fc.property(arbFabric, arbMode, (d, mode) => expectClassesExact(d, mode)), { numRuns: 40 });
  });

  it('random topologies (several server groups, NICs, HBAs, gateways, two workloads)', () => {
    fc.assert(fc.property(arbDesign, arbMode, (d, mode) => expectClassesExact(d, mode)), { numRuns: 40 });
  });

  it('designs from the sizing wizard, with and without HA', () => {
    fc.assert(
      fc.property(fc.integer({ min: 8, max: 40 }), fc.constantFrom<Fabric>('infiniband', 'infiniband-native-storage', 'gige-fc', 'modern'), fc.boolean(), fc.integer({ min: 1, max: 5 }), (servers, fabric, ha, vms) => {
        const era = fabric === 'modern' ? 'modern' : '2007';
        const sized = sizeDesign({ ...defaultSizingInput(era, fabric), servers, vmsPerServer: vms, ha });
        if (!sized.ok) return;
        expectClassesExact(sized.result.design, sized.result.mode);
      }),
      { numRuns: 8 },
    );
  });
});
