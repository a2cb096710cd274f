import { MODEL_PARAMS } from '../catalog/params';
import { hostProfile } from '../catalog/vswitch';
import { FLOW_KIND_LABEL, MODE_LABEL, type Fallback, type Finding, type HostPathEntry, type IovMode, type ModeResult, type Qualitative, type ServerPart, type Workload } from '../domain';
import { topBottlenecks, linkLoads } from './bottlenecks';
import { FRESH, type Buffers } from './buffers';
import type { ConstraintLayout } from './constraints';
import { effectiveMode, hostPathCapability } from './hostPath';
import { flowLatencies } from './latency';
import { queueingHops } from './queueing';
import type { ModeContext } from './modeContext';
import type { FlowProblem } from './solver';
import { deliveredRates, solveMode } from './modeSolve';
import { noProgress, type ProgressSink } from './progress';
import { cutByFailure, unreachableReason } from './reasons';
import { KIND_IPC, KIND_LAN, KIND_SAN, type Routes } from './routes';
import { stat } from './stats';
import { memberAdapters, type Topology } from './topology';
import { losslessFindings, noSanTransportFindings, sanTransportUses } from './transportFindings';
import { demandGbps, workloadOf } from './workloads';

/** What is shared by all modes of one simulation (computed once). */
export interface Prepared {
  /** The topology traffic is routed on: the intact one with the failures applied. */
  topo: Topology;
  /** Without failures: what is bought, powered and cabled. */
  intact: Topology;
  routes: Routes;
  layout: ConstraintLayout;
  common: Pick<ModeResult, 'cost' | 'power' | 'ports'>;
  /** Where the routes' and each mode's working arrays come from (buffers.ts); fresh when absent. */
  buffers?: Buffers;
}

export function fallbacksFor(topo: Topology, mode: IovMode): Fallback[] {
  const out: Fallback[] = [];
  topo.design.nodes.forEach((node, ni) => {
    if (topo.nodeParts[ni]?.kind !== 'server') return;
    for (const inst of memberAdapters(topo, ni)) {
      const part = inst.part;
      if (part.iovModes.includes(mode)) continue;
      out.push({
        nodeId: node.id,
        adapterId: node.adapters![inst.slot]!.id,
        adapterPart: part.id,
        adapterName: part.name,
        requested: mode,
        effective: 'software',
        reason: `${part.name} does not support ${mode} IOV (it supports ${part.iovModes.join(', ')}); it runs in software mode through the hypervisor.`,
      });
    }
  });
  return out;
}

function distinctParts(topo: Topology): Array<{ part: Topology['adapters'][number]['part']; node: number }> {
  const seen = new Set<string>();
  const out: Array<{ part: Topology['adapters'][number]['part']; node: number }> = [];
  topo.design.nodes.forEach((_, ni) => {
    for (const inst of memberAdapters(topo, ni)) {
      if (seen.has(inst.part.id)) continue;
      seen.add(inst.part.id);
      out.push({ part: inst.part, node: ni });
    }
  });
  return out;
}

function qualitativeFor(topo: Topology, mode: IovMode): Qualitative {
  const parts = distinctParts(topo);
  const modes = parts.length ? [...new Set(parts.map((p) => effectiveMode(p.part, mode)))] : [mode];
  const q = MODEL_PARAMS.qualitative;
  // Pass-through VMs migrate live only on today's hosts, and only where the adapter's vendor
  // supports moving a virtual function's state (parts say so, with their source).
  const vendorMigrates = (): boolean =>
    parts.every(({ part, node }) => effectiveMode(part, mode) !== 'passthrough' || (part.passthroughLiveMigration === true && hostProfile(topo.nodeParts[node]?.era ?? 'seed', topo.design.settings.vswitch).era === 'modern'));
  return {
    legacyIoInVms: modes.every((m) => q[m].legacyIoInVms),
    managementTransparency: modes.every((m) => q[m].managementTransparency),
    liveMigration: modes.every((m) => q[m].liveMigration || (m === 'passthrough' && vendorMigrates())),
  };
}

function hostPathTable(topo: Topology, mode: IovMode): HostPathEntry[] {
  return distinctParts(topo).flatMap(({ part, node }) => hostPathCapability(part, mode, topo.nodeParts[node] as ServerPart, topo.design.settings.vswitch));
}

/**
 * Per-VM series: −1 = the VM has no flow of that kind by design (zero demand) or does not run,
 * 0 = unreachable.
 */
