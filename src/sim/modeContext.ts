import { hostProfile } from '../catalog/vswitch';
import { IOV_MODES, TRANSPORT_ORDER, type IovMode, type Transport } from '../domain';
import { FRESH, type Buffers } from './buffers';
import { effectiveMode, isNetTransport, sanTransport, transportFor } from './hostPath';
import type { Routes } from './routes';
import type { Topology } from './topology';
import { KIND_NAMES, KIND_SAN, workloadOf } from './workloads';

export const TRANSPORTS: readonly Transport[] = TRANSPORT_ORDER;
export const transportCode = (t: Transport): number => TRANSPORTS.indexOf(t);
export const transportName = (code: number): Transport => TRANSPORTS[code]!;
/** 1 where the transport goes through the host's network stack (virtual switch or IPoIB). */
export const NET_TRANSPORT = Uint8Array.from(TRANSPORTS, (t) => (isNetTransport(t) ? 1 : 0));

/** Per flow, the transport at its source and (server-to-server) destination end, for one mode. */
export interface FlowTransports {
  src: Uint8Array;
  dst: Uint8Array;
  /**
   * Storage flows whose adapter and array have no transport in common (1): they carry nothing,
   * and each (server group, array) pair is an error finding. `src` holds the adapter's own then.
   */
  blocked: Uint8Array;
  /** Per (server node, storage node) pair with such flows: the adapter part and array that do not meet. */
  mismatches: Array<{ node: number; storage: number; adapterPart: string }>;
}

/** What one IOV mode fixes before solving: each adapter's effective mode and each flow's transports. */
export interface ModeContext {
  mode: IovMode;
  /** Effective mode of each adapter instance, as an index into IOV_MODES. */
  adapterMode: Uint8Array;
  transports: FlowTransports;
}

/** `buffers`: where the per-flow transport arrays come from (named per mode: a session keeps each mode's). */
export function modeContext(topo: Topology, routes: Routes, mode: IovMode, buffers: Buffers = FRESH): ModeContext {
  const adapterMode = new Uint8Array(topo.adapters.length);
  let lastPart: unknown = null;
  let code = 0;
  topo.adapters.forEach((ad, i) => {
    if (ad.part !== lastPart) {
      code = IOV_MODES.indexOf(effectiveMode(ad.part, mode));
      lastPart = ad.part;
    }
    adapterMode[i] = code;
  });
  return { mode, adapterMode, transports: flowTransports(topo, routes, adapterMode, mode, buffers) };
}

function flowTransports(topo: Topology, routes: Routes, adapterMode: Uint8Array, prefix: string, buffers: Buffers): FlowTransports {
  const n = routes.flowCount;
  const src = buffers.take(`${prefix}.src`, Uint8Array, n, false);
  const dst = buffers.take(`${prefix}.dst`, Uint8Array, n, false);
  // A flow's transport depends only on its kind, its adapter (part, effective mode) and the
  // workload of that adapter's server: one code per adapter instance and kind, computed once per
  // (server node, slot) since members of a group are alike.
  const perAdapter = new Uint8Array(topo.adapters.length * 3);
  const bySlot = new Map<number, Uint8Array>();
  topo.adapters.forEach((ad, i) => {
    let codes = bySlot.get(ad.node * 64 + ad.slot);
    if (!codes) {
      const ib = workloadOf(topo.design, ad.node).ibTransport;
      const mode = IOV_MODES[adapterMode[i]!]!;
      const era = hostProfile(topo.nodeParts[ad.node]?.era ?? 'seed', topo.design.settings.vswitch).era;
      codes = Uint8Array.from(KIND_NAMES, (kind) => transportCode(transportFor(ad.part, kind, mode, ib, era)));
      bySlot.set(ad.node * 64 + ad.slot, codes);
    }
    perAdapter.set(codes, 3 * i);
  });
  const RDMA = transportCode('rdma');
  const IPOIB = transportCode('ipoib');
  const NONE = 255;
  const blocked = buffers.take(`${prefix}.blocked`, Uint8Array, n, true);
  const mismatches: FlowTransports['mismatches'] = [];
  // Storage flows also depend on the array they reach: one code per (adapter slot, array node),
  // the last one at hand (a server's VMs reach the same arrays in turn, one after another).
  const bySanPair = new Map<number, number>();
  const nodeCount = topo.design.nodes.length;
  let lastKey = -1;
  let lastCode = 0;
  for (let f = 0; f < n; f++) {
    const kind = routes.flowKind[f]!;
    const sa = routes.flowSrcAdapter[f]!;
    let ts = perAdapter[3 * sa + kind]!;
    if (kind === KIND_SAN) {
      const ad = topo.adapters[sa]!;
      const storage = topo.vNode[routes.flowEnd[f]!]!;
      const key = (ad.node * 64 + ad.slot) * nodeCount + storage;
      let code = key === lastKey ? lastCode : bySanPair.get(key);
      if (code === undefined) {
        const array = topo.nodeParts[storage];
        const era = hostProfile(topo.nodeParts[ad.node]?.era ?? 'seed', topo.design.settings.vswitch).era;
        const t = sanTransport(ad.part, IOV_MODES[adapterMode[sa]!]!, era, array?.kind === 'storage' ? array : undefined);
        code = t === null ? NONE : transportCode(t);
        if (t === null) mismatches.push({ node: ad.node, storage, adapterPart: ad.part.id });
        bySanPair.set(key, code);
      }
      lastKey = key;
      lastCode = code;
      if (code === NONE) blocked[f] = 1;
      else ts = code;
    }
    const da = routes.flowDstAdapter[f]!;
    let td = ts;
    if (da >= 0) {
      // Each end uses its own VMs' workload: RDMA only when both ends can and want it.
      td = perAdapter[3 * da + kind]!;
      // RDMA needs both ends to expose verbs to the VM; otherwise both fall back to IPoIB.
      if ((ts === RDMA) !== (td === RDMA)) {
        if (ts === RDMA) ts = IPOIB;
        if (td === RDMA) td = IPOIB;
      }
    }
    src[f] = ts;
    dst[f] = td;
  }
  return { src, dst, blocked, mismatches };
}
