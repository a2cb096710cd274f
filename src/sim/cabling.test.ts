import { describe, expect, it } from 'vitest';
import { catalogFor } from '../catalog';
import { TEMPLATES } from '../scenarios';
import { bus, DesignBuilder, port } from '../scenarios/builder';
import { billOfMaterials, categoryTotals, lengthClass } from './bom';
import { cablingMap, expandedCableCount } from './cabling';
import { simulate } from './simulate';
import { buildTopology } from './expandDesign';

/** 4 servers with a 2-port HCA, port 1 to 2 leaves (block pairing), leaves to 2 spines (mesh, 2 lanes). */
function pod() {
  return new DesignBuilder('pod', '')
    .server('srv', 'srv-blade-2007', 'Servers', 0, 0, { count: 4, vms: 2, adapters: [['hca', 'hca-connectx-ddr']] })
    .node('leaf', 'sw-ib-ddr-24', 'Leaf', 300, 0, 2)
    .node('spine', 'sw-ib-ddr-24', 'Spine', 600, 0, 2)
    .link(port('srv', 'hca'), bus('leaf'), { lengthM: 2 })
    .link(bus('leaf'), bus('spine'), { mesh: true, lanes: 2, lengthM: 12 })
    .build();
}

describe('cabling map', () => {
  it('expands groups, mesh and lanes into one row per cable, worked by hand', () => {
    const rows = cablingMap(pod());
    // 4 server cables (one per server) + 2 leaves × 2 spines × 2 lanes.
    expect(rows).toHaveLength(4 + 8);
    expect(rows.slice(0, 4).map((r) => [r.a.member, r.a.port, r.z.member, r.z.port])).toEqual([
      [1, 1, 1, 1],
      [2, 1, 1, 2],
      [3, 1, 2, 1],
      [4, 1, 2, 2],
    ]);
    // Leaf 1's uplinks take its next free ports (3–6); each spine member numbers its own.
    expect(rows.slice(4).map((r) => `${r.a.member}.${r.a.port}-${r.z.member}.${r.z.port}#${r.lane}`)).toEqual([
      '1.3-1.1#1', '1.4-1.2#2', '1.5-2.1#1', '1.6-2.2#2', '2.3-1.3#1', '2.4-1.4#2', '2.5-2.3#1', '2.6-2.4#2',
    ]);
    expect(rows[0]!.a).toMatchObject({ device: 'Servers', adapterId: 'hca', adapter: 'ConnectX IB DDR HCA, 2 ports', members: 4, ports: 2 });
    expect(rows[0]).toMatchObject({ protocol: 'infiniband', rateGbps: 16, cablePartId: 'cab-ib-cx4', lengthM: 2 });
    expect(rows.at(-1)!.lengthM).toBe(12);
    expect(expandedCableCount(pod())).toBe(12);
  });

  it.each(TEMPLATES.map((t) => [t.id, t] as const))('%s: one row per cable the results count, every end real', (_id, t) => {
    const design = t.build();
    const rows = cablingMap(design);
    const result = simulate(design, { modes: ['software'] });
    expect(rows).toHaveLength(result.modes[0]!.ports.cables);
    expect(expandedCableCount(design)).toBe(rows.length);
    const nodes = new Map(design.nodes.map((n) => [n.id, n]));
    const seenAdapterPorts = new Set<string>();
    for (const r of rows) {
      for (const e of [r.a, r.z]) {
        const n = nodes.get(e.nodeId)!;
        expect(n.label).toBe(e.device);
        expect(e.member).toBeGreaterThanOrEqual(1);
        expect(e.member).toBeLessThanOrEqual(n.count);
        expect(e.port).toBeGreaterThanOrEqual(1);
        expect(e.port).toBeLessThanOrEqual(e.ports);
        if (n.adapters) {
          expect(n.adapters.some((a) => a.id === e.adapterId)).toBe(true);
          const key = `${e.nodeId}/${e.member}/${e.adapterId}/${e.port}`;
          expect(seenAdapterPorts.has(key)).toBe(false);
          seenAdapterPorts.add(key);
        }
      }
    }
  });
});

describe('bill of materials', () => {
  it.each(TEMPLATES.map((t) => [t.id, t] as const))('%s: lines sum to the results’ capex and watts', (_id, t) => {
    const design = t.build();
    const catalog = catalogFor(design);
    const lines = billOfMaterials(buildTopology(design, catalog), catalog);
    const cost = simulate(design, { modes: ['software'] }).modes[0]!.cost;
    const { capex } = categoryTotals(lines);
    expect(capex).toEqual(cost.capexByCategoryUsd);
    expect(lines.filter((l) => l.category === 'cables').reduce((n, l) => n + l.quantity, 0)).toBe(cablingMap(design).length);
  });

  it('prices switches pro rata and leaves servers out as the settings say', () => {
    const base = pod();
    const design = { ...base, settings: { ...base.settings, switchCosting: 'pro-rata' as const } };
    const catalog = catalogFor(design);
    const lines = billOfMaterials(buildTopology(design, catalog), catalog);
    const leaf = lines.find((l) => l.category === 'switches')!;
    // Leaves use 6 of 24 ports each, spines 4 of 24: (2·6 + 2·4) / 24 switches priced, 4 bought.
    expect(leaf.quantity).toBe(4);
    expect(leaf.costedQuantity).toBeCloseTo(20 / 24, 12);
    expect(leaf.note).toMatch(/pro rata/);
    const servers = lines.find((l) => l.category === 'servers')!;
    expect(servers).toMatchObject({ quantity: 4, costedQuantity: 0, extendedUsd: 0, totalW: 0 });
  });

  it('orders cables by length class', () => {
    expect([0.5, 1, 2.5, 3, 12, 101, 5000].map(lengthClass)).toEqual(['≤ 1 m', '≤ 1 m', '≤ 3 m', '≤ 3 m', '≤ 15 m', '≤ 300 m', '> 300 m']);
  });
});
