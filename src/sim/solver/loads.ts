/**
 * The loads a max-min solution reports, recomputed from its rates in flow order (so they do not
 * depend on the order flows froze in), and the guard against rounding past a capacity. Part of
 * the solver (maxmin.ts); a module of its own only to keep that file short.
 */
import type { FlowProblem } from './problem';

/** Overshoot of load over capacity below this (relative) is left as rounding noise. */
const OVERSHOOT_SLACK = 1e-12;

/** Fills `load` from the rates; true when some constraint is over capacity beyond the slack. */
function computeLoad(p: FlowProblem, rate: Float64Array, load: Float64Array): boolean {
  const { flowCount: F, constraintCount: C, capacity, flowStart, flowConstraints } = p;
  load.fill(0);
  for (let f = 0; f < F; f++) {
    const r = rate[f]!;
    if (r === 0) continue;
    for (let i = flowStart[f]!, e = flowStart[f + 1]!; i < e; i++) load[flowConstraints[i]!]! += r;
  }
  for (let c = 0; c < C; c++) if (load[c]! > capacity[c]! * (1 + OVERSHOOT_SLACK)) return true;
  return false;
}

/**
 * Recomputes loads and, if rounding ever pushed a constraint past its
 * capacity (beyond OVERSHOOT_SLACK), scales each flow by the smallest
 * capacity/load factor on its path. Two passes absorb the rounding of the
 * scaling itself. Normally this is just the load computation.
 */
export function clampToCapacity(p: FlowProblem, rate: Float64Array, load: Float64Array): void {
  const { flowCount: F, constraintCount: C, capacity, flowStart, flowConstraints } = p;
  let over = computeLoad(p, rate, load);
  for (let pass = 0; over && pass < 2; pass++) {
    const factor = new Float64Array(C);
    for (let c = 0; c < C; c++) {
      const l = load[c]!;
      const cap = capacity[c]!;
      factor[c] = l > cap ? cap / l : 1;
    }
    for (let f = 0; f < F; f++) {
      let m = 1;
      for (let i = flowStart[f]!, e = flowStart[f + 1]!; i < e; i++) {
        const k = factor[flowConstraints[i]!]!;
        if (k < m) m = k;
      }
      if (m < 1) rate[f] = rate[f]! * m;
    }
    over = computeLoad(p, rate, load);
  }
}
