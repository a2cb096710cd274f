import { describe, expect, it } from 'vitest';
import { simulate } from '../../sim';
import { defaultSizingInput, type SizingInput } from './inputs';
import { sizeDesign, type SizingResult } from './sizeDesign';

const sized = (input: SizingInput): SizingResult => {
  const o = sizeDesign(input);
  if (!o.ok) throw new Error(o.error);
  return o.result;
};
const node = (r: SizingResult, id: string) => r.design.nodes.find((n) => n.id === id)!;

describe('sizing a design from requirements', () => {
  it('the seed workload on 2007 InfiniBand: hand-computed gateways, storage, leaves and spines', () => {
    const r = sized(defaultSizingInput('2007', 'infiniband'));
    expect(r.mode).toBe('native'); // the best InfiniHost III supports
    // LAN: 128 × 16 × 15 Mb/s = 30.72 Gb/s; a gateway carries min(6, 6 × 0.94, 15.7) = 5.65 Gb/s,
    // 4.52 at 80% → ⌈6.8⌉ = 7, rounded to 8 to spread evenly over 2 border leaves.
    expect(node(r, 'gweth').count).toBe(8);
    // SAN: 128 × 16 × 2 MB/s = 4,096 MB/s = 32.8 Gb/s; 6.4 Gb/s per gateway, 5.12 at 80% → 7 → 8.
    expect(node(r, 'gwfc').count).toBe(8);
    // 8 gateways × 4.1 Gb/s: 2 gateways (8.2 Gb/s ≤ 10.2, 8 FC ports) per 1,600 MB/s array → 4.
    expect(node(r, 'san').count).toBe(4);
    // Border leaves: 16 gateway ports on 12-port leaf downlinks → 2. Leaves: ⌈128 / 12⌉ = 11.
    // 13 leaves × 1 cable ≤ 24 spine ports (× 2 = 26 > 24) → 12 spines of the 12 uplinks.
    expect(node(r, 'ib-leaf-a').count).toBe(11);
    expect(node(r, 'ib-border').count).toBe(2);
    expect(node(r, 'ib-spine').count).toBe(12);
    expect(r.design.links.find((l) => l.a.node === 'ib-leaf-a' && l.b.node === 'ib-spine')).toMatchObject({ mesh: true, lanes: 1 });
    expect(r.notes.join(' ')).toMatch(/11 IB leaf switches: 128 servers, 1 port each, 12 servers on 12 ports down and 12 up per 24-port leaf/);
  });

  it('oversubscription 3:1 needs fewer leaves and spines', () => {
    const r = sized({ ...defaultSizingInput('2007', 'infiniband'), oversubscription: 3 });
    // 18 down: ⌈128 / 18⌉ = 8 leaves; 14 gateway ports fit 1 border leaf; 6 up: 9 × 3 = 27 > 24,
    // 9 × 2 = 18 ≤ 24 → 2 cables to each of 3 spines.
    expect(node(r, 'ib-leaf-a').count).toBe(8);
    expect(node(r, 'ib-spine').count).toBe(3);
  });

  it('software IOV needs a second HCA: the virtual switch caps each at 3.3 Gb/s', () => {
    const r = sized({ ...defaultSizingInput('2007', 'infiniband'), mode: 'software' });
    // 16 VMs × (15 + 300 + 16) Mb/s = 5.3 Gb/s over the 2.66 GHz core's 3.3 Gb/s virtual switch.
    expect(node(r, 'servers').adapters).toHaveLength(2);
    expect(r.fabrics[0]!.host.portsPerRail).toEqual([1, 1]);
  });

  it('explains combinations the catalog cannot build', () => {
    expect(sizeDesign({ ...defaultSizingInput('modern', 'infiniband') })).toMatchObject({ ok: false, error: expect.stringMatching(/IB.*FC gateways|InfiniBand-to-FC/) });
    expect(sizeDesign({ ...defaultSizingInput('2007', 'modern') })).toMatchObject({ ok: false, error: expect.stringMatching(/SR-IOV/) });
  });

  // The sized design, simulated: every VM gets its demand, every flow has a path, nothing overflows.
  const sets: Array<[string, SizingInput]> = [
    ['2007 InfiniBand, native IOV', defaultSizingInput('2007', 'infiniband')],
    ['2007 InfiniBand with native storage, HA, 2:1', { ...defaultSizingInput('2007', 'infiniband-native-storage'), ha: true, oversubscription: 2 }],
    ['modern converged Ethernet with SR-IOV', defaultSizingInput('modern', 'modern')],
    ['modern InfiniBand with native storage, HA', { ...defaultSizingInput('modern', 'infiniband-native-storage'), ha: true }],
  ];
  for (const [name, input] of sets) {
    it(`meets every VM's demand: ${name}`, () => {
      const r = sized(input);
      const sim = simulate(r.design, { modes: [r.mode] });
      const m = sim.modes[0]!;
      const errors = [...sim.findings, ...m.findings].filter((f) => f.severity === 'error');
      expect(errors).toEqual([]);
      expect(m.unreachable).toEqual([]);
      expect(m.vm.lanGbps.min).toBeCloseTo(input.lanMbps / 1000, 9);
      expect(m.vm.sanMBps.min).toBeCloseTo(input.sanMBps, 9);
      expect(m.vm.ipcGbps.min).toBeCloseTo(input.ipcMbps / 1000, 9);
      expect(m.bottlenecks).toEqual([]);
      expect(r.warnings).toEqual([]);
    });
  }

  it('1,000 servers with HA: three tiers, paired gateways, every VM served', () => {
    const input = { ...defaultSizingInput('2007', 'infiniband'), servers: 1000, ha: true };
    const r = sized(input);
    const ib = r.fabrics[0]!;
    expect(ib.tree.tiers).toBe(3);
    // 2 rails × ⌈1000 / 12⌉ = 2 × 84 leaves; pods of 6 + 6 leaves (72 servers): ⌈1000 / 72⌉ = 14.
    expect(ib.counts.leaves).toBe(168);
    expect(node(r, 'gweth').count % 2).toBe(0);
    const m = simulate(r.design, { modes: [r.mode] }).modes[0]!;
    expect(m.unreachable).toEqual([]);
    expect(m.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(m.bottlenecks).toEqual([]);
  });

  it('is laid out left to right by role', () => {
    const r = sized(defaultSizingInput('2007', 'infiniband'));
    const x = (id: string): number => node(r, id).position.x;
    expect(x('servers')).toBeLessThan(x('ib-leaf-a'));
    expect(x('ib-leaf-a')).toBeLessThan(x('ib-spine'));
    expect(x('ib-spine')).toBeLessThan(x('ib-border'));
    expect(x('ib-border')).toBeLessThan(x('gweth'));
    expect(x('gweth')).toBeLessThan(x('lan'));
    expect(x('lan')).toBe(x('san'));
  });
});
