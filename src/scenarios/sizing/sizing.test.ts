import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG } from '../../catalog';
import { importDesignText, type Design } from '../../domain';
import { defaultSizingInput, type SizingInput } from '..';
import { simulate } from '../../sim';
import { serviceTotals } from './assemble';
import { sizeDesign, type SizingResult } from './sizer';

// Every expected number below is worked out by hand in the comment beside it. The 2007 catalog has
// two InfiniBand switches: 24 ports at $16,560 and the 288-port director at $198,720 — both $690 a
// port. A gateway carries 6 × 0.94 = 5.65 Gb/s of LAN (4.52 at 80%) or 4 × 1.6 = 6.4 Gb/s of SAN
// (5.12 at 80%), on one InfiniBand port. Energy: watts × 8,766 h × $0.10/kWh × PUE 1.8 × 3 years.

const sized = (input: SizingInput): SizingResult => {
  const o = sizeDesign(input);
  if (!o.ok) throw new Error(o.error);
  return o.result;
};
const node = (r: SizingResult, id: string) => r.design.nodes.find((n) => n.id === id)!;
const seed = (over: Partial<SizingInput>): SizingInput => ({ ...defaultSizingInput('2007', 'infiniband'), ...over });
/** Switch capex: count × list price of every switch node. */
const switchUsd = (d: Design): number =>
  d.nodes.reduce((s, n) => {
    const p = DEFAULT_CATALOG.byId.get(n.partId);
    return p?.kind === 'switch' ? s + n.count * p.priceUsd : s;
  }, 0);
/** Cables on the fabric's switches from servers and services (one switch port each). */
const ports = (r: SizingResult): number =>
  r.fabrics.reduce((s, f) => s + r.design.nodes.filter((n) => n.adapters).reduce((t, n) => t + n.count, 0) * f.host.portsPerRail.reduce((a, b) => a + b, 0) + serviceTotals(f, DEFAULT_CATALOG).reduce((t, g) => t + g.ports, 0), 0);

function expectEveryVmServed(r: SizingResult, input: SizingInput): void {
  const sim = simulate(r.design, { modes: [r.mode] });
  const m = sim.modes[0]!;
  expect([...sim.findings, ...m.findings].filter((f) => f.severity === 'error')).toEqual([]);
  expect(m.unreachable).toEqual([]);
  expect(m.vm.lanGbps.min).toBeCloseTo(input.lanMbps / 1000, 9);
  expect(m.vm.sanMBps.min).toBeCloseTo(input.sanMBps, 9);
  if (input.servers > 1) expect(m.vm.ipcGbps.min).toBeCloseTo(input.ipcMbps / 1000, 9); // one server has no neighbour to talk to
  expect(m.bottlenecks).toEqual([]);
  expect(r.warnings).toEqual([]);
}

