import type { Design, FlowKind, Workload } from '../domain';

/** Traffic kinds as small integers (hot loops and typed arrays), in FLOW_KINDS order. */
export const KIND_LAN = 0, KIND_SAN = 1, KIND_IPC = 2;
export const KIND_NAMES: readonly FlowKind[] = ['lan', 'san', 'ipc'];

/** The workload a server node's VMs run (its own, else the design's first). */
export function workloadOf(design: Design, nodeIndex: number): Workload {
  const node = design.nodes[nodeIndex]!;
  return design.workloads.find((w) => w.id === node.workloadId) ?? design.workloads[0]!;
}

/** Per design node, each kind's demand per VM in Gb/s ([LAN, SAN, IPC]); zeros for nodes that are not servers. */
export function demandsByNode(design: Design, nodeParts: ReadonlyArray<{ kind: string } | undefined>): number[][] {
  return design.nodes.map((_, i) => (nodeParts[i]?.kind === 'server' ? [0, 1, 2].map((k) => demandGbps(workloadOf(design, i), k)) : [0, 0, 0]));
}

/** Demand per VM and kind, Gb/s. */
export function demandGbps(w: Workload, kind: number): number {
  return kind === KIND_LAN ? w.lanMbps / 1000 : kind === KIND_SAN ? (w.sanMBps * 8) / 1000 : w.ipcMbps / 1000;
}

/**
 * Member pairs of a link between a side of n members and a side of m members: all n·m when
 * meshed, else max(n, m) in blocks (member i of the larger side goes to ⌊i·small/large⌋).
 */
export const memberPairCount = (n: number, m: number, mesh: boolean): number => (mesh ? n * m : Math.max(n, m));
