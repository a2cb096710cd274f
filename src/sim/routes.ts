import type { Design, FlowKind, Workload } from '../domain';
import { distancesTo, mix, reachable, targetsFor, walk } from './routing';
import type { AdapterInst, Topology } from './topology';

export const KIND_LAN = 0, KIND_SAN = 1, KIND_IPC = 2;
export const KIND_NAMES: readonly FlowKind[] = ['lan', 'san', 'ipc'];

/**
 * Every VM's flows, routed once per design (routing does not depend on the IOV mode; only
 * capacities and transports do). Structure of arrays, so that 100k flows stay cheap.
 */
export interface Routes {
  vmCount: number;
  /** Server instance of each VM. */
  vmServer: Uint32Array;
  flowCount: number;
  flowVm: Uint32Array;
  flowKind: Uint8Array;
  flowSrcAdapter: Int32Array;
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

export function canCarry(ad: AdapterInst, kind: FlowKind): boolean {
  if (ad.roles && !ad.roles.includes(kind)) return false;
  return ad.part.protocol !== 'fc' || kind === 'san';
}

export function workloadOf(design: Design, nodeIndex: number): Workload {
  const node = design.nodes[nodeIndex]!;
  return design.workloads.find((w) => w.id === node.workloadId) ?? design.workloads[0]!;
}

/** Demand per VM and kind, Gb/s. */
export function demandGbps(w: Workload, kind: number): number {
  return kind === KIND_LAN ? w.lanMbps / 1000 : kind === KIND_SAN ? (w.sanMBps * 8) / 1000 : w.ipcMbps / 1000;
}

export function buildRoutes(topo: Topology, options: { saturate: boolean }): Routes {
  const { design, servers, adapters } = topo;
  const vmsOf = (s: number): number => design.nodes[servers[s]!.node]!.vmsPerServer ?? 0;
  let vmCount = 0;
  for (let s = 0; s < servers.length; s++) vmCount += vmsOf(s);
  const vmServer = new Uint32Array(vmCount);

  const flowVm: number[] = [];
  const flowKind: number[] = [];
  const flowSrc: number[] = [];
  const flowDst: number[] = [];
  const flowEnd: number[] = [];
  const flowDemand: number[] = [];
  const pathStart: number[] = [0];
  const pathEdges: number[] = [];
  const unreachable = new Map<string, { node: number; kind: FlowKind; vms: number }>();
  const miss = (node: number, kind: FlowKind, vms: number): void => {
    const key = `${node}:${kind}`;
    const entry = unreachable.get(key) ?? { node, kind, vms: 0 };
    entry.vms += vms;
    unreachable.set(key, entry);
  };

  const portsFor = (s: number, kind: FlowKind, dist: Int32Array): number[] => {
    const out: number[] = [];
    for (const ai of servers[s]!.adapters) {
      const ad = adapters[ai]!;
      if (!canCarry(ad, kind)) continue;
      for (let p = 0; p < ad.part.ports; p++) if (reachable(dist, ad.firstPortVertex + p)) out.push(ad.firstPortVertex + p);
    }
    return out;
  };

  const addFlows = (s: number, firstVm: number, kind: number, dist: Int32Array): void => {
    const name = KIND_NAMES[kind]!;
    const V = vmsOf(s);
    const w = workloadOf(design, servers[s]!.node);
    const demand = demandGbps(w, kind);
    if (V === 0 || (demand === 0 && !options.saturate)) return;
    const ports = portsFor(s, name, dist);
    if (ports.length === 0) {
      miss(servers[s]!.node, name, V);
      return;
    }
    for (let j = 0; j < V; j++) {
      // Teaming: VMs take the usable ports in turn; ECMP hash per VM and kind.
      const port = ports[(j + s) % ports.length]!;
      const before = pathEdges.length;
      const end = walk(topo, name, dist, port, mix((firstVm + j) * 3 + kind + 1), pathEdges);
      if (end < 0) {
        pathEdges.length = before;
        miss(servers[s]!.node, name, 1);
        continue;
      }
      flowVm.push(firstVm + j);
      flowKind.push(kind);
      flowSrc.push(topo.vAdapter[port]!);
      flowDst.push(kind === KIND_IPC ? topo.vAdapter[end]! : -1);
      flowEnd.push(end);
      flowDemand.push(demand);
      pathStart.push(pathEdges.length);
    }
  };

  const firstVmOf = new Uint32Array(servers.length);
  let vm = 0;
  for (let s = 0; s < servers.length; s++) {
    firstVmOf[s] = vm;
    vmServer.fill(s, vm, vm + vmsOf(s));
    vm += vmsOf(s);
  }

  for (const kind of [KIND_LAN, KIND_SAN] as const) {
    const dist = distancesTo(topo, KIND_NAMES[kind]!, targetsFor(topo, kind === KIND_LAN ? 'lan' : 'san'));
    for (let s = 0; s < servers.length; s++) addFlows(s, firstVmOf[s]!, kind, dist);
  }

  // IPC: each server's VMs talk to the next server in a ring (over servers that run VMs).
  const ring = servers.map((_, s) => s).filter((s) => vmsOf(s) > 0);
  const scratch = { dist: new Int32Array(topo.vertexCount * 2), queue: new Int32Array(topo.vertexCount * 2) };
  if (ring.length > 1) {
    ring.forEach((s, k) => {
      const dst = ring[(k + 1) % ring.length]!;
      const targets: number[] = [];
      for (const ai of servers[dst]!.adapters) {
        const ad = adapters[ai]!;
        if (!canCarry(ad, 'ipc')) continue;
        for (let p = 0; p < ad.part.ports; p++) targets.push(ad.firstPortVertex + p);
      }
      const dist = distancesTo(topo, 'ipc', targets, scratch);
      addFlows(s, firstVmOf[s]!, KIND_IPC, dist);
    });
  }

  return {
    vmCount,
    vmServer,
    flowCount: flowVm.length,
    flowVm: Uint32Array.from(flowVm),
    flowKind: Uint8Array.from(flowKind),
    flowSrcAdapter: Int32Array.from(flowSrc),
    flowDstAdapter: Int32Array.from(flowDst),
    flowEnd: Int32Array.from(flowEnd),
    flowDemand: Float64Array.from(flowDemand),
    pathStart: Uint32Array.from(pathStart),
    pathEdges: Int32Array.from(pathEdges),
    unreachable,
  };
}