describe('the wizard buys the cheapest switches that do the job', () => {
  it('one server with HA: one 24-port switch per rail, $33,120 (was 6 switches, $99,360)', () => {
    const input = seed({ servers: 1, ha: true });
    const r = sized(input);
    const ib = r.fabrics[0]!;
    // HA: two HCAs, one port each, one per rail. Each rail's share of the services: LAN
    // 16 VMs × 15 Mb/s / 2 = 0.12 Gb/s ≤ 4.52 → 1 gateway; SAN 16 × 2 MB/s / 2 = 16 MB/s → 1
    // gateway and 1 array behind it. 1 server port + 2 gateway ports = 3 ≤ 24: one 24-port switch
    // per rail, 2 × $16,560 = $33,120. (Two tiers need 2 leaves, 2 border leaves and spines:
    // the old 6 switches; two directors, $397,440.)
    expect(ib.tree).toMatchObject({ tiers: 1, switches: 2, part: { id: 'sw-ib-ddr-24' } });
    expect(ib.counts.total).toBe(2);
    expect(switchUsd(r.design)).toBe(33_120);
    for (const rail of ['a', 'b']) {
      expect(node(r, `ib-switch-${rail}`).count).toBe(1);
      expect(node(r, `gweth-${rail}`).count).toBe(1);
      expect(node(r, `gwfc-${rail}`).count).toBe(1);
      expect(node(r, `san-${rail}`).count).toBe(1);
    }
    // The server's two ports land on different switches.
    const served = r.design.links.filter((l) => l.a.node === 'servers').map((l) => l.b.node);
    expect(served.sort()).toEqual(['ib-switch-a', 'ib-switch-b']);
    expectEveryVmServed(r, input);
  });

  it('one server without HA: one 24-port switch', () => {
    // 1 port + 1 LAN + 1 SAN gateway port = 3 ≤ 24.
    const r = sized(seed({ servers: 1 }));
    expect(r.fabrics[0]!.tree).toMatchObject({ tiers: 1, switches: 1, part: { id: 'sw-ib-ddr-24' } });
    expect(switchUsd(r.design)).toBe(16_560);
  });

  it('1,000 servers with HA: two tiers of 288-port directors, 24 switches, $4,769,280 (was 501 × 24 ports, $8,296,560)', () => {
    const input = seed({ servers: 1000, ha: true });
    const r = sized(input);
    const ib = r.fabrics[0]!;
    // Services: LAN 1,000 × 16 × 15 Mb/s = 240 Gb/s / 4.52 = 53.1 → 54 (in pairs); SAN
    // 1,000 × 16 × 2 MB/s = 256 Gb/s / 5.12 = 50 → 50: 104 gateway ports.
    expect(node(r, 'gweth').count).toBe(54);
    expect(node(r, 'gwfc').count).toBe(50);
    // 288-port leaves at 1:1: 144 down, 144 up. ⌈1,000 / 144⌉ = 7 leaves per rail = 14; border
    // leaves: ⌈104 / 144⌉ = 1, but 2 with HA. 16 leaves × 18 cables = 288 spine ports (the largest
    // divisor of 144 with 16 × d ≤ 288) → 144 / 18 = 8 spines. 24 × $198,720 = $4,769,280.
    expect(ib.tree).toMatchObject({ tiers: 2, leaf: { ports: 288 }, spine: { ports: 288 }, borderLeaves: 2, spines: 8, lanes: 18 });
    expect(ib.counts).toMatchObject({ leaves: 14, border: 2, spines: 8, total: 24 });
    expect(switchUsd(r.design)).toBe(4_769_280);
    // The runner-up, 24-port leaves under director spines: 2 × ⌈1,000 / 12⌉ = 168 leaves and
    // ⌈104 / 12⌉ = 9 border leaves; 177 × 2 cables > 288, so 1 cable to each of 12 spines:
    // 177 × $16,560 + 12 × $198,720 = $5,315,760, more in price alone.
    const next = ib.plan.runnerUp!.tree;
    expect(next).toMatchObject({ tiers: 2, leaf: { ports: 24 }, spine: { ports: 288 }, borderLeaves: 9, spines: 12, lanes: 1 });
    expectEveryVmServed(r, input);
  });

  it('the seed workload, 128 servers: one director, $198,720 (was 25 × 24 ports, $414,000)', () => {
    // LAN 128 × 16 × 15 Mb/s = 30.7 Gb/s / 4.52 = 6.8 → 7 gateways; SAN 128 × 16 × 2 MB/s =
    // 32.8 Gb/s / 5.12 = 6.4 → 7 (no longer rounded up to 8 + 8 to spread over 2 border leaves):
    // 128 + 14 = 142 ≤ 288 ports. The old two tiers of 24-port switches: 11 leaves + 2 border
    // leaves, 13 × 1 cable → 12 spines, 25 switches.
    const r = sized(seed({}));
    expect(r.fabrics[0]!.tree).toMatchObject({ tiers: 1, switches: 1, part: { ports: 288 } });
    expect([node(r, 'gweth').count, node(r, 'gwfc').count]).toEqual([7, 7]);
    expect(switchUsd(r.design)).toBe(198_720);
  });

  it('252 and 253 servers × 16 VMs: one director each (was $596,160, then $3,196,080 for three tiers)', () => {
    // 253: LAN 253 × 16 × 15 Mb/s = 60.7 Gb/s / 4.52 = 13.4 → 14 gateways; SAN
    // 253 × 16 × 2 MB/s = 64.8 Gb/s / 5.12 = 12.7 → 13. 253 + 14 + 13 = 280 ≤ 288 ports.
    for (const servers of [252, 253]) {
      const r = sized(seed({ servers }));
      expect(r.fabrics[0]!.tree).toMatchObject({ tiers: 1, switches: 1, part: { ports: 288 } });
      expect(switchUsd(r.design)).toBe(198_720);
    }
  });

  it('one director holds 260 servers × 16 VMs; 261 need two tiers', () => {
    // 260: LAN 62.4 Gb/s / 4.52 = 13.8 → 14; SAN 66.56 Gb/s / 5.12 = 13.0 → 13: 260 + 27 = 287 ≤ 288.
    expect(sized(seed({ servers: 260 })).fabrics[0]!.tree).toMatchObject({ tiers: 1, part: { ports: 288 } });
    // 261: LAN 62.6 / 4.52 = 13.9 → 14; SAN 66.8 / 5.12 = 13.05 → 14: 261 + 28 = 289 > 288. Two
    // tiers: ⌈261 / 12⌉ = 22 leaves + ⌈28 / 12⌉ = 3 border leaves = 25; 25 × 12 = 300 uplinks need
    // two directors (6 cables from each leaf to each). 25 × $16,560 + 2 × $198,720 = $811,440.
    const r = sized(seed({ servers: 261 }));
    expect(r.fabrics[0]!.tree).toMatchObject({ tiers: 2, leaf: { ports: 24 }, spine: { ports: 288 }, spines: 2, lanes: 6 });
    expect(r.fabrics[0]!.counts).toMatchObject({ leaves: 22, border: 3, spines: 2 });
    expect(switchUsd(r.design)).toBe(811_440);
  });
});

