import type { FlowKind } from '../domain';
import { ENGINE_LIMITS } from './expansion';
import { FRESH, type Buffers } from './buffers';
import { noProgress, progressTicker, type ProgressSink } from './progress';
import { Router } from './routing';
import { V_NETWORK, V_STORAGE, type AdapterInst, type Topology } from './topology';
import { demandsByNode, KIND_IPC, KIND_LAN, KIND_NAMES, KIND_SAN } from './workloads';

export { KIND_IPC, KIND_LAN, KIND_NAMES, KIND_SAN, demandGbps, workloadOf } from './workloads';

/**
 * Every VM's flows, routed once per design (routing does not depend on the IOV mode; only
 * capacities and transports do). Structure of arrays, so that 300k flows stay cheap.
 */
export interface Routes {
  vmCount: number;
  /** Server instance of each VM. */
  vmServer: Uint32Array;
  flowCount: number;
  flowVm: Uint32Array;
  flowKind: Uint8Array;
  /** Port vertex the flow leaves its server by, and its adapter instance. */
  flowSrcPort: Int32Array;
  flowSrcAdapter: Int32Array;
  /** Server-to-server flows: the port and adapter they arrive by; −1 otherwise. */
  flowDstAdapter: Int32Array;
  /** Last vertex of the path (a network, storage member or destination port). */
  flowEnd: Int32Array;
  /** Nominal demand, Gb/s (the workload's). */
  flowDemand: Float64Array;
  pathStart: Uint32Array;
  /** Directed edges: 2·edge + direction. */
  pathEdges: Int32Array;
  /** VMs with no path, per server node index and kind. */
  unreachable: Map<string, { node: number; kind: FlowKind; vms: number }>;
}

/** A design that turns out larger than the engine handles once routed (the estimate was low). */
export class TooLargeError extends Error {}

/** Back-end throughput of a storage member, Gb/s (what the solver's storage constraint allows). */
function storageGbps(topo: Topology, v: number): number {
  const part = topo.nodeParts[topo.vNode[v]!];
  return part?.kind === 'storage' ? (part.throughputMBps * 8) / 1000 : Infinity;
}

/** May this adapter carry this kind of traffic (its roles, and FC carries storage only)? */
export function canCarry(ad: AdapterInst, kind: FlowKind): boolean {
  if (ad.roles && !ad.roles.includes(kind)) return false;
  return ad.part.protocol !== 'fc' || kind === 'san';
}

