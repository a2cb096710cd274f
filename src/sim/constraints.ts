import type { IovMode, ServerPart } from '../domain';
import { busCapGbps, effectiveMode, netCapGbps } from './hostPath';
import { V_STORAGE, V_SWITCH, type Topology } from './topology';

/**
 * Where each shared resource sits in the solver's constraint vector. Fixed per topology, so the
 * same index means the same resource in every mode:
 *   [0, 2E)       each edge, per direction (cables; a gateway's inside)
 *   vertices      one per storage member (back-end throughput) and per switch member whose part
 *                 has a switching capacity
 *   adapters      two per adapter instance: its bus (PCIe), transmit and receive
 *   ports         two per adapter port: the host's network path through it (the hypervisor's
 *                 virtual switch in software IOV, the VM's IPoIB stack otherwise), tx and rx.
 *                 Per port, as docs/model.md §5 has it: the seed-era virtual switch runs one core per
 *                 uplink, so a 4-port GigE NIC bridges as much as four 1-port NICs.
 */
export const AD_BUS_TX = 0, AD_BUS_RX = 1;
export const PORT_NET_TX = 0, PORT_NET_RX = 1;

export interface ConstraintLayout {
  count: number;
  /** Constraint of a storage or switch vertex, −1 if none. */
  vertexConstraint: Int32Array;
  /**
   * Per directed edge (2·edge + 1 when traversed v→u), the constraint of the vertex it enters, −1
   * if none: what a flow's path adds after each cable direction, looked up once per hop.
   */
  enterConstraint: Int32Array;
  /** Vertex of each vertex constraint, in order from `edgeCount * 2`. */
  constraintVertex: Int32Array;
  adapterBase: number;
  portBase: number;
}

export function layoutConstraints(topo: Topology): ConstraintLayout {
  let count = topo.edgeCount * 2;
  const vertexConstraint = new Int32Array(topo.vertexCount).fill(-1);
  const owners: number[] = [];
  for (let v = 0; v < topo.vertexCount; v++) {
    const kind = topo.vKind[v];
    if (kind !== V_STORAGE && kind !== V_SWITCH) continue;
    const part = topo.nodeParts[topo.vNode[v]!];
    if (kind === V_STORAGE || (part?.kind === 'switch' && part.backplaneGbps !== undefined)) {
      vertexConstraint[v] = count++;
      owners.push(v);
    }
  }
  const adapterBase = count;
  count += topo.adapters.length * 2;
  const portBase = count;
  count += topo.portCount * 2;
  const enterConstraint = new Int32Array(2 * topo.edgeCount);
  for (let e = 0; e < topo.edgeCount; e++) {
    enterConstraint[2 * e] = vertexConstraint[topo.edgeV[e]!]!;
    enterConstraint[2 * e + 1] = vertexConstraint[topo.edgeU[e]!]!;
  }
  return { count, vertexConstraint, enterConstraint, constraintVertex: Int32Array.from(owners), adapterBase, portBase };
}

/** Bus constraint of an adapter instance for a direction (0 transmit, 1 receive). */
export const busConstraint = (layout: ConstraintLayout, adapter: number, rx: 0 | 1): number => layout.adapterBase + 2 * adapter + rx;

/** Host network-path constraint of an adapter port ordinal for a direction. */
export const netConstraint = (layout: ConstraintLayout, portOrdinal: number, rx: 0 | 1): number => layout.portBase + 2 * portOrdinal + rx;

/** Capacities for one requested mode (Gb/s per direction; Infinity = no limit). */
export function capacitiesFor(topo: Topology, layout: ConstraintLayout, mode: IovMode): Float64Array {
  const cap = new Float64Array(layout.count);
  for (let e = 0; e < topo.edgeCount; e++) cap[2 * e] = cap[2 * e + 1] = topo.edgeCapacityGbps[e]!;
  for (let i = 0; i < layout.constraintVertex.length; i++) {
    const part = topo.nodeParts[topo.vNode[layout.constraintVertex[i]!]!];
    cap[topo.edgeCount * 2 + i] = part?.kind === 'storage' ? (part.throughputMBps * 8) / 1000 : part?.kind === 'switch' && part.backplaneGbps !== undefined ? part.backplaneGbps : Infinity;
  }
  // Members of a group are alike: one figure per (server node, adapter part), reused.
  let lastNode = -1;
  let lastPart: unknown = null;
  let bus = 0;
  let net = 0;
  topo.adapters.forEach((ad, i) => {
    if (ad.node !== lastNode || ad.part !== lastPart) {
      const eff = effectiveMode(ad.part, mode);
      bus = busCapGbps(ad.part, eff);
      net = netCapGbps(ad.part, eff, topo.nodeParts[ad.node] as ServerPart, topo.design.settings.vswitch).gbps;
      lastNode = ad.node;
      lastPart = ad.part;
    }
    cap[layout.adapterBase + 2 * i] = cap[layout.adapterBase + 2 * i + 1] = bus;
    const first = layout.portBase + 2 * ad.firstPort;
    cap.fill(net, first, first + 2 * ad.part.ports);
  });
  return cap;
}