describe('tier limits: the largest count each shape holds, and one more', () => {
  // A light workload keeps the services at one LAN and one SAN gateway up to 41,329 servers of one
  // VM: LAN 41,329 × 0.1 Mb/s = 4.1 Gb/s ≤ 4.52; SAN 41,329 × 0.01 MB/s = 413 MB/s ≤ 640. So 2
  // service ports and 1 border leaf (its uplinks carry 7.4 Gb/s with room to spare).
  const light = (servers: number, switchPartId?: string): SizingInput => ({
    ...seed({ servers, vmsPerServer: 1, lanMbps: 0.1, sanMBps: 0.01 }),
    ...(switchPartId ? { switchPartId } : {}),
  });

  it('the whole catalog: one director up to 286 servers, two tiers up to 41,328', () => {
    // One switch: 286 + 2 = 288 ports.
    expect(sized(light(286)).fabrics[0]!.tree).toMatchObject({ tiers: 1, switches: 1, part: { ports: 288 } });
    // 287: ⌈287 / 12⌉ = 24 leaves + 1 border = 25 × 12 uplinks = 300 > 288 → 6 cables to each of
    // 2 directors (24-port spines would take only 24 leaves): 27 switches, $811,440.
    const two = sized(light(287));
    expect(two.fabrics[0]!.tree).toMatchObject({ tiers: 2, leaf: { ports: 24 }, spine: { ports: 288 }, spines: 2, lanes: 6 });
    expect(switchUsd(two.design)).toBe(811_440);
    // Two tiers: a spine layer of directors joins 288 leaves of 144 host ports: 287 × 144 =
    // 41,328 servers and the border leaf; 288 leaves × 1 cable → 144 spines.
    expect(sized(light(41_328)).fabrics[0]!.counts).toMatchObject({ leaves: 287, border: 1, spines: 144, total: 432 });
    // 41,329: 289 leaves. Three tiers: 24-port leaves (⌈41,329 / 12⌉ = 3,445) in pods of 12 under
    // 24-port aggregation switches, 144 servers a pod: 288 pods (the last with 1 server and the
    // border leaf), which fill a director core's 288 ports: 12 × 288 = 3,456 aggregation switches
    // and 12 planes of 12 cores (1 cable per pod) = 144 directors. 7,046 switches.
    const three = sized(light(41_329)).fabrics[0]!;
    expect(three.tree).toMatchObject({ tiers: 3, leaf: { ports: 24 }, aggregation: { ports: 24 }, core: { ports: 288 }, coreLanes: 1 });
    expect(three.counts).toMatchObject({ leaves: 3445, border: 1, aggregation: 3456, cores: 144, total: 7046 });
  });

  it('24-port switches only: one switch up to 22 servers, two tiers up to 276, three up to 3,444', () => {
    const sw24 = (n: number) => sized(light(n, 'sw-ib-ddr-24')).fabrics[0]!;
    expect(sw24(22).tree).toMatchObject({ tiers: 1, switches: 1 }); // 22 + 2 = 24 ports
    // 23: 2 leaves + 1 border; 3 leaves × 6 cables ≤ 24 → 2 spines.
    expect(sw24(23).counts).toMatchObject({ leaves: 2, border: 1, spines: 2, total: 5 });
    // Two tiers: 24 leaves × 1 cable fill a 24-port spine: 23 × 12 = 276 servers + the border leaf.
    expect(sw24(276).counts).toMatchObject({ leaves: 23, border: 1, spines: 12, total: 36 });
    // 277: 24 + 1 leaves. Pods of 12 leaves (144 servers): 144 + 133 servers, 12 leaves each, and
    // a pod for the border leaf: 3 pods × 12 aggregation switches; 3 × 6 cables ≤ 24 → 2 cores
    // per plane, 24 cores. 85 switches.
    expect(sw24(277).counts).toMatchObject({ leaves: 24, border: 1, aggregation: 36, cores: 24, total: 85 });
    // Three tiers: a 24-port core takes 24 pods of 12 leaves = 288 leaves, one for the border:
    // 287 × 12 = 3,444 servers (23 full pods, the last with 11 server leaves and the border leaf).
    expect(sw24(3444).counts).toMatchObject({ leaves: 287, border: 1, aggregation: 288, cores: 144, total: 720 });
    // 3,445 need a 25th pod: refused, and the refusal states the true limit (not k³/4 = 3,456).
    const o = sizeDesign(light(3445, 'sw-ib-ddr-24'));
    expect(o).toMatchObject({ ok: false, error: expect.stringMatching(/join at most 3,444 servers at 1:1 .* not 3,445\. .*leave the switch to the wizard/) });
  });

  it('the refusal for 3,313 servers on 24-port switches names the true maximum for its services', () => {
    const input = seed({ servers: 3313, switchPartId: 'sw-ib-ddr-24' });
    const o = sizeDesign(input);
    if (o.ok) throw new Error('expected a refusal');
    const most = Number(/join at most ([\d,]+) servers/.exec(o.error)![1]!.replace(/,/g, ''));
    // The gateways of 16 VMs per server fill border pods as the servers grow: fewer than 3,444.
    expect(most).toBeLessThan(3444);
    expect(sizeDesign({ ...input, servers: most }).ok).toBe(true);
    expect(sizeDesign({ ...input, servers: most + 1 }).ok).toBe(false);
    // With the whole catalog, 3,313 servers are two tiers of directors.
    expect(sized(seed({ servers: 3313 })).fabrics[0]!.tree.tiers).toBe(2);
  });
});

