import type { IovMode, ServerPart } from '../domain';
import { busCapGbps, effectiveMode, netCapGbps } from './hostPath';
import { V_STORAGE, V_SWITCH, type Topology } from './topology';

/**
 * Where each shared resource sits in the solver's constraint vector. Fixed per topology, so the
 * same index means the same resource in every mode:
 *   [0, 2E)            each edge, per direction (cables; a gateway's inside)
 *   storage            one per storage member (back-end throughput)
 *   backplane          one per switch member whose part has a switching capacity
 *   adapters           four per adapter instance: bus tx, bus rx, network path tx, rx
 */
export const AD_BUS_TX = 0, AD_BUS_RX = 1, AD_NET_TX = 2, AD_NET_RX = 3;

export interface ConstraintLayout {
  count: number;
  /** Constraint of a storage or switch vertex, −1 if none. */
  vertexConstraint: Int32Array;
  adapterBase: number;
}

export function layoutConstraints(topo: Topology): ConstraintLayout {
  let count = topo.edges.length * 2;
  const vertexConstraint = new Int32Array(topo.vertexCount).fill(-1);
  for (let v = 0; v < topo.vertexCount; v++) {
    const kind = topo.vKind[v];
    const part = topo.nodeParts[topo.vNode[v]!];
    if (kind === V_STORAGE || (kind === V_SWITCH && part?.kind === 'switch' && part.backplaneGbps !== undefined)) {
      vertexConstraint[v] = count++;
    }
  }
  const adapterBase = count;
  count += topo.adapters.length * 4;
  return { count, vertexConstraint, adapterBase };
}

/** Capacities for one requested mode (Gb/s per direction; Infinity = no limit). */
export function capacitiesFor(topo: Topology, layout: ConstraintLayout, mode: IovMode): Float64Array {
  const cap = new Float64Array(layout.count).fill(Infinity);
  topo.edges.forEach((e, i) => {
    cap[2 * i] = e.capacityGbps;
    cap[2 * i + 1] = e.capacityGbps;
  });
  for (let v = 0; v < topo.vertexCount; v++) {
    const c = layout.vertexConstraint[v]!;
    if (c < 0) continue;
    const part = topo.nodeParts[topo.vNode[v]!];
    if (part?.kind === 'storage') cap[c] = (part.throughputMBps * 8) / 1000;
    else if (part?.kind === 'switch' && part.backplaneGbps !== undefined) cap[c] = part.backplaneGbps;
  }
  topo.adapters.forEach((ad, i) => {
    const eff = effectiveMode(ad.part, mode);
    const server = topo.nodeParts[ad.node] as ServerPart;
    const base = layout.adapterBase + 4 * i;
    const bus = busCapGbps(ad.part, eff);
    const net = netCapGbps(ad.part, eff, server).gbps;
    cap[base + AD_BUS_TX] = bus;
    cap[base + AD_BUS_RX] = bus;
    cap[base + AD_NET_TX] = net;
    cap[base + AD_NET_RX] = net;
  });
  return cap;
}