export function buildRoutes(
  topo: Topology,
  options: { saturate: boolean; onProgress?: ProgressSink; maxIncidences?: number; buffers?: Buffers },
): Routes {
  const buf = options.buffers ?? FRESH;
  const { design, servers, adapters, vKind } = topo;
  const onProgress = options.onProgress ?? noProgress;
  const maxPath = options.maxIncidences ?? ENGINE_LIMITS.incidences;
  const vmsOfNode = design.nodes.map((n) => n.vmsPerServer ?? 0);
  const demandOfNode = demandsByNode(design, topo.nodeParts);
  let vmCount = 0;
  for (const s of servers) vmCount += vmsOfNode[s.node]!;
  const vmServer = buf.take('vmServer', Uint32Array, vmCount, false);
  const firstVmOf = buf.take('firstVmOf', Uint32Array, servers.length, false);
  for (let s = 0, vm = 0; s < servers.length; s++) {
    const v = vmsOfNode[servers[s]!.node]!;
    firstVmOf[s] = vm;
    vmServer.fill(s, vm, vm + v);
    vm += v;
  }

  const cap = vmCount * 3;
  // Every element below flowCount is written; only pathStart[0] is read before it is.
  const flowVm = buf.take('flowVm', Uint32Array, cap, false);
  const flowKind = buf.take('flowKind', Uint8Array, cap, false);
  const flowSrcPort = buf.take('flowSrcPort', Int32Array, cap, false);
  const flowSrcAdapter = buf.take('flowSrcAdapter', Int32Array, cap, false);
  const flowDstAdapter = buf.take('flowDstAdapter', Int32Array, cap, false);
  const flowEnd = buf.take('flowEnd', Int32Array, cap, false);
  const flowDemand = buf.take('flowDemand', Float64Array, cap, false);
  const pathStart = buf.take('pathStart', Uint32Array, cap + 1, false);
  pathStart[0] = 0;
  const path = buf.list('pathEdges', Math.max(1024, cap * 4)); // about four hops a flow; grows if longer
  let flowCount = 0;

  const unreachable = new Map<string, { node: number; kind: FlowKind; vms: number }>();
  const miss = (node: number, kind: FlowKind, vms: number): void => {
    const key = `${node}:${kind}`;
    const entry = unreachable.get(key) ?? { node, kind, vms: 0 };
    entry.vms += vms;
    unreachable.set(key, entry);
  };

  /**
   * Cabled ports of server s whose adapter may carry `kind`; with `router`, only those with a
   * path. (An uncabled port can never be reached: a search waiting for it would run to the end.)
   */
  const portsOf = (s: number, kind: FlowKind, router: Router | null): number[] => {
    const out: number[] = [];
    const srv = servers[s]!;
    for (let ai = srv.firstAdapter; ai < srv.firstAdapter + srv.adapterCount; ai++) {
      const ad = adapters[ai]!;
      if (!canCarry(ad, kind)) continue;
      for (let p = 0; p < ad.part.ports; p++) {
        const v = ad.firstPortVertex + p;
        if (topo.adjStart[v + 1]! > topo.adjStart[v]! && (!router || router.reachable(v))) out.push(v);
      }
    }
    return out;
  };

  /**
   * What each storage flow of server s could carry as far as its server goes, per usable port
   * (index into `ports`): its demand, and an even share of the port's cable and of the adapter's
   * bus among the server's VMs on them (Gb/s). A split among storage arrays by capacity weighs
   * flows by it, so a VM its server lets push more is not the one sent to a small array.
   */
  let rateOnPort = new Float64Array(8);
  const storageRates = (s: number, ports: number[], V: number, demand: number): void => {
    const P = ports.length;
    // VM j takes port (j + s) mod P: port i gets the VMs j ≡ i − s (mod P) below V.
    const vmsOn = (i: number): number => Math.floor(V / P) + ((((i - s) % P) + P) % P < V % P ? 1 : 0);
    if (rateOnPort.length < P) rateOnPort = new Float64Array(2 * P);
    for (let i = 0; i < P; i++) {
      const n = vmsOn(i);
      if (n === 0) continue;
      const v = ports[i]!;
      const ad = topo.vAdapter[v]!;
      let cable = 0;
      for (let a = topo.adjStart[v]!; a < topo.adjStart[v + 1]!; a++) cable += topo.edgeCapacityGbps[topo.adjEdge[a]!]!;
      let onAdapter = 0;
      for (let k = 0; k < P; k++) if (topo.vAdapter[ports[k]!] === ad) onAdapter += vmsOn(k);
      rateOnPort[i] = Math.min(demand, cable / n, adapters[ad]!.part.hostPath.busGbps / onAdapter);
    }
  };

  const router = new Router(topo);
  const addFlows = (s: number, kind: number): void => {
    const name = KIND_NAMES[kind]!;
    const node = servers[s]!.node;
    const V = vmsOfNode[node]!;
    const demand = demandOfNode[node]![kind]!;
    // A kind the workload does not ask for has no flow, saturated or not: pushing demand never invents traffic.
    if (V === 0 || demand === 0) return;
    const ports = portsOf(s, name, router);
    if (ports.length === 0) {
      miss(node, name, V);
      return;
    }
    const firstVm = firstVmOf[s]!;
    if (kind === KIND_SAN) storageRates(s, ports, V, options.saturate ? Infinity : demand);
    for (let j = 0; j < V; j++) {
      // Teaming: the VMs of a server take its usable ports in turn.
      const pi = (j + s) % ports.length;
      const port = ports[pi]!;
      const before = path.length;
      const end = router.walk(name, port, path, kind === KIND_SAN ? rateOnPort[pi]! : 1);
      if (end < 0) {
        path.length = before;
        miss(node, name, 1);
        continue;
      }
      if (path.length + 4 * flowCount > maxPath) {
        throw new TooLargeError(
          `The design is too large to simulate: its flows cross more than ${maxPath.toLocaleString('en-US')} links and resources (at "${design.nodes[node]!.label}"). Plan fewer VMs or shorten the paths through the fabric.`,
        );
      }
      const f = flowCount++;
      flowVm[f] = firstVm + j;
      flowKind[f] = kind;
      flowSrcPort[f] = port;
      flowSrcAdapter[f] = topo.vAdapter[port]!;
      flowDstAdapter[f] = kind === KIND_IPC ? topo.vAdapter[end]! : -1;
      flowEnd[f] = end;
      flowDemand[f] = demand;
      pathStart[f + 1] = path.length;
    }
  };

  for (const kind of [KIND_LAN, KIND_SAN] as const) {
    const want = kind === KIND_LAN ? V_NETWORK : V_STORAGE;
    const targets: number[] = [];
    for (let v = 0; v < topo.vertexCount; v++) if (vKind[v] === want) targets.push(v);
    onProgress({ stage: `routing ${KIND_NAMES[kind] === 'lan' ? 'LAN' : 'SAN'} flows`, done: 0, total: servers.length });
    // Storage arrays are not equal-cost alternatives: flows split by what each can serve.
    router.searchAll(KIND_NAMES[kind]!, targets, kind === KIND_SAN ? targets.map((v) => storageGbps(topo, v)) : undefined);
    const tick = progressTicker(onProgress, `routing ${kind === KIND_LAN ? 'LAN' : 'SAN'} flows`, servers.length, 64);
    for (let s = 0; s < servers.length; s++) {
      tick(s);
      addFlows(s, kind);
    }
  }

  // Server-to-server: each server's VMs talk to the next server in a ring (over servers that run
  // VMs), found by a search from that server's ports that stops once this server's are reached.
  const ring: number[] = [];
  for (let s = 0; s < servers.length; s++) if (vmsOfNode[servers[s]!.node]! > 0) ring.push(s);
  if (ring.length > 1) {
    const tick = progressTicker(onProgress, 'routing server-to-server flows', ring.length, 64);
    ring.forEach((s, k) => {
      tick(k);
      const node = servers[s]!.node;
      if (demandOfNode[node]![KIND_IPC] === 0) return;
      const dst = ring[(k + 1) % ring.length]!;
      router.searchUntil('ipc', portsOf(dst, 'ipc', null), portsOf(s, 'ipc', null));
      addFlows(s, KIND_IPC);
    });
  }

  return {
    vmCount,
    vmServer,
    flowCount,
    flowVm: flowVm.subarray(0, flowCount),
    flowKind: flowKind.subarray(0, flowCount),
    flowSrcPort: flowSrcPort.subarray(0, flowCount),
    flowSrcAdapter: flowSrcAdapter.subarray(0, flowCount),
    flowDstAdapter: flowDstAdapter.subarray(0, flowCount),
    flowEnd: flowEnd.subarray(0, flowCount),
    flowDemand: flowDemand.subarray(0, flowCount),
    pathStart: pathStart.subarray(0, flowCount + 1),
    pathEdges: path.data.subarray(0, path.length),
    unreachable,
  };
}