export function perVmSeries(topo: Topology, routes: Routes, running: Uint8Array | null) {
  const { design } = topo;
  const n = routes.vmCount;
  const series = {
    server: new Uint32Array(n),
    lanGbps: new Float64Array(n),
    sanMBps: new Float64Array(n),
    ipcGbps: new Float64Array(n),
    lanLatencyUs: new Float64Array(n).fill(-1),
    sanLatencyUs: new Float64Array(n).fill(-1),
    ipcLatencyUs: new Float64Array(n).fill(-1),
  };
  let serversWithVms = 0;
  design.nodes.forEach((node, ni) => {
    if (topo.nodeParts[ni]?.kind === 'server' && (node.vmsPerServer ?? 0) > 0) serversWithVms += node.count;
  });
  const ipcPossible = serversWithVms > 1;
  // VMs of one server node are contiguous (servers follow node order, VMs server order).
  let vm = 0;
  design.nodes.forEach((node, ni) => {
    if (topo.nodeParts[ni]?.kind !== 'server') return;
    const count = node.count * (node.vmsPerServer ?? 0);
    if (count === 0) return;
    const w = workloadOf(design, ni);
    series.server.fill(ni, vm, vm + count);
    series.lanGbps.fill(demandGbps(w, KIND_LAN) > 0 ? 0 : -1, vm, vm + count);
    series.sanMBps.fill(demandGbps(w, KIND_SAN) > 0 ? 0 : -1, vm, vm + count);
    series.ipcGbps.fill(ipcPossible && demandGbps(w, KIND_IPC) > 0 ? 0 : -1, vm, vm + count);
    vm += count;
  });
  if (running) {
    for (let v = 0; v < n; v++) {
      if (running[v] === 1) continue;
      series.lanGbps[v] = series.sanMBps[v] = series.ipcGbps[v] = -1;
    }
  }
  return series;
}

/** A VM gets less than it asks when short of its demand by more than this fraction (solver noise). */
export const SHORT_TOLERANCE = 1e-6;

/**
 * What each VM's workload asks, per kind, over the VMs that have such a flow (the series marks
 * them), and the VMs that get less than they ask: how many, and the least and most they get.
 */
function demandStats(topo: Topology, series: ReturnType<typeof perVmSeries>, buffers: Buffers): Pick<ModeResult['vm'], 'demand' | 'short'> {
  const { server } = series;
  const n = server.length;
  const kinds = [
    { got: series.lanGbps, want: (w: Workload) => demandGbps(w, KIND_LAN), name: 'askedLan' },
    { got: series.sanMBps, want: (w: Workload) => w.sanMBps, name: 'askedSan' },
    { got: series.ipcGbps, want: (w: Workload) => demandGbps(w, KIND_IPC), name: 'askedIpc' },
  ].map(({ got, want, name }) => {
    const asked = buffers.take(name, Float64Array, n, false).fill(-1);
    const short = { vms: 0, min: Infinity, max: 0 };
    askedPerVm(topo, server, got, want, asked, short);
    return { asked, short };
  });
  const [lan, san, ipc] = kinds;
  const shortOf = (k: typeof lan) => (k!.short.vms > 0 ? k!.short : { vms: 0, min: 0, max: 0 });
  return {
    demand: { lanGbps: stat(lan!.asked), sanMBps: stat(san!.asked), ipcGbps: stat(ipc!.asked) },
    short: { lan: shortOf(lan), san: shortOf(san), ipc: shortOf(ipc) },
  };
}

/**
 * Each VM's demand into `asked` where it has a flow (`got` ≥ 0), and into `short` the VMs that get
 * less. Nothing follows the loop (as in stats.ts `keep`): V8 compiles its long first run on the
 * stack, and code after it without type feedback deoptimized on every call.
 */
function askedPerVm(topo: Topology, server: Uint32Array, got: Float64Array, want: (w: Workload) => number, asked: Float64Array, short: { vms: number; min: number; max: number }): void {
  // VMs of one server group are contiguous: its demand is looked up once per group.
  let node = -1;
  let wanted = 0;
  for (let vm = 0; vm < server.length; vm++) {
    const g = got[vm]!;
    if (g < 0) continue;
    if (server[vm] !== node) wanted = want(workloadOf(topo.design, (node = server[vm]!)));
    asked[vm] = wanted;
    if (g >= wanted * (1 - SHORT_TOLERANCE)) continue;
    short.vms++;
    short.min = Math.min(short.min, g);
    short.max = Math.max(short.max, g);
  }
}

/** What one mode's solve leaves behind for the capability runs (capability.ts). */
export interface ModeSolve {
  ctx: ModeContext;
  problem: FlowProblem;
  rate: Float64Array;
  running: Uint8Array | null;
}