describe('20,000 servers × 16 VMs: a design or a clear refusal, never a schema error', () => {
  it('2007 InfiniBand: two tiers of directors, every link within 64 cables', () => {
    const r = sized(seed({ servers: 20_000 }));
    // 288-port leaves, 144 down: ⌈20,000 / 144⌉ = 139. Gateways: LAN 20,000 × 16 × 15 Mb/s =
    // 4,800 Gb/s / 4.52 → 1,063; SAN 640,000 MB/s / 640 → 1,000: 2,063 ports / 144 → 15 border
    // leaves, each group rounded up to a multiple of 15 (1,065 + 1,005). 154 leaves × 1 cable
    // ≤ 288 (× 2 > 288) → one spine per uplink: 144 directors.
    expect([node(r, 'ib-leaf-a').count, node(r, 'ib-border').count, node(r, 'ib-spine').count]).toEqual([139, 15, 144]);
    expect([node(r, 'gweth').count, node(r, 'gwfc').count]).toEqual([1065, 1005]);
    expect(r.design.links.every((l) => l.lanes <= 64)).toBe(true);
    expect(importDesignText(JSON.stringify(r.design)).ok).toBe(true);
  });

  it('Ethernet + FC (16- to 48-port switches only): refused with the true limit', () => {
    const input = { ...defaultSizingInput('2007', 'gige-fc'), servers: 20_000, vmsPerServer: 16 };
    const o = sizeDesign(input);
    if (o.ok) throw new Error('expected a refusal');
    expect(o.error).toMatch(/^the switches \(GigE switch, 24 ports; .*\) join at most [\d,]+ servers at 1:1 with these services \(Ethernet: three tiers: .*\), not 20,000\./);
    const most = Number(/join at most ([\d,]+) servers/.exec(o.error)![1]!.replace(/,/g, ''));
    expect([sizeDesign({ ...input, servers: most }).ok, sizeDesign({ ...input, servers: most + 1 }).ok]).toEqual([true, false]);
  });
});

