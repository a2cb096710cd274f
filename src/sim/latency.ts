import { MODEL_PARAMS } from '../catalog/params';
import { targetStackUs } from '../catalog/storageTransports';
import { FRESH, type Buffers } from './buffers';
import { hostTables, TABLE_STRIDE } from './hostTables';
import type { FlowSolution } from './solver';
import type { ConstraintLayout } from './constraints';
import { NET_TRANSPORT, TRANSPORTS, type ModeContext } from './modeContext';
import { KIND_SAN, type Routes } from './routes';
import { V_SWITCH, type Topology } from './topology';

/** Target-stack latency at the array's end, by transport code. */
const TARGET_US = Float64Array.from(TRANSPORTS, targetStackUs);

/**
 * docs/model.md §6. One-way small-message latency of each flow: host path (by mode) + transport stack
 * + adapter at each end, each switch hop (store-and-forward switches add a full frame's
 * serialization on the egress link), gateways, wire, and the storage service time for SAN.
 * Loaded latency adds the queueing of every resource the flow crosses, each at 1/(1−ρ) (ρ capped
 * at 0.99): the host path scales by its factor on the port's network path (or the bus for
 * RDMA/SRP/FCP), the adapter by its bus, a gateway by its inside, storage by its back end; every
 * cable direction queues one frame's serialization × (1/(1−ρ) − 1) (M/M/1 waiting time: ρ/(1−ρ)
 * service times), and a switch hop's own delay × (1/(1−ρ) − 1) joins that queue on its egress
 * cable; a switch with a switching capacity adds its hop delay × (1/(1−ρ) − 1) of that capacity.
 */
export interface FlowLatency {
  unloaded: Float64Array;
  loaded: Float64Array;
  /** Per flow, the constraint whose queue adds the most delay under load (−1: none), and how much, µs. */
  queueAt: Int32Array;
  queueUs: Float64Array;
}

const P = MODEL_PARAMS;

/** `buffers`: where the per-flow arrays come from (every element is written). */
export function flowLatencies(topo: Topology, routes: Routes, layout: ConstraintLayout, ctx: ModeContext, solution: FlowSolution, buffers: Buffers = FRESH): FlowLatency {
  const n = routes.flowCount;
  const unloaded = buffers.take('unloadedUs', Float64Array, n, false);
  const loaded = buffers.take('loadedUs', Float64Array, n, false);
  const queueAt = buffers.take('queueAt', Int32Array, n, false);
  const queueUs = buffers.take('queueUs', Float64Array, n, false);
  const util = solution.utilization;
  const maxRho = P.maxUtilization.value;
  // 1/(1−ρ) per constraint, once: the per-flow loop then only multiplies.
  const factor = new Float64Array(util.length);
  for (let c = 0; c < util.length; c++) factor[c] = 1 / (1 - Math.min(util[c]!, maxRho));

  const { vNode, adapters, adapterPortDelta } = topo;
  const adapterLatency = new Float64Array(adapters.length);
  for (let i = 0; i < adapters.length; i++) adapterLatency[i] = adapters[i]!.part.latencyUs;
  // Host path + transport stack delay at one end, by (the server's host profile, effective mode, transport).
  const { endDelayUs, profileOf } = hostTables(topo);
  const { adapterBase, portBase, vertexConstraint } = layout;
  const { src, dst } = ctx.transports;
  const { pathStart, pathEdges, flowSrcAdapter, flowDstAdapter, flowSrcPort, flowEnd, flowKind } = routes;
  const storageLatency = topo.nodeParts.map((p) => (p?.kind === 'storage' ? p.serviceLatencyUs : 0));

  const hops = hopTable(topo, layout, factor, buffers);

  for (let f = 0; f < n; f++) {
    let u = 0;
    let l = 0;
    // Which hop's queue adds the most to the flow: delay × (1/(1−ρ) − 1) on constraint c. Kept
    // inline (no closure over these): a helper closure made the 30k-flow simulate 30 % slower.
    let worst = -1;
    let worstUs = 0;
    let added: number;
    for (let end = 0; end < 2; end++) {
      const ai = end === 0 ? flowSrcAdapter[f]! : flowDstAdapter[f]!;
      if (ai < 0) continue;
      const t = end === 0 ? src[f]! : dst[f]!;
      const bus = adapterBase + 2 * ai + end;
      const port = end === 0 ? flowSrcPort[f]! : flowEnd[f]!;
      const host = NET_TRANSPORT[t] === 1 ? portBase + 2 * (port + adapterPortDelta[ai]!) + end : bus;
      const hostDelay = endDelayUs[profileOf[ai]! * TABLE_STRIDE + ctx.adapterMode[ai]! * TRANSPORTS.length + t]!;
      const adapterDelay = adapterLatency[ai]!;
      u += hostDelay + adapterDelay;
      added = hostDelay * (factor[host]! - 1);
      if (added > worstUs) {
        worstUs = added;
        worst = host;
      }
      l += hostDelay * factor[host]!;
      added = adapterDelay * (factor[bus]! - 1);
      if (added > worstUs) {
        worstUs = added;
        worst = bus;
      }
      l += adapterDelay * factor[bus]!;
    }
    for (let k = pathStart[f]!, stop = pathStart[f + 1]!; k < stop; k++) {
      const at = HOP_STRIDE * pathEdges[k]!;
      u += hops[at]!;
      u += hops[at + 1]!;
      l += hops[at]!;
      l += hops[at + 2]!;
      l += hops[at + 3]!;
      l += hops[at + 4]!;
      if (hops[at + 5]! > worstUs) {
        worstUs = hops[at + 5]!;
        worst = hops[at + 6]!;
      }
    }
    if (flowKind[f] === KIND_SAN) {
      const end = flowEnd[f]!;
      // The array's service time plus its end of the transport (today's storage transports).
      const service = storageLatency[vNode[end]!]! + TARGET_US[src[f]!]!;
      if (service > 0) {
        u += service;
        const c = vertexConstraint[end]!;
        if (c >= 0) {
          added = service * (factor[c]! - 1);
          if (added > worstUs) {
            worstUs = added;
            worst = c;
          }
          l += service * factor[c]!;
        } else l += service;
      }
    }
    unloaded[f] = u;
    loaded[f] = l;
    queueAt[f] = worst;
    queueUs[f] = worstUs;
  }
  return { unloaded, loaded, queueAt, queueUs };
}

