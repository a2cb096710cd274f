import { solveMaxMin } from './maxmin';
import { syntheticProblem } from './synthetic';

export interface SolverBenchRow {
  name: string;
  flows: number;
  constraints: number;
  incidences: number;
  medianMs: number;
  nsPerIncidence: number;
}

// The simulation core compiles without DOM or Node typings, so reach the
// clock through globalThis; performance.now() exists in Node, browsers and workers.
const perf = (globalThis as { performance?: { now(): number } }).performance;
const now: () => number = perf ? () => perf.now() : () => Date.now();

/**
 * Times solveMaxMin on synthetic datacenter problems (built outside the
 * timed region). A few warm-up runs let the JIT optimize first; the median
 * of `reps` is reported because a single GC pause would skew a mean.
 */
export function benchSolver(sizes: number[] = [1000, 3000, 10000, 30000, 100000], reps = 15): SolverBenchRow[] {
  const rows: SolverBenchRow[] = [];
  for (const flows of sizes) {
    const p = syntheticProblem(flows, 42);
    const incidences = p.flowStart[p.flowCount] ?? 0;
    // At least 3 warm-up runs and ~100 ms of them, so small sizes are measured with optimized code too.
    const warmEnd = now() + 100;
    for (let i = 0; i < 3 || (now() < warmEnd && i < 200); i++) solveMaxMin(p);
    const times: number[] = [];
    for (let i = 0; i < Math.max(1, reps); i++) {
      const t0 = now();
      solveMaxMin(p);
      times.push(now() - t0);
    }
    times.sort((a, b) => a - b);
    const mid = times.length >> 1;
    const medianMs = times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
    rows.push({
      name: `maxmin ${flows} flows`,
      flows,
      constraints: p.constraintCount,
      incidences,
      medianMs: Math.round(medianMs * 1000) / 1000,
      nsPerIncidence: Math.round((medianMs * 1e6) / Math.max(1, incidences)),
    });
  }
  return rows;
}
