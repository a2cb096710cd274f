import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogFor } from '../catalog';
import { DesignBuilder, port, bus, sideA, sideB } from '../scenarios/builder';
import type { Design } from '../domain';
import { prepare } from './simulate';
import { evaluateMode } from './evaluate';
import { capacitiesFor } from './constraints';
import { simulate } from './simulate';

/**
 * Property tests on random topologies: servers with random adapters on random switch stacks,
 * gateways and targets, random VM counts and demands, every mode, saturated or not.
 */
const arbDesign = fc
  .record({
    groups: fc.array(
      fc.record({
        count: fc.integer({ min: 1, max: 6 }),
        vms: fc.integer({ min: 0, max: 5 }),
        hca: fc.constantFrom('hca-infinihost3-ddr', 'hca-connectx-ddr'),
        nic: fc.boolean(),
        hba: fc.boolean(),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    leaves: fc.integer({ min: 1, max: 3 }),
    gwEth: fc.integer({ min: 0, max: 2 }),
    gwFc: fc.integer({ min: 0, max: 2 }),
    ibStorage: fc.boolean(),
    lanMbps: fc.integer({ min: 0, max: 3000 }),
    sanMBps: fc.integer({ min: 0, max: 500 }),
    ipcMbps: fc.integer({ min: 0, max: 3000 }),
    mesh: fc.boolean(),
  })
  .map((o): Design => {
    const b = new DesignBuilder('random', '')
      .node('leaf', 'sw-ib-ddr-24', 'leaf', 0, 0, o.leaves)
      .node('eth', 'sw-gige-48', 'eth', 0, 0)
      .node('fcs', 'sw-fc-32-2g', 'fc', 0, 0)
      .node('lan', 'net-lan-gige', 'lan', 0, 0)
      .node('fcst', 'st-fc-array-2g', 'fc storage', 0, 0)
      .link(bus('eth'), bus('lan'), { lanes: 2 })
      .link(bus('fcs'), bus('fcst'), { lanes: 2 });
    o.groups.forEach((g, i) => {
      const adapters: Array<[string, string]> = [['hca', g.hca]];
      if (g.nic) adapters.push(['nic', 'nic-gige-1p']);
      if (g.hba) adapters.push(['hba', 'hba-fc-2g']);
      b.server(`s${i}`, 'srv-rack2u-2007', `servers ${i}`, 0, 0, { count: g.count, vms: g.vms, adapters });
      b.link(port(`s${i}`, 'hca'), bus('leaf'), { mesh: o.mesh });
      if (g.nic) b.link(port(`s${i}`, 'nic'), bus('eth'));
      if (g.hba) b.link(port(`s${i}`, 'hba'), bus('fcs'));
    });
    if (o.gwEth) b.node('gwe', 'gw-ib-eth-6', 'gwe', 0, 0, o.gwEth).link(sideA('gwe'), bus('leaf'), { mesh: true }).link(sideB('gwe'), bus('lan'), { lanes: 3 });
    if (o.gwFc) b.node('gwf', 'gw-ib-fc-4', 'gwf', 0, 0, o.gwFc).link(sideA('gwf'), bus('leaf'), { mesh: true }).link(sideB('gwf'), bus('fcst'));
    if (o.ibStorage) b.node('ibst', 'st-ib-srp-array', 'ib storage', 0, 0).link(bus('leaf'), bus('ibst'));
    const d = b.build();
    d.workloads[0] = { ...d.workloads[0]!, lanMbps: o.lanMbps, sanMBps: o.sanMBps, ipcMbps: o.ipcMbps };
    return d;
  });

describe('simulator invariants on random topologies', () => {
  it('never exceeds a capacity, never exceeds demand, no NaN/Infinity, deterministic', () => {
    fc.assert(
      fc.property(arbDesign, fc.constantFrom('software', 'native', 'passthrough' as const), fc.boolean(), (design, mode, saturate) => {
        const prep = prepare(design, catalogFor(design), saturate);
        const r = evaluateMode(prep, mode, saturate);
        const cap = capacitiesFor(prep.topo, prep.layout, mode);
        // Links: load within capacity.
        for (const load of Object.values(r.links)) {
          expect(load.loadGbps).toBeLessThanOrEqual(load.capacityGbps * (1 + 1e-9));
        }
        // Per-VM rates within demand (unless saturated), all finite.
        const w = design.workloads[0]!;
        for (const [series, demand] of [
          [r.perVm.lanGbps, w.lanMbps / 1000],
          [r.perVm.sanMBps, w.sanMBps],
          [r.perVm.ipcGbps, w.ipcMbps / 1000],
        ] as const) {
          for (const v of series) {
            expect(Number.isFinite(v)).toBe(true);
            if (!saturate) expect(v).toBeLessThanOrEqual(demand * (1 + 1e-9) + 1e-12);
          }
        }
        for (const s of [r.perVm.lanLatencyUs, r.perVm.sanLatencyUs, r.perVm.ipcLatencyUs]) for (const v of s) expect(Number.isFinite(v)).toBe(true);
        expect(cap.every((c) => c >= 0)).toBe(true);
        // Determinism.
        const again = simulate(design, { modes: [mode], saturate }).modes[0]!;
        expect(again.perVm.lanGbps).toEqual(r.perVm.lanGbps);
        expect(again.bottlenecks).toEqual(r.bottlenecks);
      }),
      { numRuns: 150 },
    );
  });
});
