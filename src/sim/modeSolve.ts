import { gbpsToMBps, type IovMode } from '../domain';
import { capacitiesFor } from './constraints';
import { density } from './density';
import { buildFlowProblem } from './flowProblem';
import { modeContext, type ModeContext } from './modeContext';
import { noProgress, progressTicker, type ProgressSink } from './progress';
import { KIND_IPC, KIND_LAN, KIND_SAN, type Routes } from './routes';
import { solveMaxMin, type FlowProblem, type FlowSolution } from './solver';
import type { Prepared } from './evaluate';
import type { DensityGroup } from '../domain';
import type { Topology } from './topology';

/**
 * The part of a mode's evaluation every figure rests on — capacities, transports, which VMs run,
 * the flow problem and its max-min solution — shared by the full result (evaluate.ts) and the
 * lean one an n−1 target needs (nMinus1.ts, `failedFigures`), so both solve exactly the same
 * problem the same way.
 */
export interface SolvedMode {
  ctx: ModeContext;
  dens: ReturnType<typeof density>;
  running: Uint8Array | null;
  problem: FlowProblem;
  sol: FlowSolution;
}

/**
 * Which VMs run in this mode: a server runs the VMs it plans, or as many as fit if fewer (its
 * first `fit`). Null when every planned VM fits. Bandwidth, latency and cost per VM all count
 * these VMs, so that no two figures on one screen are per different populations.
 */
export function runningVms(topo: Topology, routes: Routes, groups: readonly DensityGroup[]): Uint8Array | null {
  const fitOf = new Map(groups.filter((g) => g.fit < g.planned).map((g) => [g.nodeId, g.fit]));
  if (fitOf.size === 0) return null;
  const running = new Uint8Array(routes.vmCount).fill(1);
  const nodes = topo.design.nodes;
  // Looked up once per server: its VMs are contiguous.
  let fit: number | undefined;
  for (let vm = 0, first = 0; vm < routes.vmCount; vm++) {
    const s = routes.vmServer[vm]!;
    if (vm === 0 || routes.vmServer[vm - 1] !== s) {
      first = vm;
      fit = fitOf.get(nodes[topo.servers[s]!.node]!.id);
    }
    if (fit !== undefined && vm - first >= fit) running[vm] = 0;
  }
  return running;
}

/**
 * `capacity`: the constraints' capacities in this mode, when the caller has them (they depend on
 * the parts and the mode, not on failures or routes: an n−1 analysis computes them once).
 */
export function solveMode(prep: Prepared, mode: IovMode, saturate: boolean, onProgress: ProgressSink = noProgress, capacity?: Float64Array): SolvedMode {
  const { topo, routes, layout, buffers } = prep;
  const ctx = modeContext(topo, routes, mode, buffers);
  // Density depends on the planned demand only, not on the solution: it decides which VMs run.
  const dens = density(topo, routes, ctx);
  const running = runningVms(topo, routes, dens.groups);
  const problem = buildFlowProblem(topo, routes, layout, capacity ?? capacitiesFor(topo, layout, mode), ctx, { saturate, running }, onProgress, buffers);
  const solving = progressTicker(onProgress, `solving ${mode} mode`, routes.flowCount, 1);
  solving(0);
  return { ctx, dens, running, problem, sol: solveMaxMin(problem, solving) };
}

/** Per-VM delivered rates (Gb/s; SAN in MB/s), what `ModeResult.perVm` and the totals hold. */
export interface RateSeries {
  lanGbps: Float64Array;
  sanMBps: Float64Array;
  ipcGbps: Float64Array;
}

/** Per-flow latencies (µs) to copy per VM beside the rates, in the same pass (the full result's). */
export interface LatencyCopy {
  unloaded: Float64Array;
  loaded: Float64Array;
  /** Flows that carry nothing (no transport in common with their array): no latency to report. */
  blocked: Uint8Array;
  /** Per VM, indexed by flow kind (KIND_LAN, KIND_SAN, KIND_IPC). */
  unloadedByKind: readonly Float64Array[];
  loadedByKind: readonly Float64Array[];
}

/**
 * Each running VM's rate per kind into `series`, and the totals, summed in flow order (the one
 * order both the full and the lean evaluation use, so their totals agree to the bit). With
 * `latency`, each running VM's latencies per kind too.
 */
export function deliveredRates(routes: Routes, running: Uint8Array | null, rate: Float64Array, series: RateSeries, latency?: LatencyCopy): { lanGbps: number; sanMBps: number; ipcGbps: number } {
  const sums = new Float64Array(3);
  addRates(routes, running, rate, series, latency, sums);
  return { lanGbps: sums[KIND_LAN]!, sanMBps: sums[KIND_SAN]!, ipcGbps: sums[KIND_IPC]! };
}

/**
 * The pass of `deliveredRates`, totals into `sums` by kind. Nothing follows its loop: V8 (Node 20)
 * compiles a long first run of a loop on the stack, and code after it without type feedback
 * deoptimized on later calls; totals kept in object fields boxed a number per flow.
 */
function addRates(routes: Routes, running: Uint8Array | null, rate: Float64Array, series: RateSeries, latency: LatencyCopy | undefined, sums: Float64Array): void {
  const { flowVm, flowKind } = routes;
  for (let f = 0; f < routes.flowCount; f++) {
    const vm = flowVm[f]!;
    if (running && running[vm] === 0) continue;
    const r = rate[f]!;
    const kind = flowKind[f]!;
    if (latency && latency.blocked[f] !== 1) {
      latency.unloadedByKind[kind]![vm] = latency.unloaded[f]!;
      latency.loadedByKind[kind]![vm] = latency.loaded[f]!;
    }
    if (kind === KIND_LAN) {
      series.lanGbps[vm] = r;
      sums[KIND_LAN]! += r;
    } else if (kind === KIND_SAN) {
      series.sanMBps[vm] = gbpsToMBps(r);
      sums[KIND_SAN]! += gbpsToMBps(r);
    } else {
      series.ipcGbps[vm] = r;
      sums[KIND_IPC]! += r;
    }
  }
}
