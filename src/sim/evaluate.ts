import { MODEL_PARAMS } from '../catalog/params';
import { FLOW_KIND_LABEL, gbpsToMBps, type Fallback, type Finding, type HostPathEntry, type IovMode, type ModeResult, type Qualitative, type ServerPart } from '../domain';
import { solveMaxMin } from './solver';
import { topBottlenecks, linkLoads } from './bottlenecks';
import { capacitiesFor, type ConstraintLayout } from './constraints';
import { density } from './density';
import { buildFlowProblem } from './flowProblem';
import { effectiveMode, hostPathCapability } from './hostPath';
import { flowLatencies } from './latency';
import { queueingHops } from './queueing';
import { modeContext } from './modeContext';
import { noProgress, progressTicker, type ProgressSink } from './progress';
import { unreachableReason } from './reasons';
import { KIND_IPC, KIND_LAN, KIND_SAN, type Routes } from './routes';
import { stat } from './stats';
import { memberAdapters, type Topology } from './topology';
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
  return {
    legacyIoInVms: modes.every((m) => q[m].legacyIoInVms),
    managementTransparency: modes.every((m) => q[m].managementTransparency),
    liveMigration: modes.every((m) => q[m].liveMigration),
  };
}

function hostPathTable(topo: Topology, mode: IovMode): HostPathEntry[] {
  return distinctParts(topo).flatMap(({ part, node }) => hostPathCapability(part, mode, topo.nodeParts[node] as ServerPart));
}

/** Per-VM series: −1 = the VM has no flow of that kind by design (zero demand), 0 = unreachable. */
function perVmSeries(topo: Topology, routes: Routes, saturate: boolean) {
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
    series.lanGbps.fill(saturate || demandGbps(w, KIND_LAN) > 0 ? 0 : -1, vm, vm + count);
    series.sanMBps.fill(saturate || demandGbps(w, KIND_SAN) > 0 ? 0 : -1, vm, vm + count);
    series.ipcGbps.fill(ipcPossible && (saturate || demandGbps(w, KIND_IPC) > 0) ? 0 : -1, vm, vm + count);
    vm += count;
  });
  return series;
}

/** What each VM's workload asks, per kind, over the VMs that have such a flow (the series marks them). */
function demandStats(topo: Topology, series: ReturnType<typeof perVmSeries>): NonNullable<ModeResult['vm']['demand']> {
  const n = series.server.length;
  const lan = new Float64Array(n).fill(-1);
  const san = new Float64Array(n).fill(-1);
  const ipc = new Float64Array(n).fill(-1);
  let node = -1;
  let w = topo.design.workloads[0]!;
  for (let vm = 0; vm < n; vm++) {
    // VMs of one server group are contiguous: look its workload up once per group.
    if (series.server[vm] !== node) w = workloadOf(topo.design, (node = series.server[vm]!));
    if (series.lanGbps[vm]! >= 0) lan[vm] = demandGbps(w, KIND_LAN);
    if (series.sanMBps[vm]! >= 0) san[vm] = w.sanMBps;
    if (series.ipcGbps[vm]! >= 0) ipc[vm] = demandGbps(w, KIND_IPC);
  }
  return { lanGbps: stat(lan), sanMBps: stat(san), ipcGbps: stat(ipc) };
}

export function evaluateMode(prep: Prepared, mode: IovMode, saturate: boolean, onProgress: ProgressSink = noProgress): ModeResult {
  const { topo, routes, layout } = prep;
  const { design } = topo;
  const capacity = capacitiesFor(topo, layout, mode);
  const ctx = modeContext(topo, routes, mode);
  const problem = buildFlowProblem(topo, routes, layout, capacity, ctx, saturate, onProgress);
  const solving = progressTicker(onProgress, `solving ${mode} mode`, routes.flowCount, 1);
  solving(0);
  const sol = solveMaxMin(problem, solving);
  onProgress({ stage: `computing ${mode} latencies`, done: 0, total: routes.flowCount });
  const lat = flowLatencies(topo, routes, layout, ctx, sol);

  const series = perVmSeries(topo, routes, saturate);
  const n = routes.vmCount;
  const loadedLat = { lan: new Float64Array(n).fill(-1), san: new Float64Array(n).fill(-1), ipc: new Float64Array(n).fill(-1) };
  const totals = { lanGbps: 0, sanMBps: 0, ipcGbps: 0 };
  for (let f = 0; f < routes.flowCount; f++) {
    const vm = routes.flowVm[f]!;
    const rate = sol.rate[f]!;
    switch (routes.flowKind[f]) {
      case KIND_LAN:
        series.lanGbps[vm] = rate;
        series.lanLatencyUs[vm] = lat.unloaded[f]!;
        loadedLat.lan[vm] = lat.loaded[f]!;
        totals.lanGbps += rate;
        break;
      case KIND_SAN:
        series.sanMBps[vm] = gbpsToMBps(rate);
        series.sanLatencyUs[vm] = lat.unloaded[f]!;
        loadedLat.san[vm] = lat.loaded[f]!;
        totals.sanMBps += gbpsToMBps(rate);
        break;
      default:
        series.ipcGbps[vm] = rate;
        series.ipcLatencyUs[vm] = lat.unloaded[f]!;
        loadedLat.ipc[vm] = lat.loaded[f]!;
        totals.ipcGbps += rate;
    }
  }

  const queueing = queueingHops(topo, layout, routes, lat, sol);
  const fallbacks = fallbacksFor(topo, mode);
  const dens = density(topo, routes, ctx);
  const findings: Finding[] = [];
  for (const fb of fallbacks) {
    findings.push({ code: 'unsupported-mode', severity: 'warning', nodeId: fb.nodeId, adapterId: fb.adapterId, message: fb.reason });
  }
  for (const g of dens.groups) {
    if (g.planned > g.fit) {
      const code = g.limitedBy === 'memory' ? 'memory-overcommit' : g.limitedBy === 'adapter-vms' ? 'vm-limit' : 'cpu-overcommit';
      findings.push({ code, severity: 'warning', nodeId: g.nodeId, message: `"${g.label}" plans ${g.planned} VMs per server; ${g.fit} fit in ${mode} mode (limited by ${g.limitedBy === 'adapter-vms' ? 'the adapter’s virtual functions' : g.limitedBy}).` });
    }
  }
  const unreachable = [...routes.unreachable.values()].map((u) => ({
    kind: u.kind,
    nodeId: design.nodes[u.node]!.id,
    vms: u.vms,
    reason: unreachableReason(topo, u.node, u.kind),
  }));
  for (const u of unreachable) {
    const code = u.kind === 'lan' ? 'no-lan-path' : u.kind === 'san' ? 'no-san-path' : 'no-ipc-path';
    findings.push({ code, severity: 'error', nodeId: u.nodeId, message: `${u.vms} VM(s) have no ${FLOW_KIND_LABEL[u.kind]} path. ${u.reason}` });
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
      demand: demandStats(topo, series),
    },
    totals,
    perVm: series,
    hostPath: hostPathTable(topo, mode),
    density: dens,
    ...prep.common,
    cost: { ...prep.common.cost, perVmUsd: dens.vmsRunning > 0 ? prep.common.cost.tcoUsd / dens.vmsRunning : 0 },
    qualitative: qualitativeFor(topo, mode),
    bottlenecks: topBottlenecks(topo, layout, sol, mode),
    unreachable,
    findings,
    links: linkLoads(topo, sol),
    flows: routes.flowCount,
    constraints: layout.count,
  };
}