export function evaluateMode(prep: Prepared, mode: IovMode, saturate: boolean, onProgress: ProgressSink = noProgress, keep?: (solve: ModeSolve) => void): ModeResult {
  const { topo, routes, layout } = prep;
  const { design } = topo;
  const { ctx, dens, running, problem, sol } = solveMode(prep, mode, saturate, onProgress);
  keep?.({ ctx, problem, rate: sol.rate, running });
  onProgress({ stage: `computing ${mode} latencies`, done: 0, total: routes.flowCount });
  // Latencies and loaded per-VM latencies are read only below: one set serves every mode.
  const buffers = prep.buffers ?? FRESH;
  const lat = flowLatencies(topo, routes, layout, ctx, sol, buffers);

  const series = perVmSeries(topo, routes, running);
  const n = routes.vmCount;
  const vmScratch = (name: string): Float64Array => buffers.take(name, Float64Array, n, false).fill(-1);
  const loadedLat = { lan: vmScratch('loadedLan'), san: vmScratch('loadedSan'), ipc: vmScratch('loadedIpc') };
  // A VM that does not run, or whose storage shares no transport with its array (an error): its
  // flow carries nothing, so it has no latency to report either. Copied in the rates' pass.
  const totals = deliveredRates(routes, running, sol.rate, series, {
    unloaded: lat.unloaded,
    loaded: lat.loaded,
    blocked: ctx.transports.blocked,
    unloadedByKind: [series.lanLatencyUs, series.sanLatencyUs, series.ipcLatencyUs],
    loadedByKind: [loadedLat.lan, loadedLat.san, loadedLat.ipc],
  });

  const queueing = queueingHops(topo, layout, routes, lat, sol);
  const fallbacks = fallbacksFor(topo, mode);
  const findings: Finding[] = [];
  for (const fb of fallbacks) {
    findings.push({ code: 'unsupported-mode', severity: 'warning', nodeId: fb.nodeId, adapterId: fb.adapterId, message: fb.reason });
  }
  for (const g of dens.groups) {
    const lim = g.adapterLimit;
    if (g.planned > g.fit && g.limitedBy === 'adapter-vms' && lim) {
      // A limit of the part, not a matter of sizing: the VMs over it cannot be given a function at all.
      findings.push({ code: 'vm-limit', severity: 'error', nodeId: g.nodeId, message: `"${g.label}" plans ${g.planned} VMs per server; ${lim.partName} gives at most ${lim.limit} ${lim.what} in ${MODE_LABEL[mode]} mode, so ${g.fit} run (source: ${lim.source}).` });
    } else if (g.planned > g.fit) {
      const code = g.limitedBy === 'memory' ? 'memory-overcommit' : g.limitedBy === 'adapter-vms' ? 'vm-limit' : 'cpu-overcommit';
      findings.push({ code, severity: 'warning', nodeId: g.nodeId, message: `"${g.label}" plans ${g.planned} VMs per server; ${g.fit} fit in ${mode} mode (limited by ${g.limitedBy === 'adapter-vms' ? 'the adapter’s virtual functions' : g.limitedBy}).` });
    }
  }
  findings.push(...noSanTransportFindings(topo, ctx), ...losslessFindings(topo, routes, ctx));
  const unreachable = [...routes.unreachable.values()].map((u) => ({
    kind: u.kind,
    nodeId: design.nodes[u.node]!.id,
    vms: u.vms,
    reason: unreachableReason(topo, u.node, u.kind),
  }));
  // One finding per kind and cause, counting every VM it leaves without a path: a cause that is
  // the design's (no LAN network at all) is the same sentence for each server group, and a count
  // per group read once ("10 VM(s)", of 1,000 such groups) would understate it a thousandfold.
  const noPath = new Map<string, (typeof unreachable)[number]>();
  for (const u of unreachable) {
    const key = `${u.kind}|${u.reason}`;
    const seen = noPath.get(key);
    if (seen) seen.vms += u.vms;
    else noPath.set(key, { ...u });
  }
  for (const u of noPath.values()) {
    const code = u.kind === 'lan' ? 'no-lan-path' : u.kind === 'san' ? 'no-san-path' : 'no-ipc-path';
    // Cut off by a part failed on purpose (what-if): what the analysis shows, not an error in the
    // design — "Not buildable as drawn" would be false of a design that is built and then loses a leaf.
    const severity = cutByFailure(topo, topo.nodeIndex.get(u.nodeId)!, u.kind) ? 'warning' : 'error';
    findings.push({ code, severity, nodeId: u.nodeId, message: `${u.vms} VM(s) have no ${FLOW_KIND_LABEL[u.kind]} path. ${u.reason}` });
  }

  return {
    mode,
    supported: fallbacks.length === 0,
    fallbacks,
    vm: {
      count: n,
      lanGbps: stat(series.lanGbps),
      sanMBps: stat(series.sanMBps),
      ipcGbps: stat(series.ipcGbps),
      latencyUs: { lan: stat(series.lanLatencyUs), san: stat(series.sanLatencyUs), ipc: stat(series.ipcLatencyUs) },
      loadedLatencyUs: { lan: stat(loadedLat.lan), san: stat(loadedLat.san), ipc: stat(loadedLat.ipc) },
      ...(queueing ? { queueing } : {}),
      ...demandStats(topo, series, buffers),
    },
    totals,
    perVm: series,
    hostPath: hostPathTable(topo, mode),
    sanTransports: sanTransportUses(topo, routes, ctx),
    density: dens,
    ...prep.common,
    cost: { ...prep.common.cost, perVmUsd: dens.vmsRunning > 0 ? prep.common.cost.tcoUsd / dens.vmsRunning : null },
    qualitative: qualitativeFor(topo, mode),
    bottlenecks: topBottlenecks(topo, layout, sol, mode),
    unreachable,
    findings,
    links: linkLoads(topo, sol),
    flows: routes.flowCount,
    constraints: layout.count,
  };
}
