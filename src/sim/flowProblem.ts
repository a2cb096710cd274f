import { IOV_MODES } from '../domain';
import type { FlowProblem } from './solver';
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
  saturate: boolean,
  onProgress: ProgressSink = noProgress,
): FlowProblem {
  const n = routes.flowCount;
  const { pathStart, pathEdges, flowSrcAdapter, flowDstAdapter, flowSrcPort, flowEnd } = routes;
  const { edgeU, edgeV, adapterNode, adapterPortDelta } = topo;
  const { vertexConstraint, adapterBase, portBase } = layout;
  const { src, dst } = ctx.transports;
  const flowStart = new Uint32Array(n + 1);
  // Sized exactly: the path's cable directions, the vertex constraints they enter, and at most
  // four adapter-end constraints a flow (one pass over the paths, cheaper than over-allocating).
  let entered = 0;
  for (let i = 0; i < pathEdges.length; i++) {
    const de = pathEdges[i]!;
    if (vertexConstraint[de & 1 ? edgeU[de >> 1]! : edgeV[de >> 1]!]! >= 0) entered++;
  }
  const incidences = new Uint32Array(pathEdges.length + entered + n * 4);
  const demand = new Float64Array(n);
  const weight = new Float64Array(n).fill(1);
  // Per-VM QoS is a pass-through feature: the workload's cap applies where the adapter runs it.
  const qosOfNode = topo.design.nodes.map((_, i) => (topo.nodeParts[i]?.kind === 'server' ? (workloadOf(topo.design, i).qosCapMbps ?? Infinity) / 1000 : Infinity));
  const PASSTHROUGH = IOV_MODES.indexOf('passthrough');
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
      const e = de >> 1;
      const vc = vertexConstraint[de & 1 ? edgeU[e]! : edgeV[e]!]!;
      if (vc >= 0) incidences[k++] = vc;
    }
    const da = flowDstAdapter[f]!;
    if (da >= 0) {
      incidences[k++] = adapterBase + 2 * da + 1;
      if (NET_TRANSPORT[dst[f]!] === 1) incidences[k++] = portBase + 2 * (flowEnd[f]! + adapterPortDelta[da]!) + 1;
    }
    flowStart[f + 1] = k;
    let d = saturate ? Infinity : routes.flowDemand[f]!;
    if (ctx.adapterMode[sa] === PASSTHROUGH) d = Math.min(d, qosOfNode[adapterNode[sa]!]!);
    demand[f] = d;
  }
  return { flowCount: n, constraintCount: layout.count, capacity, demand, weight, flowStart, flowConstraints: incidences.subarray(0, k) };
}
