import { catalogFor, type Catalog } from '../catalog';
import { failureKey, type Design, type Failure, type FailureImpact, type IovMode, type ModeResult } from '../domain';
import { topBottlenecks } from './bottlenecks';
import { SimBuffers, type Buffers } from './buffers';
import { capacitiesFor } from './constraints';
import { evaluateMode, type Prepared } from './evaluate';
import { failureClasses, type FailureClass } from './failureClasses';
import { applyFailures, classLabel, failureLabel } from './failures';
import { deliveredRates, solveMode, type RateSeries } from './modeSolve';
import { noProgress, type ProgressSink } from './progress';
import { buildRoutes } from './routes';
import { prepare } from './simulate';
import { stat } from './stats';

/**
 * What failures do to the VMs (docs/failures.md): each failure set is routed and solved on the
 * intact design's expansion with its parts removed, and compared VM by VM with the intact result.
 * The VM set does not change with failures, so VM i is the same VM in both.
 */
export interface WhatIfBase {
  design: Design;
  catalog: Catalog;
  mode: IovMode;
  saturate: boolean;
  prep: Prepared;
  intact: ModeResult;
  /** The constraints' capacities in this mode: failures and routes do not change them. */
  capacity: Float64Array;
  /**
   * Working arrays the failed simulations of this base reuse, one after another (buffers.ts): at
   * 5,000 servers each target otherwise allocated its routes, transports and flow problem afresh.
   * Nothing a call returns is taken from them, so a base runs one failure set at a time.
   */
  buffers: Buffers;
}

/** The intact design's expansion and result for one mode (the design's own failures ignored). */
export function whatIfBase(design: Design, mode: IovMode, options: { catalog?: Catalog; saturate?: boolean } = {}): WhatIfBase {
  const catalog = options.catalog ?? catalogFor(design);
  const saturate = options.saturate ?? false;
  const prep = prepare(design, catalog, saturate, noProgress, []);
  return { design, catalog, mode, saturate, prep, intact: evaluateMode(prep, mode, saturate), capacity: capacitiesFor(prep.intact, prep.layout, mode), buffers: new SimBuffers() };
}

/** The intact expansion with these failures applied, routed. */
function failedPrep(base: WhatIfBase, failures: readonly Failure[]): Prepared {
  const topo = applyFailures(base.prep.intact, failures);
  const { buffers } = base;
  return { ...base.prep, topo, routes: buildRoutes(topo, { saturate: base.saturate, buffers }), buffers };
}

/** The mode result with these failures applied, reusing the base's expansion. */
export function evaluateWithFailures(base: WhatIfBase, failures: readonly Failure[]): ModeResult {
  if (failures.length === 0) return base.intact;
  return evaluateMode(failedPrep(base, failures), base.mode, base.saturate);
}

/** What `compareResults` reads of a failed result. */
export type FailedFigures = Pick<ModeResult, 'totals' | 'bottlenecks'> & { perVm: RateSeries };

/**
 * Only the figures an impact reports, from the same routes, problem and solve as
 * `evaluateWithFailures` (modeSolve.ts): rates, totals and bottlenecks, without the latencies,
 * findings and statistics of a whole result an n−1 analysis never shows — about half of a
 * simulation's time beside routing and solving. A VM without a flow stays 0 here, −1 in a whole
 * result: both read as "no rate" (> 0 is the test), so every impact is the same.
 */
export function failedFigures(base: WhatIfBase, failures: readonly Failure[]): FailedFigures {
  if (failures.length === 0) return base.intact;
  const prep = failedPrep(base, failures);
  const { running, sol } = solveMode(prep, base.mode, base.saturate, noProgress, base.capacity);
  const n = prep.routes.vmCount;
  const perVm = { lanGbps: new Float64Array(n), sanMBps: new Float64Array(n), ipcGbps: new Float64Array(n) };
  const totals = deliveredRates(prep.routes, running, sol.rate, perVm);
  return { perVm, totals, bottlenecks: topBottlenecks(prep.topo, prep.layout, sol, base.mode) };
}

/**
 * The one tolerance of every figure a failure analysis reports (docs/failures.md), relative: the
 * solver is exact to about 1e-12 and a failure reroutes flows, so the same rates summed in another
 * order differ in their last bits (a change of ±1e-14 that is no change). A relative change below
 * it is 0; changes are kept to 9 decimals (1e-9 of the compared quantity), rates and totals to 9
 * significant digits.
 */
export const FIGURE_TOLERANCE = 1e-9;
const FIGURE_DIGITS = 9; // −log10(FIGURE_TOLERANCE)

/** A reported rate or total: 9 significant digits (0, ±Infinity and NaN as they are). */
export const roundFigure = (x: number): number => (Number.isFinite(x) && x !== 0 ? Number(x.toPrecision(FIGURE_DIGITS)) : x);

