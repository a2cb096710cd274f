import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogFor } from '../catalog';
import type { Workload } from '../domain';
import { arbDesign } from '../scenarios/testing/arbitraryFabric';
import { workloadOf } from './workloads';
import { prepare } from './simulate';
import { evaluateMode } from './evaluate';
import { capacitiesFor } from './constraints';
import { simulate } from './simulate';

/** Property tests on random topologies (testing/arbitraryFabric.ts), every mode, saturated or not. */
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
        // Per-VM rates within the VM's own workload's demand (unless saturated), all finite.
        for (const [series, demandOf] of [
          [r.perVm.lanGbps, (w: Workload) => w.lanMbps / 1000],
          [r.perVm.sanMBps, (w: Workload) => w.sanMBps],
          [r.perVm.ipcGbps, (w: Workload) => w.ipcMbps / 1000],
        ] as const) {
          series.forEach((v, vm) => {
            expect(Number.isFinite(v)).toBe(true);
            if (!saturate) expect(v).toBeLessThanOrEqual(demandOf(workloadOf(design, r.perVm.server[vm]!)) * (1 + 1e-9) + 1e-12);
          });
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
