/**
 * `npm run bench` rows for n−1 by class (docs/failures.md) on generated HA designs — the sizing
 * wizard's InfiniBand fabric with two rails, 10 VMs per server, as `sim generate --ha` makes it —
 * of 1,000, 5,000 and 20,000 servers: the time of n−1 with twin members simulated once and only
 * the figures an impact reports computed, and the speed-up against a full simulation per target. Each row's label says what was measured and
 * what estimated: at 5,000 servers the full cost is each class's full simulation, measured, × its
 * members (twins' simulations are the same work), at 20,000 — a whole n−1 takes most of an hour on a
 * 2-core machine — both times are a sample of simulations × their count (each simulation of one
 * analysis routes and solves the whole fabric, so they cost about the same).
 */
import { defaultSizingInput, sizeDesign } from '../scenarios';
import { baseClasses, compareResults, evaluateWithFailures, failedFigures, whatIfBase } from '../sim/nMinus1';
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

type Base = ReturnType<typeof whatIfBase>;
/** An n−1 target as the analysis runs it: only the figures an impact reports (nMinus1.ts, `failedFigures`). */
const byClass = (base: Base, f: Failure): unknown => compareResults(base, [f], failedFigures(base, [f]));
/** A full re-simulation of the target, as before classes and lean figures: the baseline. */
const fullSim = (base: Base, f: Failure): unknown => compareResults(base, [f], evaluateWithFailures(base, [f]));

/**
 * Mean ms of one failure simulation by class and by a full simulation, over `count` failures
 * spread over the list (leaves, gateways, cables…), each failure both ways in turn so both see
 * the same machine load.
 */
function perSimulationMs(base: Base, failures: readonly Failure[], count: number): { byClass: number; full: number } {
  const picks = Array.from({ length: Math.min(count, failures.length) }, (_, k) => failures[Math.floor((k * failures.length) / Math.min(count, failures.length))]!);
  const ms = { byClass: 0, full: 0 };
  for (const f of picks) {
    let t = performance.now();
    byClass(base, f);
    ms.byClass += (performance.now() - t) / picks.length;
    t = performance.now();
    fullSim(base, f);
    ms.full += (performance.now() - t) / picks.length;
  }
  return ms;
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
      // Warm the simulation up first, or the first analysis timed pays the JIT for both.
      perSimulationMs(base, reps, 3);
      // Measured: each class's representative, by class and by a full simulation (in turn, so
      // both see the same machine load). Twins' simulations are the same computation on a
      // relabelled fabric (failureClasses.ts), so failing each member costs its class's time again.
      let classMs = setupMs;
      let fullEst = setupMs;
      for (const c of classes) {
        let t = performance.now();
        byClass(base, c.representative);
        classMs += performance.now() - t;
        t = performance.now();
        fullSim(base, c.representative);
        fullEst += (performance.now() - t) * c.members.length;
      }
      let fullMs = fullEst;
      let how = "est.: each class's full sim × its members";
      if (servers <= 1000) {
        const tf = performance.now();
        for (const f of targets) fullSim(base, f);
        fullMs = setupMs + performance.now() - tf;
        how = `measured; est. from classes ${(fullEst / 1000).toFixed(1)} s`;
      }
      emit({ name: `n-1 ${k}-server HA by class (${counts})`, flows, incidences: 0, medianMs: classMs, ratio: fullMs / classMs, ...(GOAL_MS[servers] ? { targetMs: GOAL_MS[servers] } : {}) });
      emit({ name: `  full re-sim per target (${how})`, flows, incidences: 0, medianMs: fullMs });
    } else {
      const each = perSimulationMs(base, reps, 6);
      const classMs = setupMs + each.byClass * reps.length;
      const fullMs = setupMs + each.full * targets.length;
      emit({ name: `n-1 ${k}-server HA by class, est. 6 sims × ${classes.length} (${targets.length} targets)`, flows, incidences: 0, medianMs: classMs, ratio: fullMs / classMs, targetMs: GOAL_MS[servers] });
      emit({ name: `  full re-sim per target (est. 6 sims × ${targets.length})`, flows, incidences: 0, medianMs: fullMs });
    }
  }
}