/** Values per directed edge in `hopTable`: see there. */
const HOP_STRIDE = 8;

/**
 * What crossing each directed edge adds to a flow, laid out so that the per-flow loop reads one
 * 64-byte record per hop instead of a dozen scattered arrays: [0] the wire; [1] unloaded beyond
 * the wire (a gateway's latency, a switch hop's own delay, else 0); [2], [3], [4] the loaded
 * terms after the wire (gateway: its latency × 1/(1−ρ); cable: the switch's own delay, its
 * switching capacity's queue, the cable's queue), 0 where a term does not apply; [5] and [6] the
 * largest queue the hop adds and its constraint (−1: none). The loop adds the same terms in the
 * same order as adding each where it applies (x + 0 is x for the non-negative sums here), and [5]
 * is the first of the hop's largest, as comparing them in turn would keep: figures are unchanged.
 */
function hopTable(topo: Topology, layout: ConstraintLayout, factor: Float64Array, buffers: Buffers): Float64Array {
  const { vKind, vNode, edgeU, edgeV, edgeLink, edgeLengthM, edgeRateGbps } = topo;
  const { vertexConstraint } = layout;
  // Per vertex: a switch's hop delay (−1 elsewhere) and whether it stores and forwards.
  const hop = new Float64Array(topo.vertexCount).fill(-1);
  const storeForward = new Uint8Array(topo.vertexCount);
  for (let v = 0; v < topo.vertexCount; v++) {
    if (vKind[v] !== V_SWITCH) continue;
    const sw = topo.nodeParts[vNode[v]!];
    if (sw?.kind !== 'switch') continue;
    hop[v] = sw.hopLatencyUs;
    storeForward[v] = sw.forwarding === 'store-and-forward' ? 1 : 0;
  }
  const wireUsPerM = P.wireNsPerM.value / 1000;
  const frameBits = P.ethernetFrameBytes.value * 8;
  const out = buffers.take('hops', Float64Array, 2 * topo.edgeCount * HOP_STRIDE, true);
  for (let de = 0; de < 2 * topo.edgeCount; de++) {
    const e = de >> 1;
    const at = HOP_STRIDE * de;
    out[at] = edgeLengthM[e]! * wireUsPerM;
    // A gateway's inside: the gateway's latency.
    const gw = edgeLink[e]! < 0 ? topo.nodeParts[vNode[edgeU[e]!]!] : undefined;
    if (gw?.kind === 'gateway' && gw.latencyUs >= 0) {
      const g = gw.latencyUs;
      out[at + 1] = g;
      out[at + 2] = g * factor[de]!;
      out[at + 5] = g * (factor[de]! - 1);
      out[at + 6] = de;
      continue;
    }
    // A cable direction. Frames ahead wait at its sending end: one frame's serialization each,
    // ρ/(1−ρ) of them. Sent by a switch, the hop's own delay queues there too (a store-and-
    // forward switch also serializes the frame itself, unloaded), and a switch with a
    // switching capacity queues on that as well. One frame on one lane, µs (0 where a rate is
    // missing, so an idle queue stays 0, not NaN).
    const rate = edgeRateGbps[e]!;
    const ser = rate > 0 ? frameBits / (rate * 1000) : 0;
    const tail = de & 1 ? edgeV[e]! : edgeU[e]!;
    const h = hop[tail]!;
    let queued = ser;
    let worstUs = -1;
    let worst = -1;
    if (h >= 0) {
      const own = storeForward[tail] === 1 ? h + ser : h;
      out[at + 1] = out[at + 2] = own;
      queued += h;
      const bp = vertexConstraint[tail]!;
      if (bp >= 0) {
        out[at + 3] = worstUs = h * (factor[bp]! - 1);
        worst = bp;
      }
    }
    const added = queued * (factor[de]! - 1);
    out[at + 4] = added;
    if (added > worstUs) {
      worstUs = added;
      worst = de;
    }
    out[at + 5] = worstUs;
    out[at + 6] = worst;
  }
  return out;
}