describe('cost grows with the servers, without unjustified steps', () => {
  // A two-tier non-blocking fabric puts each server or service port on a leaf downlink, a leaf
  // uplink and a spine port: 3 switch ports, $690 each in this catalog. Even bundles (every leaf
  // meets every spine with the same cables) and whole switches waste some: the cheapest set
  // wastes less than one port more per port (4 × $690), plus one director for the smallest
  // designs, where a single switch is most of the cost. With directors, two tiers join every count
  // below 41,328 servers, so no count here needs a third tier (5 ports). The floor: every port takes
  // at least one switch port. A step from N to N + 1 servers is then at most
  // ceiling(N + 1) − floor(N): the whole design gaining a tier, never more. The old wizard broke
  // both: 253 servers took $3,196,080 for 280 ports (16.5 × $690 a port), a step of $2.6M from 252.
  const PORT = 690;
  const ceiling = (p: number): number => 4 * PORT * p + 198_720;
  const floor = (p: number): number => PORT * p;

  for (const ha of [false, true]) {
    it(`1 to 1,200 servers × 16 VMs${ha ? ' with HA' : ''}: capex per port between $690 and 4 × $690 (+ one director)`, () => {
      let prev: { usd: number; ports: number } | null = null;
      for (let n = 1; n <= 1200; n++) {
        const r = sized(seed({ servers: n, ha }));
        const usd = switchUsd(r.design);
        const p = ports(r);
        expect(usd, `${n} servers`).toBeLessThanOrEqual(ceiling(p));
        expect(usd, `${n} servers`).toBeGreaterThanOrEqual(floor(p));
        if (prev) expect(usd - prev.usd, `${n - 1} → ${n} servers`).toBeLessThanOrEqual(ceiling(p) - floor(prev.ports));
        prev = { usd, ports: p };
      }
      // 1,200 sizings: about 1–2 s on a quiet machine, up to 10 s with both cores busy.
    }, 120_000);
  }
});

describe('sized designs simulate', () => {
  const sets: Array<[string, SizingInput]> = [
    ['2007 InfiniBand, native IOV', defaultSizingInput('2007', 'infiniband')],
    ['2007 InfiniBand with native storage, HA, 2:1', { ...defaultSizingInput('2007', 'infiniband-native-storage'), ha: true, oversubscription: 2 }],
    ['modern converged Ethernet with SR-IOV', defaultSizingInput('modern', 'modern')],
    ['modern InfiniBand with native storage, HA', { ...defaultSizingInput('modern', 'infiniband-native-storage'), ha: true }],
    // 700 servers of 32-port switches: three tiers, the services split over two border pods.
    ['modern converged Ethernet, 700 servers', { ...defaultSizingInput('modern', 'modern'), servers: 700 }],
  ];
  for (const [name, input] of sets) it(`meets every VM's demand: ${name}`, () => expectEveryVmServed(sized(input), input));

  it('splits services over border pods only as copies equally near every server pod', () => {
    const r = sized({ ...defaultSizingInput('modern', 'modern'), servers: 700 });
    const eth = r.fabrics[0]!;
    expect(eth.tree.tiers).toBe(3);
    expect(eth.copies).toBeGreaterThan(1);
    if (eth.tree.tiers !== 3) return;
    expect(eth.tree.pods.filter((p) => p.borderLeaves > 0).every((p) => p.servers === 0)).toBe(true);
  });

  it('is laid out left to right by role', () => {
    const r = sized(seed({ servers: 300 }));
    const x = (id: string): number => node(r, id).position.x;
    expect(r.fabrics[0]!.tree.tiers).toBe(2);
    expect(x('servers')).toBeLessThan(x('ib-leaf-a'));
    expect(x('ib-leaf-a')).toBeLessThan(x('ib-spine'));
    expect(x('ib-spine')).toBeLessThan(x('ib-border'));
    expect(x('ib-border')).toBeLessThan(x('gweth'));
    expect(x('gweth')).toBeLessThan(x('lan'));
    expect(x('lan')).toBe(x('san'));
  });
});