/** after ÷ before − 1, 0 when below the tolerance (or nothing before), to 9 decimals; never −0. */
export function relativeChange(after: number, before: number): number {
  if (!(before > 0)) return 0;
  const r = after / before - 1;
  return Math.abs(r) < FIGURE_TOLERANCE ? 0 : Number(r.toFixed(FIGURE_DIGITS)) || 0;
}

/** Compare a failed result with the intact one. */
export function compareResults(base: WhatIfBase, failures: readonly Failure[], failed: FailedFigures): FailureImpact {
  const a = base.intact.perVm;
  const b = failed.perVm;
  let lan = 0, san = 0, ipc = 0, affected = 0, lanAndSan = 0;
  for (let vm = 0; vm < a.lanGbps.length; vm++) {
    const l = a.lanGbps[vm]! > 0 && !(b.lanGbps[vm]! > 0);
    const s = a.sanMBps[vm]! > 0 && !(b.sanMBps[vm]! > 0);
    const i = a.ipcGbps[vm]! > 0 && !(b.ipcGbps[vm]! > 0);
    if (l) lan++;
    if (s) san++;
    if (i) ipc++;
    if (l || s || i) affected++;
    if (l && s) lanAndSan++;
  }
  const known = new Set(base.intact.bottlenecks.map((x) => x.resource));
  const minMedian = (series: Float64Array): { min: number; median: number } => {
    // Over VMs that still have the flow: a cut-off VM is counted in vmsCutOff, not as a zero rate.
    const st = stat(series.map((v) => (v > 0 ? v : -1)));
    return { min: roundFigure(st.min), median: roundFigure(st.median) };
  };
  const t = failed.totals;
  const i0 = base.intact.totals;
  return {
    target: failures.map(failureKey).join(' + '),
    kind: failures.length === 1 ? failures[0]!.kind : 'set',
    label: failures.map((f) => failureLabel(base.design, base.catalog, f)).join(' + '),
    failures: [...failures],
    vmsCutOff: { lan, san, ipc },
    vmsAffected: affected,
    vmsLostLanAndSan: lanAndSan,
    bandwidthChange: { lan: relativeChange(t.lanGbps, i0.lanGbps), san: relativeChange(t.sanMBps, i0.sanMBps), ipc: relativeChange(t.ipcGbps, i0.ipcGbps) },
    totals: { lanGbps: roundFigure(t.lanGbps), sanMBps: roundFigure(t.sanMBps), ipcGbps: roundFigure(t.ipcGbps) },
    perVm: { lan: minMedian(b.lanGbps), san: minMedian(b.sanMBps), ipc: minMedian(b.ipcGbps) },
    newBottlenecks: failed.bottlenecks.filter((x) => !known.has(x.resource)).slice(0, 3).map((x) => x.label),
  };
}

/** One impact per failure, each failed alone (n−1), told after each. */
export function singleFailureImpacts(base: WhatIfBase, targets: readonly Failure[], onEach: (done: number, total: number) => void = () => {}): FailureImpact[] {
  return targets.map((f, k) => {
    const impact = compareResults(base, [f], failedFigures(base, [f]));
    onEach(k + 1, targets.length);
    return impact;
  });
}

/**
 * One impact per class of alike single failures (failureClasses.ts): its representative failed
 * alone, reported for the class — its label says which and how many, `members` lists them.
 */
export function classImpacts(base: WhatIfBase, classes: readonly FailureClass[], onEach: (done: number, total: number) => void = () => {}): FailureImpact[] {
  return classes.map((c, k) => {
    const impact = asClass(base, compareResults(base, [c.representative], failedFigures(base, [c.representative])), c.members);
    onEach(k + 1, classes.length);
    return impact;
  });
}

/** The representative's impact told for its whole class (unchanged for a class of one). */
export function asClass(base: Pick<WhatIfBase, 'design' | 'catalog'>, impact: FailureImpact, members: readonly Failure[]): FailureImpact {
  if (members.length <= 1) return impact;
  return { ...impact, label: classLabel(base.design, base.catalog, members), members: [...members] };
}

/** Every member of every class with its class's figures: the per-failure view of a by-class n−1. */
export function memberImpacts(base: Pick<WhatIfBase, 'design' | 'catalog'>, impacts: readonly FailureImpact[]): FailureImpact[] {
  return impacts.flatMap((i) => {
    if (!i.members) return [i];
    return i.members.map((f): FailureImpact => {
      const { members: _class, ...figures } = i;
      return { ...figures, target: failureKey(f), label: failureLabel(base.design, base.catalog, f), failures: [f] };
    });
  });
}

