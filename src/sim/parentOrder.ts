// Parent choice at a routing state (routing.ts): the canonical order of its equal-cost parents, and
// the capacity-weighted pick among parents that lead to unequal capacity.
import type { IntList } from './intList';
import type { Topology } from './topology';

/**
 * Puts the parents states/edges[a, b) of state s in canonical order: by edge, then gateway flag
 * (the order a scan of the adjacency, edge-sorted, finds them in). Discovery order mostly is
 * that already, so insertion sort is near linear; long lists sort their keys.
 */
export function sortParents(topo: Topology, s: number, states: Int32Array, edges: Int32Array, a: number, b: number, scratch: { keys: Int32Array }): void {
  if (b - a <= 16) {
    for (let i = a + 1; i < b; i++) {
      const st = states[i]!;
      const ed = edges[i]!;
      const key = 2 * ed + (st & 1);
      let j = i - 1;
      for (; j >= a && 2 * edges[j]! + (states[j]! & 1) > key; j--) {
        states[j + 1] = states[j]!;
        edges[j + 1] = edges[j]!;
      }
      states[j + 1] = st;
      edges[j + 1] = ed;
    }
    return;
  }
  if (scratch.keys.length < b - a) scratch.keys = new Int32Array(Math.max(b - a, 2 * scratch.keys.length));
  const keys = scratch.keys.subarray(0, b - a);
  for (let i = a; i < b; i++) keys[i - a] = 2 * edges[i]! + (states[i]! & 1);
  keys.sort();
  const { edgeU, edgeV } = topo;
  const x = s >> 1;
  for (let i = a; i < b; i++) {
    const e = keys[i - a]! >> 1;
    edges[i] = e;
    states[i] = 2 * (edgeU[e] === x ? edgeV[e]! : edgeU[e]!) + (keys[i - a]! & 1);
  }
}

/**
 * Highest averages, by rate: the parent whose weight ÷ (rate handed to it + this flow's rate) is
 * largest, first on ties. With equal rates, weight ÷ (flows + 1).
 */
export function pickWeighted(w: Float64Array, load: Float64Array, first: number, end: number, rate: number): number {
  let best = first;
  for (let k = first + 1; k < end; k++) if (w[k]! * (load[best]! + rate) > w[best]! * (load[k]! + rate)) best = k;
  load[best]! += rate;
  return best;
}

/**
 * A full search's parents as its walks read them (routing.ts, `searchAll`): state s has parents
 * state/edge[start[s], start[s + 1]) (edges directed: 2·edge + 1 when crossed v→u), the next in
 * turn at cursor[s] and the turns it has handed out; with `unequal`, the states that split by
 * weight (weight and load per parent, `pickWeighted`).
 */
export interface FlatParents {
  dist: Int32Array;
  start: Int32Array;
  state: Int32Array;
  edge: Int32Array;
  cursor: Int32Array;
  turn: Uint32Array;
  unequal: Uint8Array | null;
  weight: Float64Array;
  load: Float64Array;
}

/**
 * Walk from state s to a target, appending its directed edges to `out`; returns the target
 * vertex. A path is dist[s] edges (each step is one hop nearer): a counted loop, and one capacity
 * check serves it. The cursor stands at first + turn mod parents, as the round-robin takes them:
 * kept in step with the turn, no hop divides.
 */
export function walkFlat(p: FlatParents, s: number, out: IntList, rate: number): number {
  const { dist, start, state, edge, cursor, turn, unequal } = p;
  const hops = dist[s]!;
  out.reserve(hops);
  const data = out.data;
  let n = out.length;
  for (let h = 0; h < hops; h++) {
    const first = start[s]!;
    const end = start[s + 1]!;
    let k = first;
    if (end - first > 1) {
      if (unequal !== null && unequal[s] === 1) k = pickWeighted(p.weight, p.load, first, end, rate);
      else {
        k = cursor[s]!;
        cursor[s] = k + 1 === end ? first : k + 1;
        turn[s]!++;
      }
    }
    data[n++] = edge[k]!;
    s = state[k]!;
  }
  out.length = n;
  return s >> 1;
}
