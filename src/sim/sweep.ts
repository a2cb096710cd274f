import { catalogFor, type Catalog } from '../catalog';
import { gbpsToMBps, IOV_MODES, type Design, type IovMode, type ModeResult } from '../domain';
import { costPowerPorts } from './cost';
import { capacitiesFor, layoutConstraints } from './constraints';
import { density } from './density';
import { perVmSeries, type Prepared } from './evaluate';
import { buildFlowProblem } from './flowProblem';
import { groupFlows, type FlowGroups } from './flowGroups';
import { flowLatencies } from './latency';
import { modeContext } from './modeContext';
import { runningVms, type SolvedMode } from './modeSolve';
import { solveMaxMin } from './solver';
import { stat } from './stats';
import { buildTopology } from './expandDesign';
import { applyFailures } from './failures';
import { SimBuffers } from './buffers';
import { buildRoutes, type Routes } from './routes';
import { sizeProblem } from './simulate';
import type { Topology } from './topology';
import { demandGbps, KIND_IPC, KIND_LAN, KIND_SAN, workloadOf } from './workloads';

/**
 * Sweeps (docs/failures.md, "Sweeps"): one design input varied over a range, the whole design
 * simulated at each value, per IOV mode. Points are independent, so callers may spread them over
 * workers; each is a pure function of (design, axis, value).
 */
export type SweepAxis = 'vmsPerServer' | 'workloadScale';

export const SWEEP_VALUES: Record<SweepAxis, readonly number[]> = {
  vmsPerServer: Array.from({ length: 64 }, (_, i) => i + 1),
  workloadScale: [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 8],
};

/** The design with the axis set to value: VMs on every server group that runs VMs; every workload's demands scaled. */
export function withSweepValue(design: Design, axis: SweepAxis, value: number): Design {
  if (axis === 'vmsPerServer') {
    return { ...design, nodes: design.nodes.map((n) => ((n.vmsPerServer ?? 0) > 0 ? { ...n, vmsPerServer: value } : n)) };
  }
  return {
    ...design,
    workloads: design.workloads.map((w) => ({ ...w, lanMbps: w.lanMbps * value, sanMBps: w.sanMBps * value, ipcMbps: w.ipcMbps * value })),
  };
}

export interface SweepModePoint {
  mode: IovMode;
  /** Per-VM medians: LAN and server-to-server Gb/s, SAN MB/s; loaded server-to-server latency µs. */
  lanGbps: number;
  sanMBps: number;
  ipcGbps: number;
  ipcLatencyUs: number;
  /** VMs per server that fit in CPU, memory and virtual functions. */
  vmsFit: number;
  costPerVmUsd: number;
  /** Every VM reaches LAN, SAN and its peer and gets its demand, and the planned VMs fit. */
  meetsDemand: boolean;
  /** Why not, in a few words (the first reason found). */
  shortfall: string;
}

export interface SweepPoint {
  axis: SweepAxis;
  value: number;
  modes: SweepModePoint[];
}

/** What a sweep point reads of a mode's result (`sweepFigures`). */
export interface PointFigures {
  density: SolvedMode['dens'];
  perVm: Pick<ModeResult['perVm'], 'server' | 'lanGbps' | 'sanMBps' | 'ipcGbps'>;
  unreachable: number;
}

/** Why a mode does not meet demand at a point ('' when it does); a whole result's figures read the same way. */
export function shortfallOf(design: Design, m: Pick<PointFigures, 'perVm' | 'unreachable'> & { density: Pick<PointFigures['density'], 'groups'> }): string {
  if (m.unreachable > 0) return 'VMs with no path';
  const over = m.density.groups.find((g) => g.planned > g.fit);
  if (over) return `${over.planned} VMs planned, ${over.fit} fit (${over.limitedBy === 'adapter-vms' ? 'virtual functions' : over.limitedBy})`;
  const s = m.perVm;
  const demands = new Map<number, number[]>();
  for (let vm = 0; vm < s.server.length; vm++) {
    const node = s.server[vm]!;
    let d = demands.get(node);
    if (!d) demands.set(node, (d = [KIND_LAN, KIND_SAN, KIND_IPC].map((k) => demandGbps(workloadOf(design, node), k))));
    // Relative tolerance: the solver is exact to ~1e-12; a VM 0.1% short is short.
    if (s.lanGbps[vm]! >= 0 && s.lanGbps[vm]! < d[0]! * 0.999) return 'LAN demand not met';
    if (s.sanMBps[vm]! >= 0 && (s.sanMBps[vm]! * 8) / 1000 < d[1]! * 0.999) return 'SAN demand not met';
    if (s.ipcGbps[vm]! >= 0 && s.ipcGbps[vm]! < d[2]! * 0.999) return 'server-to-server demand not met';
  }
  return '';
}

/**
 * The expansion does not depend on either axis (VMs and demands only change routing and the
 * solve): a sweep expands the design once and hands the same topology to every point.
 */
export interface SweepBase {
  design: Design;
  catalog: Catalog;
  topo: Topology;
  routed: Topology;
  layout: ReturnType<typeof layoutConstraints>;
  /**
   * Working arrays (routes, groups, flow problems, latencies) reused from point to point: a point
   * keeps none of them in what it returns, and points of one base run one at a time.
   */
  buffers: SimBuffers;
}

export function sweepBase(design: Design, catalog: Catalog = catalogFor(design)): SweepBase {
  const topo = buildTopology(design, catalog);
  return { design, catalog, topo, routed: applyFailures(topo, design.failures ?? []), layout: layoutConstraints(topo), buffers: new SimBuffers() };
}

