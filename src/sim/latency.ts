import { MODEL_PARAMS } from '../catalog/params';
import type { IovMode } from '../domain';
import type { FlowSolution } from './solver';
import { AD_BUS_RX, AD_BUS_TX, AD_NET_RX, AD_NET_TX, type ConstraintLayout } from './constraints';
import { transportName, type FlowTransports } from './flowProblem';
import { effectiveMode, isNetTransport } from './hostPath';
import { KIND_SAN, type Routes } from './routes';
import { V_SWITCH, type Topology } from './topology';

/**
 * MODEL.md §6. One-way small-message latency of each flow: host path (by mode) + transport stack
 * + adapter at each end, each switch hop (store-and-forward switches add a full frame's
 * serialization), gateways, wire, and the storage service time for SAN. Loaded latency scales
 * each hop's delay by 1/(1−ρ) of the resource it queues on (ρ capped at 0.99).
 */
export interface FlowLatency {
  unloaded: Float64Array;
  loaded: Float64Array;
}

const P = MODEL_PARAMS;

export function flowLatencies(
  topo: Topology,
  routes: Routes,
  layout: ConstraintLayout,
  transports: FlowTransports,
  mode: IovMode,
  solution: FlowSolution,
): FlowLatency {
  const n = routes.flowCount;
  const unloaded = new Float64Array(n);
  const loaded = new Float64Array(n);
  const maxRho = P.maxUtilization.value;
  const util = solution.utilization;
  const wireUsPerM = P.wireNsPerM.value / 1000;
  const frameBits = P.ethernetFrameBytes.value * 8;

  // Per-adapter-end terms depend only on (adapter, transport, direction): one pass each, no closures.
  const endDelay = (adapter: number, tCode: number): number =>
    P.hostPathLatencyUs[effectiveMode(topo.adapters[adapter]!.part, mode)].value + P.transportLatencyUs[transportName(tCode)].value;
  const scaled = (delay: number, c: number): number => (c >= 0 ? delay / (1 - Math.min(util[c]!, maxRho)) : delay);

  for (let f = 0; f < n; f++) {
    let u = 0;
    let l = 0;
    for (let end = 0; end < 2; end++) {
      const adapter = end === 0 ? routes.flowSrcAdapter[f]! : routes.flowDstAdapter[f]!;
      if (adapter < 0) continue;
      const tCode = end === 0 ? transports.src[f]! : transports.dst[f]!;
      const base = layout.adapterBase + 4 * adapter;
      const bus = base + (end === 1 ? AD_BUS_RX : AD_BUS_TX);
      const host = isNetTransport(transportName(tCode)) ? base + (end === 1 ? AD_NET_RX : AD_NET_TX) : bus;
      const hostDelay = endDelay(adapter, tCode);
      const adapterDelay = topo.adapters[adapter]!.part.latencyUs;
      u += hostDelay + adapterDelay;
      l += scaled(hostDelay, host) + scaled(adapterDelay, bus);
    }
    const start = routes.pathStart[f]!;
    const stop = routes.pathStart[f + 1]!;
    for (let k = start; k < stop; k++) {
      const de = routes.pathEdges[k]!;
      const e = topo.edges[de >> 1]!;
      const wire = e.lengthM * wireUsPerM;
      u += wire;
      l += wire;
      if (e.link < 0) {
        const gw = topo.nodeParts[topo.vNode[e.u]!];
        if (gw?.kind === 'gateway') {
          u += gw.latencyUs;
          l += scaled(gw.latencyUs, de);
        }
        continue;
      }
      const head = de & 1 ? e.u : e.v;
      if (topo.vKind[head] !== V_SWITCH || k + 1 >= stop) continue;
      const sw = topo.nodeParts[topo.vNode[head]!];
      if (sw?.kind !== 'switch') continue;
      // The switch queues on its egress port: the next edge of the path.
      const next = routes.pathEdges[k + 1]!;
      const serialization = sw.forwarding === 'store-and-forward' ? frameBits / (topo.edges[next >> 1]!.rateGbps * 1000) : 0;
      u += sw.hopLatencyUs + serialization;
      l += scaled(sw.hopLatencyUs + serialization, next);
    }
    if (routes.flowKind[f] === KIND_SAN) {
      const st = topo.nodeParts[topo.vNode[routes.flowEnd[f]!]!];
      if (st?.kind === 'storage') {
        u += st.serviceLatencyUs;
        l += scaled(st.serviceLatencyUs, layout.vertexConstraint[routes.flowEnd[f]!]!);
      }
    }
    unloaded[f] = u;
    loaded[f] = l;
  }
  return { unloaded, loaded };
}
