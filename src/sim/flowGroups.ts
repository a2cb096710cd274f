import type { Routes } from './routes';

/**
 * Flows that are interchangeable for every per-flow step of a mode's evaluation (docs/failures.md,
 * "Sweeps"): the same kind, the same adapter and port at each end, the same last vertex, the same
 * path edge for edge and the same nominal demand. Everything the flow problem, the mode's
 * transports, density's I/O charge and the latencies read of a flow is a function of these (the
 * VM only decides whether the flow runs, counted per group by the caller), so members of a group
 * get the same rate in the max-min allocation and the same latency. VMs of one server differ
 * mostly by their round-robin ECMP choice: at 64 VMs a server its flows fall into a few groups.
 */
export interface FlowGroups {
  /** One flow per group (its first member's VM, its fields and path), in order of first member. */
  routes: Routes;
  /** Per original flow, its group. */
  groupOf: Uint32Array;
  /** Per group, how many flows it stands for. */
  members: Uint32Array;
  /** Per group, its members' nominal demand together (members × the demand each), Gb/s. */
  totalDemand: Float64Array;
}

const EMPTY = -1;

/** Groups `routes`' flows in one pass: an open-addressing table keyed by a hash of the fields and path. */
export function groupFlows(routes: Routes): FlowGroups {
  const n = routes.flowCount;
  const { flowKind, flowSrcAdapter, flowSrcPort, flowDstAdapter, flowEnd, flowDemand, pathStart, pathEdges } = routes;
  const sameFlow = (a: number, b: number): boolean => {
    if (flowKind[a] !== flowKind[b] || flowSrcPort[a] !== flowSrcPort[b] || flowSrcAdapter[a] !== flowSrcAdapter[b]) return false;
    if (flowDstAdapter[a] !== flowDstAdapter[b] || flowEnd[a] !== flowEnd[b] || flowDemand[a] !== flowDemand[b]) return false;
    const sa = pathStart[a]!;
    const sb = pathStart[b]!;
    const len = pathStart[a + 1]! - sa;
    if (pathStart[b + 1]! - sb !== len) return false;
    for (let i = 0; i < len; i++) if (pathEdges[sa + i] !== pathEdges[sb + i]) return false;
    return true;
  };
  let size = 16;
  while (size < 2 * n) size *= 2;
  const mask = size - 1;
  const table = new Int32Array(size).fill(EMPTY);
  const groupOf = new Uint32Array(n);
  const first: number[] = [];
  for (let f = 0; f < n; f++) {
    // Demand is a function of the server group and kind, both fixed by the adapter and kind.
    let h = Math.imul(flowKind[f]! + 1, 0x9e3779b1) ^ flowSrcPort[f]!;
    h = Math.imul(h ^ (h >>> 15), 0x85ebca6b) ^ flowDstAdapter[f]!;
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) ^ flowEnd[f]!;
    for (let i = pathStart[f]!, end = pathStart[f + 1]!; i < end; i++) h = Math.imul(h ^ (h >>> 16), 0x27d4eb2f) ^ pathEdges[i]!;
    h ^= h >>> 16;
    let slot = h & mask;
    for (;;) {
      const g = table[slot]!;
      if (g === EMPTY) {
        table[slot] = first.length;
        groupOf[f] = first.length;
        first.push(f);
        break;
      }
      if (sameFlow(first[g]!, f)) {
        groupOf[f] = g;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  const G = first.length;
  const members = new Uint32Array(G);
  for (let f = 0; f < n; f++) members[groupOf[f]!]!++;
  const pick = <A extends Uint32Array | Int32Array | Uint8Array | Float64Array>(src: A, out: A): A => {
    for (let g = 0; g < G; g++) out[g] = src[first[g]!]!;
    return out;
  };
  const groupStart = new Uint32Array(G + 1);
  for (let g = 0; g < G; g++) groupStart[g + 1] = groupStart[g]! + (pathStart[first[g]! + 1]! - pathStart[first[g]!]!);
  const groupEdges = new Int32Array(groupStart[G]!);
  for (let g = 0; g < G; g++) groupEdges.set(pathEdges.subarray(pathStart[first[g]!]!, pathStart[first[g]! + 1]!), groupStart[g]!);
  return {
    routes: {
      ...routes,
      flowCount: G,
      flowVm: pick(routes.flowVm, new Uint32Array(G)),
      flowKind: pick(flowKind, new Uint8Array(G)),
      flowSrcPort: pick(flowSrcPort, new Int32Array(G)),
      flowSrcAdapter: pick(flowSrcAdapter, new Int32Array(G)),
      flowDstAdapter: pick(flowDstAdapter, new Int32Array(G)),
      flowEnd: pick(flowEnd, new Int32Array(G)),
      flowDemand: pick(flowDemand, new Float64Array(G)),
      pathStart: groupStart,
      pathEdges: groupEdges,
    },
    groupOf,
    members,
    totalDemand: Float64Array.from(members, (m, g) => m * flowDemand[first[g]!]!),
  };
}