export function sweepPoint(base: SweepBase, axis: SweepAxis, value: number, modes: readonly IovMode[] = IOV_MODES): SweepPoint {
  const d = withSweepValue(base.design, axis, value);
  const tooLarge = sizeProblem(d, base.catalog);
  if (tooLarge) return { axis, value, modes: modes.map((mode) => ({ mode, lanGbps: 0, sanMBps: 0, ipcGbps: 0, ipcLatencyUs: 0, vmsFit: 0, costPerVmUsd: NaN, meetsDemand: false, shortfall: 'too large to simulate' })) };
  const topo = { ...base.topo, design: d };
  const { buffers } = base;
  const routes = buildRoutes({ ...base.routed, design: d }, { saturate: false, buffers });
  const prep = { topo: { ...base.routed, design: d }, intact: topo, routes, layout: base.layout, common: costPowerPorts(topo, base.catalog, routes.vmCount), buffers };
  const groups = groupFlows(routes, buffers);
  return {
    axis,
    value,
    modes: modes.map((mode) => {
      const m = sweepFigures(prep, groups, mode);
      const shortfall = shortfallOf(d, m);
      const s = m.perVm;
      return {
        mode,
        lanGbps: stat(s.lanGbps).median,
        sanMBps: stat(s.sanMBps).median,
        ipcGbps: stat(s.ipcGbps).median,
        ipcLatencyUs: stat(m.ipcLoadedUs).median,
        vmsFit: m.density.vmsPerServer,
        // No VM runs: no cost per VM (NaN draws a gap in the chart, not a point at $0).
        costPerVmUsd: m.density.vmsRunning > 0 ? prep.common.cost.tcoUsd / m.density.vmsRunning : NaN,
        meetsDemand: shortfall === '',
        shortfall,
      };
    }),
  };
}

/**
 * Only what a point shows — per-VM rates as `ModeResult.perVm` holds them and the loaded
 * server-to-server latencies — not the bottlenecks, findings, host-path table and statistics of a
 * whole result, which a sweep never shows. Solved per group of interchangeable flows
 * (flowGroups.ts): a group of r running members is one flow of weight r and demand r × d, whose
 * rate each member shares equally — the same weighted max-min allocation as solving the members
 * one by one, up to the order of sums (docs/failures.md, "Sweeps").
 */
function sweepFigures(prep: Prepared, groups: FlowGroups, mode: IovMode): PointFigures & { ipcLoadedUs: Float64Array } {
  const { topo, routes, layout, buffers } = prep;
  const grouped = groups.routes;
  const ctx = modeContext(topo, grouped, mode, buffers);
  // Density charges each flow's nominal demand: a group charges its members' together.
  const dens = density(topo, { ...grouped, flowDemand: groups.totalDemand }, ctx);
  const running = runningVms(topo, routes, dens.groups);
  const problem = buildFlowProblem(topo, grouped, layout, capacitiesFor(topo, layout, mode), ctx, { saturate: false, running: null }, undefined, buffers);
  const weight = runningMembers(routes, groups, running, problem.weight);
  for (let g = 0; g < grouped.flowCount; g++) {
    // No member runs: the group carries nothing (the solver wants a weight > 0).
    if (weight[g] === 0) {
      problem.demand[g] = 0;
      weight[g] = 1;
    } else problem.demand[g]! *= weight[g]!;
  }
  const sol = solveMaxMin(problem);
  // Only server-to-server latencies are shown: those groups come first (a prefix of the groups).
  const lat = flowLatencies(topo, { ...grouped, flowCount: groups.ipcGroups }, layout, ctx, sol, buffers);
  const perVm = perVmSeries(topo, routes, running);
  const ipcLoadedUs = new Float64Array(routes.vmCount).fill(-1);
  const { groupOf } = groups;
  for (let f = 0; f < routes.flowCount; f++) {
    const vm = routes.flowVm[f]!;
    if (running && running[vm] === 0) continue;
    const g = groupOf[f]!;
    const r = sol.rate[g]! / weight[g]!;
    const kind = routes.flowKind[f];
    if (kind === KIND_LAN) perVm.lanGbps[vm] = r;
    else if (kind === KIND_SAN) perVm.sanMBps[vm] = gbpsToMBps(r);
    else {
      perVm.ipcGbps[vm] = r;
      ipcLoadedUs[vm] = lat.loaded[g]!;
    }
  }
  return { density: dens, perVm, unreachable: routes.unreachable.size, ipcLoadedUs };
}

/** Per group, how many of its flows' VMs run (all of them when every planned VM fits), into `weight`. */
function runningMembers(routes: Routes, groups: FlowGroups, running: Uint8Array | null, weight: Float64Array): Float64Array {
  if (!running) {
    weight.set(groups.members);
    return weight;
  }
  weight.fill(0);
  for (let f = 0; f < routes.flowCount; f++) weight[groups.groupOf[f]!]! += running[routes.flowVm[f]!]!;
  return weight;
}

/** The first value at which a mode stops meeting demand (after meeting it), or null. */
export function demandLimit(points: readonly SweepPoint[], mode: IovMode): { value: number; shortfall: string } | null {
  const sorted = [...points].sort((a, b) => a.value - b.value);
  for (const p of sorted) {
    const m = p.modes.find((x) => x.mode === mode);
    if (m && !m.meetsDemand) return { value: p.value, shortfall: m.shortfall };
  }
  return null;
}

export function sweep(design: Design, axis: SweepAxis, values: readonly number[] = SWEEP_VALUES[axis]): SweepPoint[] {
  const base = sweepBase(design);
  return values.map((v) => sweepPoint(base, axis, v));
}