/** Single failures an impact stands for: its class's members, or 1. */
export const standsFor = (i: FailureImpact): number => i.members?.length ?? 1;

/** Worst first: VMs cut off, then the largest bandwidth loss of any flow kind. */
export function rankImpacts(impacts: readonly FailureImpact[]): FailureImpact[] {
  const loss = (i: FailureImpact): number => -Math.min(i.bandwidthChange.lan, i.bandwidthChange.san, i.bandwidthChange.ipc, 0);
  return [...impacts].sort((x, y) => y.vmsAffected - x.vmsAffected || loss(y) - loss(x) || x.target.localeCompare(y.target));
}

export interface HaVerdict {
  survives: boolean;
  /** "survives any single failure: yes / no, because …" */
  text: string;
  /** Failures that cut VMs off (ranked). */
  singlePoints: FailureImpact[];
}

const pct = (x: number): string => `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.round(Math.abs(x) * 100)}%`;

/** A one-line summary of an impact: "256 VMs lost LAN and SAN, 272 lost server-to-server; LAN −13%". */
export function impactSummary(i: FailureImpact): string {
  const c = i.vmsCutOff;
  // Kinds that lost the same number of VMs are said together: "256 VMs lost LAN and SAN".
  const groups = new Map<number, string[]>();
  for (const [n, name] of [[c.lan, 'LAN'], [c.san, 'SAN'], [c.ipc, 'server-to-server']] as const) if (n > 0) groups.set(n, [...(groups.get(n) ?? []), name]);
  const said = [...groups].map(([n, names], k) => `${n}${k === 0 ? ` VM${n === 1 ? '' : 's'}` : ''} lost ${names.join(' and ')}`);
  const parts = [said.length ? said.join(', ') : 'no VM cut off'];
  const bw = ([['LAN', i.bandwidthChange.lan], ['SAN', i.bandwidthChange.san], ['server-to-server', i.bandwidthChange.ipc]] as const).filter(([, v]) => Math.abs(v) >= 0.005);
  if (bw.length) parts.push(bw.map(([name, v]) => `${name} ${pct(v)}`).join(', '));
  return parts.join('; ');
}

export function haVerdict(impacts: readonly FailureImpact[]): HaVerdict {
  const ranked = rankImpacts(impacts);
  const singlePoints = ranked.filter((i) => i.vmsAffected > 0);
  // A class counts as the single failures it stands for.
  const count = (list: readonly FailureImpact[]): number => list.reduce((n, i) => n + standsFor(i), 0);
  if (singlePoints.length === 0) {
    const worst = ranked[0];
    const tail = worst && impactSummary(worst) !== 'no VM cut off' ? ` Worst: ${worst.label} (${impactSummary(worst)}).` : '';
    return { survives: true, singlePoints, text: `Survives any single failure: yes — no single failure of the ${count(impacts)} tried cuts a VM off.${tail}` };
  }
  const top = singlePoints[0]!;
  const more = count(singlePoints) > 1 ? ` ${count(singlePoints)} single points of failure in all.` : '';
  return { survives: false, singlePoints, text: `Survives any single failure: no, because failing ${top.label} cuts ${top.vmsAffected} VMs off (${impactSummary(top)}).${more}` };
}

export interface NMinus1Result {
  mode: IovMode;
  /** One per class of alike single failures, worst first. */
  impacts: FailureImpact[];
  verdict: HaVerdict;
  /** Single failures covered (every member of every class). */
  targets: number;
}

/** The classes of alike single failures of a base's intact design (the design's own failures pin what they name). */
export const baseClasses = (base: WhatIfBase): FailureClass[] => failureClasses(base.design, base.catalog);

/**
 * The whole n−1 analysis in one call (the CLI, tests; the app fans the classes out over workers):
 * one simulation per class of alike single failures.
 */
export function nMinus1(design: Design, mode: IovMode, options: { catalog?: Catalog; onProgress?: ProgressSink } = {}): NMinus1Result {
  const base = whatIfBase(design, mode, options);
  const classes = baseClasses(base);
  const onProgress = options.onProgress ?? noProgress;
  const impacts = classImpacts(base, classes, (done, total) => onProgress({ stage: 'failing one part of each class in turn', done, total }));
  return nMinus1Result(mode, classes, impacts);
}

/**
 * The analysis from each class's impact, in class order — however they were computed (in turn
 * here, on worker threads by the CLI's `--jobs`): ranked, with the verdict and the targets covered.
 */
export function nMinus1Result(mode: IovMode, classes: readonly FailureClass[], impacts: readonly FailureImpact[]): NMinus1Result {
  const ranked = rankImpacts(impacts);
  return { mode, impacts: ranked, verdict: haVerdict(ranked), targets: classes.reduce((n, c) => n + c.members.length, 0) };
}
