/**
 * `npm run bench` rows for n−1 by class (docs/failures.md) on generated HA designs — the sizing
 * wizard's InfiniBand fabric with two rails, 10 VMs per server, as `sim generate --ha` makes it —
 * of 1,000, 5,000 and 20,000 servers: the time of n−1 with twin members simulated once, and the
 * speed-up against a full simulation per target. Each row's label says what was measured and
 * what estimated: a whole n−1 at 20,000 servers takes most of an hour on a 2-core machine, so there
 * both times are a sample of simulations × their count (every simulation of one analysis costs
 * about the same: it routes and solves the whole fabric).
 */
import { defaultSizingInput, sizeDesign } from '../scenarios';
import { baseClasses, classImpacts, compareResults, evaluateWithFailures, whatIfBase } from '../sim/nMinus1';
import type { Design, Failure } from '../domain';

export interface NMinus1Row {
  name: string;
  flows: number;
  incidences: number;
  medianMs: number;
  ratio?: number;
  targetMs?: number;
}

/** The goals on this 2-core machine, CLI, every target covered (issue 24). */
const GOAL_MS: Record<number, number> = { 5000: 5000, 20000: 15000 };

function haDesign(servers: number): Design {
  const sized = sizeDesign({ ...defaultSizingInput('2007', 'infiniband'), servers, vmsPerServer: 10, ha: true });
  if (!sized.ok) throw new Error(`sizing ${servers} servers: ${sized.error}`);
  return sized.result.design;
}

/** Mean ms of one failure simulation over `count` failures spread over the list (leaves, gateways, cables…). */
function perSimulationMs(base: ReturnType<typeof whatIfBase>, failures: readonly Failure[], count: number): number {
  const picks = Array.from({ length: Math.min(count, failures.length) }, (_, k) => failures[Math.floor((k * failures.length) / Math.min(count, failures.length))]!);
  const t = performance.now();
  for (const f of picks) compareResults(base, [f], evaluateWithFailures(base, [f]));
  return (performance.now() - t) / picks.length;
}

export function nMinus1Rows(sizes: readonly number[], emit: (row: NMinus1Row) => void): void {
  for (const servers of sizes) {
    const design = haDesign(servers);
    const t0 = performance.now();
    const base = whatIfBase(design, design.settings.mode);
    const classes = baseClasses(base);
    const setupMs = performance.now() - t0;
    const reps = classes.map((c) => c.representative);
    const targets = classes.flatMap((c) => c.members);
    const k = servers.toLocaleString('en-US');
    const flows = base.intact.flows;
    const counts = `${classes.length} classes for ${targets.length} targets`;
    if (servers <= 5000) {
      // Measured: the whole analysis by class; the full one measured at 1,000, estimated above.
      const t = performance.now();
      classImpacts(base, classes);
      const classMs = setupMs + performance.now() - t;
      let fullMs: number;
      let how: string;
      if (servers <= 1000) {
        const tf = performance.now();
        for (const f of targets) compareResults(base, [f], evaluateWithFailures(base, [f]));
        fullMs = setupMs + performance.now() - tf;
        how = 'measured';
      } else {
        fullMs = setupMs + perSimulationMs(base, targets, 8) * targets.length;
        how = `est. 8 sims × ${targets.length}`;
      }
      emit({ name: `n-1 ${k}-server HA by class (${counts})`, flows, incidences: 0, medianMs: classMs, ratio: fullMs / classMs, ...(GOAL_MS[servers] ? { targetMs: GOAL_MS[servers] } : {}) });
      emit({ name: `  full re-sim per target (${how})`, flows, incidences: 0, medianMs: fullMs });
    } else {
      const each = perSimulationMs(base, reps, 6);
      const classMs = setupMs + each * reps.length;
      const fullMs = setupMs + each * targets.length;
      emit({ name: `n-1 ${k}-server HA by class, est. 6 sims × ${classes.length} (${targets.length} targets)`, flows, incidences: 0, medianMs: classMs, ratio: fullMs / classMs, targetMs: GOAL_MS[servers] });
      emit({ name: `  full re-sim per target (est. 6 sims × ${targets.length})`, flows, incidences: 0, medianMs: fullMs });
    }
  }
}
