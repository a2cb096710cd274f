import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogFor } from '../catalog';
import type { Design, IovMode } from '../domain';
import { getTemplate } from '../scenarios';
import { arbDesign } from '../scenarios/testing/arbitraryFabric';
import { failureTargets } from './failures';
import { compareResults, evaluateWithFailures, failedFigures, whatIfBase } from './nMinus1';

/**
 * The lean figures of an n−1 target (`failedFigures`) against a whole simulation of the same
 * failures (`evaluateWithFailures`): the same routes, problem and solve, so every rate, total and
 * bottleneck is the same to the bit, and so is every impact — for single failures and for sets.
 */
function expectSame(design: Design, mode: IovMode, pick: (n: number) => number[][]): void {
  const base = whatIfBase(design, mode);
  const targets = failureTargets(design, base.catalog);
  for (const set of pick(targets.length)) {
    const failures = set.map((k) => targets[k]!);
    const lean = failedFigures(base, failures);
    const whole = evaluateWithFailures(base, failures);
    expect(lean.totals).toEqual(whole.totals);
    expect(lean.bottlenecks).toEqual(whole.bottlenecks);
    // A VM with no flow is 0 in the lean figures, −1 in a whole result: both "no rate".
    for (const k of ['lanGbps', 'sanMBps', 'ipcGbps'] as const) expect(Array.from(lean.perVm[k], (v) => Math.max(v, 0))).toEqual(Array.from(whole.perVm[k], (v) => Math.max(v, 0)));
    expect(compareResults(base, failures, lean)).toEqual(compareResults(base, failures, whole));
  }
}

const arbMode = fc.constantFrom<IovMode>('software', 'native', 'passthrough');

describe('an n−1 target’s lean figures equal a whole simulation’s', () => {
  it('the one- and two-HCA templates: a switch, an adapter, a cable, and a leaf with a spine', () => {
    for (const id of ['seed-ib-software', 'seed-ib-software-ha']) {
      const design = getTemplate(id)!.build();
      expectSame(design, 'software', (n) => [[0], [Math.floor(n / 2)], [n - 1], [0, n - 2]]);
    }
  });

  it('random topologies, single failures and pairs', () => {
    fc.assert(
      fc.property(arbDesign, arbMode, fc.nat(), (design, mode, seed) => {
        expectSame(design, mode, (n) => (n === 0 ? [] : [[seed % n], [seed % n, (seed >> 3) % n], [(seed >> 6) % n]]));
      }),
      { numRuns: 40 },
    );
  });

  it('a base reuses its working arrays from target to target: every impact equals one on a base of its own', () => {
    // Failures change how many flows are routed, so a target after a larger or smaller one writes
    // into arrays of another size: run the targets forward and backward on one base each.
    fc.assert(
      fc.property(arbDesign, arbMode, (design, mode) => {
        const targets = failureTargets(design, catalogFor(design)).slice(0, 12);
        const alone = targets.map((f) => {
          const own = whatIfBase(design, mode);
          return compareResults(own, [f], failedFigures(own, [f]));
        });
        const shared = whatIfBase(design, mode);
        expect(targets.map((f) => compareResults(shared, [f], failedFigures(shared, [f])))).toEqual(alone);
        const backward = whatIfBase(design, mode);
        expect([...targets].reverse().map((f) => compareResults(backward, [f], failedFigures(backward, [f])))).toEqual([...alone].reverse());
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('no failure: the intact result itself', () => {
    const design = getTemplate('seed-ib-software')!.build();
    const base = whatIfBase(design, 'software', { catalog: catalogFor(design) });
    expect(failedFigures(base, [])).toBe(base.intact);
  });
});
