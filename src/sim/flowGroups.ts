import { FRESH, type Buffers } from './buffers';
import { KIND_IPC, type Routes } from './routes';

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
  /** Server-to-server groups come first: this many (a sweep needs latencies of those only). */
  ipcGroups: number;
  /** Per original flow, its group. */
  groupOf: Uint32Array;
  /** Per group, how many flows it stands for. */
  members: Uint32Array;
  /** Per group, its members' nominal demand together (members × the demand each), Gb/s. */
  totalDemand: Float64Array;
}

const EMPTY = -1;

/**
 * Groups `routes`' flows in one pass: an open-addressing table keyed by a hash of the fields and
 * path. `buffers`: where the working arrays and the groups' own come from (names prefixed `group.`).
 */
export function groupFlows(routes: Routes, buffers: Buffers = FRESH): FlowGroups {
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
  const table = buffers.take('group.table', Int32Array, size, false).fill(EMPTY);
  const groupOf = buffers.take('group.of', Uint32Array, n, false);
  // Each group's first flow, in order of appearance; at most one group a flow.
  const appearing = buffers.take('group.appearing', Uint32Array, n, false);
  let G = 0;
  for (let f = 0; f < n; f++) {
    // Adapter and demand are compared, not hashed: they follow from the port and the kind.
    let h = Math.imul(flowKind[f]! + 1, 0x9e3779b1) ^ flowSrcPort[f]!;
    h = Math.imul(h ^ (h >>> 15), 0x85ebca6b) ^ flowDstAdapter[f]!;
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) ^ flowEnd[f]!;
    // Of the path, its length and its middle and last edges (where equal-cost paths part and
    // meet): cheaper than every edge, and paths alike there are told apart by the comparison.
    const start = pathStart[f]!;
    const len = pathStart[f + 1]! - start;
    h = Math.imul(h ^ (h >>> 16), 0x27d4eb2f) ^ len;
    if (len > 0) {
      h = Math.imul(h ^ (h >>> 16), 0x27d4eb2f) ^ pathEdges[start + (len >> 1)]!;
      h = Math.imul(h ^ (h >>> 16), 0x27d4eb2f) ^ pathEdges[start + len - 1]!;
    }
    // Final avalanche (MurmurHash3's), so that the last edge reaches the masked low bits mixed.
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    h ^= h >>> 16;
    let slot = h & mask;
    for (;;) {
      const g = table[slot]!;
      if (g === EMPTY) {
        table[slot] = G;
        groupOf[f] = G;
        appearing[G++] = f;
        break;
      }
      if (sameFlow(appearing[g]!, f)) {
        groupOf[f] = g;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  // Renumbered: server-to-server groups first, each part in order of appearance.
  let ipcGroups = 0;
  for (let g = 0; g < G; g++) if (flowKind[appearing[g]!] === KIND_IPC) ipcGroups++;
  const renumber = buffers.take('group.renumber', Uint32Array, G, false);
  const first = buffers.take('group.first', Uint32Array, G, false);
  for (let g = 0, ipc = 0, other = ipcGroups; g < G; g++) {
    renumber[g] = flowKind[appearing[g]!] === KIND_IPC ? ipc++ : other++;
    first[renumber[g]!] = appearing[g]!;
  }
  for (let f = 0; f < n; f++) groupOf[f] = renumber[groupOf[f]!]!;
  const members = buffers.take('group.members', Uint32Array, G, true);
  for (let f = 0; f < n; f++) members[groupOf[f]!]!++;
  const pick = <A extends Uint32Array | Int32Array | Uint8Array | Float64Array>(src: A, out: A): A => {
    for (let g = 0; g < G; g++) out[g] = src[first[g]!]!;
    return out;
  };
  const groupStart = buffers.take('group.pathStart', Uint32Array, G + 1, false);
  groupStart[0] = 0;
  for (let g = 0; g < G; g++) groupStart[g + 1] = groupStart[g]! + (pathStart[first[g]! + 1]! - pathStart[first[g]!]!);
  const groupEdges = buffers.take('group.pathEdges', Int32Array, groupStart[G]!, false);
  for (let g = 0; g < G; g++) groupEdges.set(pathEdges.subarray(pathStart[first[g]!]!, pathStart[first[g]! + 1]!), groupStart[g]!);
  const totalDemand = buffers.take('group.totalDemand', Float64Array, G, false);
  for (let g = 0; g < G; g++) totalDemand[g] = members[g]! * flowDemand[first[g]!]!;
  return {
    routes: {
      ...routes,
      flowCount: G,
      flowVm: pick(routes.flowVm, buffers.take('group.flowVm', Uint32Array, G, false)),
      flowKind: pick(flowKind, buffers.take('group.flowKind', Uint8Array, G, false)),
      flowSrcPort: pick(flowSrcPort, buffers.take('group.flowSrcPort', Int32Array, G, false)),
      flowSrcAdapter: pick(flowSrcAdapter, buffers.take('group.flowSrcAdapter', Int32Array, G, false)),
      flowDstAdapter: pick(flowDstAdapter, buffers.take('group.flowDstAdapter', Int32Array, G, false)),
      flowEnd: pick(flowEnd, buffers.take('group.flowEnd', Int32Array, G, false)),
      flowDemand: pick(flowDemand, buffers.take('group.flowDemand', Float64Array, G, false)),
      pathStart: groupStart,
      pathEdges: groupEdges,
    },
    ipcGroups,
    groupOf,
    members,
    totalDemand,
  };
}
