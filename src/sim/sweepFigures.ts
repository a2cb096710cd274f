import { gbpsToMBps, type IovMode } from '../domain';
import { FRESH } from './buffers';
import { density } from './density';
import type { Prepared } from './evaluate';
import { buildFlowProblem } from './flowProblem';
import type { FlowGroups } from './flowGroups';
import { flowLatencies } from './latency';
import { modeContext } from './modeContext';
import { runningVms, type SolvedMode } from './modeSolve';
import { solveMaxMin } from './solver';
import { demandsByNode, KIND_IPC, KIND_LAN, KIND_SAN } from './workloads';
import { weightedMedian } from './weightedMedian';

/** What a sweep point shows of one mode: per-VM medians, density and the first shortfall. */
export interface ModeFigures {
  density: SolvedMode['dens'];
  /** Per-VM medians: LAN and server-to-server Gb/s, SAN MB/s; loaded server-to-server latency µs. */
  lanGbps: number;
  sanMBps: number;
  ipcGbps: number;
  ipcLatencyUs: number;
  /** Why the mode does not meet demand, in a few words ('' when it does). */
  shortfall: string;
}

/**
 * Only what a point shows, not the bottlenecks, findings, host-path table and statistics of a
 * whole result. Solved per group of interchangeable flows (flowGroups.ts): a group of r running
 * members is one flow of weight r and demand r × d, whose rate each member shares equally — the
 * same weighted max-min allocation as solving the members one by one, up to the order of sums —
 * and its members share its latency. The medians are of the per-VM series a whole result holds
 * (`perVmSeries`, `deliveredRates`), each group's value counted once per running member, without
 * writing the series out (docs/failures.md, "Sweeps"). `capacity`: the mode's (`capacitiesFor`).
 */
export function sweepFigures(prep: Prepared, groups: FlowGroups, mode: IovMode, capacity: Float64Array): ModeFigures {
  const { topo, routes, layout } = prep;
  const buffers = prep.buffers ?? FRESH;
  const grouped = groups.routes;
  const G = grouped.flowCount;
  const ctx = modeContext(topo, grouped, mode, buffers);
  // Density charges each flow's nominal demand: a group charges its members' together.
  const dens = density(topo, { ...grouped, flowDemand: groups.totalDemand }, ctx);
  const running = runningVms(topo, routes, dens.groups);
  const problem = buildFlowProblem(topo, grouped, layout, capacity, ctx, { saturate: false, running: null }, undefined, buffers);
  const runs = runningMembers(prep, groups, running);
  const { demand, weight } = problem;
  for (let g = 0; g < G; g++) {
    // No member runs: the group carries nothing (the solver wants a weight > 0).
    weight[g] = runs[g]! > 0 ? runs[g]! : 1;
    demand[g] = runs[g]! > 0 ? demand[g]! * runs[g]! : 0;
  }
  const sol = solveMaxMin(problem);
  // Only server-to-server latencies are shown: those groups come first (a prefix of the groups).
  const lat = flowLatencies(topo, { ...grouped, flowCount: groups.ipcGroups }, layout, ctx, sol, buffers);

  // Each group's per-member value, as the per-VM series holds it (SAN in MB/s).
  const value = buffers.take('sweep.value', Float64Array, G, false);
  for (let g = 0; g < G; g++) {
    const r = sol.rate[g]! / weight[g]!;
    value[g] = grouped.flowKind[g] === KIND_SAN ? gbpsToMBps(r) : r;
  }
  const vmsWithSeries = seriesVms(prep, running !== null ? dens.groups : []);
  const median = (kind: number): number => {
    // A running VM the workload asks this kind of but with no path has 0 in the series.
    const vals = buffers.take('sweep.vals', Float64Array, G + 1, false);
    const counts = buffers.take('sweep.counts', Float64Array, G + 1, false);
    let n = 0;
    let withFlow = 0;
    for (let g = 0; g < G; g++) {
      if (grouped.flowKind[g] !== kind) continue;
      vals[n] = value[g]!;
      counts[n++] = runs[g]!;
      withFlow += runs[g]!;
    }
    vals[n] = 0;
    counts[n++] = vmsWithSeries[kind]! - withFlow;
    return weightedMedian(vals, counts, n);
  };
  const latVals = buffers.take('sweep.latVals', Float64Array, groups.ipcGroups, false);
  const latCounts = buffers.take('sweep.latCounts', Float64Array, groups.ipcGroups, false);
  for (let g = 0; g < groups.ipcGroups; g++) {
    latVals[g] = lat.loaded[g]!;
    latCounts[g] = runs[g]!;
  }
  return {
    density: dens,
    lanGbps: median(KIND_LAN),
    sanMBps: median(KIND_SAN),
    ipcGbps: median(KIND_IPC),
    ipcLatencyUs: weightedMedian(latVals, latCounts, groups.ipcGroups),
    shortfall: shortfallOf(prep, groups, dens, value),
  };
}

