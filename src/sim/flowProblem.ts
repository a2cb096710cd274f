import type { IovMode, Transport } from '../domain';
import type { FlowProblem } from './solver';
import { AD_BUS_RX, AD_BUS_TX, AD_NET_RX, AD_NET_TX, type ConstraintLayout } from './constraints';
import { effectiveMode, isNetTransport, transportFor } from './hostPath';
import { KIND_NAMES, workloadOf, type Routes } from './routes';
import type { Topology } from './topology';

const TRANSPORTS: readonly Transport[] = ['tcp', 'fcp', 'ipoib', 'rdma', 'srp'];
export const transportCode = (t: Transport): number => TRANSPORTS.indexOf(t);
export const transportName = (code: number): Transport => TRANSPORTS[code]!;

/** Per flow, the transport at its source and (IPC) destination end, for this mode. */
export interface FlowTransports {
  src: Uint8Array;
  dst: Uint8Array;
}

export function flowTransports(topo: Topology, routes: Routes, mode: IovMode): FlowTransports {
  const src = new Uint8Array(routes.flowCount);
  const dst = new Uint8Array(routes.flowCount);
  for (let f = 0; f < routes.flowCount; f++) {
    const kind = KIND_NAMES[routes.flowKind[f]!]!;
    const ad = topo.adapters[routes.flowSrcAdapter[f]!]!;
    const ib = workloadOf(topo.design, ad.node).ibTransport;
    let ts = transportFor(ad.part, kind, effectiveMode(ad.part, mode), ib);
    const di = routes.flowDstAdapter[f]!;
    let td = ts;
    if (di >= 0) {
      const dad = topo.adapters[di]!;
      td = transportFor(dad.part, kind, effectiveMode(dad.part, mode), ib);
      // RDMA needs both ends to expose verbs to the VM; otherwise both fall back to IPoIB.
      if ((ts === 'rdma') !== (td === 'rdma')) {
        if (ts === 'rdma') ts = 'ipoib';
        if (td === 'rdma') td = 'ipoib';
      }
    }
    src[f] = transportCode(ts);
    dst[f] = transportCode(td);
  }
  return { src, dst };
}

/** Assemble the solver's input: each flow crosses its adapters' bus and host path, and its path. */
export function buildFlowProblem(
  topo: Topology,
  routes: Routes,
  layout: ConstraintLayout,
  capacity: Float64Array,
  transports: FlowTransports,
  mode: IovMode,
  saturate: boolean,
): FlowProblem {
  const n = routes.flowCount;
  const flowStart = new Uint32Array(n + 1);
  const incidences: number[] = [];
  const demand = new Float64Array(n);
  const weight = new Float64Array(n).fill(1);
  for (let f = 0; f < n; f++) {
    const srcBase = layout.adapterBase + 4 * routes.flowSrcAdapter[f]!;
    incidences.push(srcBase + AD_BUS_TX);
    if (isNetTransport(transportName(transports.src[f]!))) incidences.push(srcBase + AD_NET_TX);
    for (let k = routes.pathStart[f]!; k < routes.pathStart[f + 1]!; k++) {
      const de = routes.pathEdges[k]!;
      incidences.push(de);
      const e = topo.edges[de >> 1]!;
      const head = de & 1 ? e.u : e.v;
      const vc = layout.vertexConstraint[head]!;
      if (vc >= 0) incidences.push(vc);
    }
    const di = routes.flowDstAdapter[f]!;
    if (di >= 0) {
      const dstBase = layout.adapterBase + 4 * di;
      incidences.push(dstBase + AD_BUS_RX);
      if (isNetTransport(transportName(transports.dst[f]!))) incidences.push(dstBase + AD_NET_RX);
    }
    flowStart[f + 1] = incidences.length;
    let d = saturate ? Infinity : routes.flowDemand[f]!;
    const ad = topo.adapters[routes.flowSrcAdapter[f]!]!;
    if (effectiveMode(ad.part, mode) === 'passthrough') {
      const qos = workloadOf(topo.design, ad.node).qosCapMbps;
      if (qos !== undefined) d = Math.min(d, qos / 1000); // per-VM QoS is a pass-through feature
    }
    demand[f] = d;
  }
  return {
    flowCount: n,
    constraintCount: layout.count,
    capacity,
    demand,
    weight,
    flowStart,
    flowConstraints: Uint32Array.from(incidences),
  };
}
