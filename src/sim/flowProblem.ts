import { IOV_MODES } from '../domain';
import type { FlowProblem } from './solver';
import { FRESH, type Buffers } from './buffers';
import type { ConstraintLayout } from './constraints';
import { NET_TRANSPORT, type ModeContext } from './modeContext';
import { noProgress, progressTicker, type ProgressSink } from './progress';
import type { Routes } from './routes';
import type { Topology } from './topology';
import { workloadOf } from './workloads';


/** Ordinal of an adapter port vertex among all ports (for per-port constraints). */
export const portOrdinal = (topo: Topology, portVertex: number): number => {
  const ad = topo.adapters[topo.vAdapter[portVertex]!]!;
  return ad.firstPort + (portVertex - ad.firstPortVertex);
};

/** Which flows push beyond their workload's demand, and which VMs run at all. */
export interface DemandOptions {
  /** Every flow unlimited (a stress test; the app's capability pushes one kind at a time). */
  saturate?: boolean;
  /** Flows of this kind (KIND_LAN, KIND_SAN, KIND_IPC) unlimited, the others at their demand. */
  unlimitedKind?: number;
  /** Per VM, 0 when it does not run (fewer fit than planned): its flows carry nothing. */
  running?: Uint8Array | null;
}

/**
 * Each flow's demand for the solver, Gb/s: the workload's, or Infinity where pushed, capped in
 * pass-through by the workload's per-VM QoS (a VM that owns its function is still policed).
 */
export function flowDemands(topo: Topology, routes: Routes, ctx: ModeContext, options: DemandOptions, out = new Float64Array(routes.flowCount)): Float64Array {
  const { saturate = false, unlimitedKind = -1, running = null } = options;
  const qosOfNode = topo.design.nodes.map((_, i) => (topo.nodeParts[i]?.kind === 'server' ? (workloadOf(topo.design, i).qosCapMbps ?? Infinity) / 1000 : Infinity));
  const PASSTHROUGH = IOV_MODES.indexOf('passthrough');
  const { flowSrcAdapter, flowKind, flowVm, flowDemand } = routes;
  for (let f = 0; f < routes.flowCount; f++) {
    if ((running && running[flowVm[f]!] === 0) || ctx.transports.blocked[f] === 1) {
      out[f] = 0;
      continue;
    }
    const sa = flowSrcAdapter[f]!;
    let d = saturate || flowKind[f] === unlimitedKind ? Infinity : flowDemand[f]!;
    if (ctx.adapterMode[sa] === PASSTHROUGH) d = Math.min(d, qosOfNode[topo.adapterNode[sa]!]!);
    out[f] = d;
  }
  return out;
}

/**
 * Assemble the solver's input: each flow crosses its adapters' bus and (for network transports)
 * its ports' host network path at each end, then its path's cable directions and the storage or
 * switching capacity of each vertex it enters. One pass, into typed arrays sized up front.
 */
export function buildFlowProblem(
  topo: Topology,
  routes: Routes,
  layout: ConstraintLayout,
  capacity: Float64Array,
  ctx: ModeContext,
  demands: DemandOptions,
  onProgress: ProgressSink = noProgress,
  buffers: Buffers = FRESH,
): FlowProblem {
  const n = routes.flowCount;
  const { pathStart, pathEdges, flowSrcAdapter, flowDstAdapter, flowSrcPort, flowEnd } = routes;
  const { adapterPortDelta } = topo;
  const { enterConstraint, adapterBase, portBase } = layout;
  const { src, dst } = ctx.transports;
  // Named per mode: a session keeps each mode's problem for its capability solves.
  const named = (what: string): string => `${ctx.mode}.${what}`;
  const flowStart = buffers.take(named('flowStart'), Uint32Array, n + 1, false);
  flowStart[0] = 0;
  // At most: each cable direction and the vertex constraint it enters, and four adapter-end
  // constraints a flow. Reused buffers make the bound free; counting exactly cost a pass over
  // every path (as long as the fill below). Pages past what is written are never touched.
  const incidences = buffers.take(named('incidences'), Uint32Array, 2 * pathEdges.length + n * 4, false);
  const weight = buffers.take(named('weight'), Float64Array, n, false).fill(1);
  const tick = progressTicker(onProgress, `building the ${ctx.mode} flow problem`, n, 4096);
  let k = 0;
  for (let f = 0; f < n; f++) {
    tick(f);
    const sa = flowSrcAdapter[f]!;
    incidences[k++] = adapterBase + 2 * sa;
    if (NET_TRANSPORT[src[f]!] === 1) incidences[k++] = portBase + 2 * (flowSrcPort[f]! + adapterPortDelta[sa]!);
    for (let i = pathStart[f]!, end = pathStart[f + 1]!; i < end; i++) {
      const de = pathEdges[i]!;
      incidences[k++] = de;
      const vc = enterConstraint[de]!;
      if (vc >= 0) incidences[k++] = vc;
    }
    const da = flowDstAdapter[f]!;
    if (da >= 0) {
      incidences[k++] = adapterBase + 2 * da + 1;
      if (NET_TRANSPORT[dst[f]!] === 1) incidences[k++] = portBase + 2 * (flowEnd[f]! + adapterPortDelta[da]!) + 1;
    }
    flowStart[f + 1] = k;
  }
  const demand = flowDemands(topo, routes, ctx, demands, buffers.take(named('demand'), Float64Array, n, false));
  return { flowCount: n, constraintCount: layout.count, capacity, demand, weight, flowStart, flowConstraints: incidences.subarray(0, k) };
}