/** Per group, how many of its flows' VMs run (all of them when every planned VM fits). */
function runningMembers(prep: Prepared, groups: FlowGroups, running: Uint8Array | null): Float64Array {
  const { routes } = prep;
  const runs = (prep.buffers ?? FRESH).take('sweep.runs', Float64Array, groups.routes.flowCount, running !== null);
  if (!running) {
    runs.set(groups.members);
    return runs;
  }
  for (let f = 0; f < routes.flowCount; f++) runs[groups.groupOf[f]!]! += running[routes.flowVm[f]!]!;
  return runs;
}

/**
 * Per kind, how many VMs have a value in the per-VM series (`perVmSeries`): those that run and
 * whose workload asks for the kind (server-to-server: when more than one server runs VMs).
 * `limited`: the density groups where fewer VMs fit than are planned (the first `fit` run).
 */
function seriesVms(prep: Prepared, limited: SolvedMode['dens']['groups']): [number, number, number] {
  const { design, nodeParts } = prep.topo;
  const fitOf = new Map(limited.filter((g) => g.fit < g.planned).map((g) => [g.nodeId, g.fit]));
  const demands = demandsByNode(design, nodeParts);
  let serversWithVms = 0;
  design.nodes.forEach((node, ni) => {
    if (nodeParts[ni]?.kind === 'server' && (node.vmsPerServer ?? 0) > 0) serversWithVms += node.count;
  });
  const out: [number, number, number] = [0, 0, 0];
  design.nodes.forEach((node, ni) => {
    const planned = node.vmsPerServer ?? 0;
    if (nodeParts[ni]?.kind !== 'server' || planned === 0) return;
    const vms = node.count * Math.min(planned, fitOf.get(node.id) ?? planned);
    const d = demands[ni]!;
    if (d[KIND_LAN]! > 0) out[KIND_LAN] += vms;
    if (d[KIND_SAN]! > 0) out[KIND_SAN] += vms;
    if (serversWithVms > 1 && d[KIND_IPC]! > 0) out[KIND_IPC] += vms;
  });
  return out;
}

const SHORT_WORDS = ['LAN demand not met', 'SAN demand not met', 'server-to-server demand not met'];

/**
 * The first reason found, in the order a whole result's per-VM series reads: VMs with no path;
 * more VMs planned than fit; else the first VM (in VM order) short of a demand by 0.1% (relative:
 * the solver is exact to ~1e-12), its LAN before its SAN before its server-to-server. Rates are
 * only read when every planned VM runs, so every member of a group runs: a group's first member is
 * its lowest VM (flows of a kind follow VM order), and the first short VM is the lowest first
 * member of a short group — any short group it belongs to starts with it.
 */
function shortfallOf(prep: Prepared, groups: FlowGroups, dens: SolvedMode['dens'], value: Float64Array): string {
  const { topo, routes } = prep;
  if (routes.unreachable.size > 0) return 'VMs with no path';
  const over = dens.groups.find((g) => g.planned > g.fit);
  if (over) return `${over.planned} VMs planned, ${over.fit} fit (${over.limitedBy === 'adapter-vms' ? 'virtual functions' : over.limitedBy})`;
  const grouped = groups.routes;
  // Each server group's demand per kind, looked up once.
  const demands = demandsByNode(topo.design, topo.nodeParts);
  let firstVm = Infinity;
  let kindOfFirst = 3;
  for (let g = 0; g < grouped.flowCount; g++) {
    const kind = grouped.flowKind[g]!;
    const vm = grouped.flowVm[g]!;
    if (vm > firstVm || (vm === firstVm && kind > kindOfFirst)) continue;
    const d = demands[topo.servers[routes.vmServer[vm]!]!.node]![kind]!;
    const got = kind === KIND_SAN ? (value[g]! * 8) / 1000 : value[g]!;
    if (got < d * 0.999) {
      firstVm = vm;
      kindOfFirst = kind;
    }
  }
  return kindOfFirst < 3 ? SHORT_WORDS[kindOfFirst]! : '';
}
