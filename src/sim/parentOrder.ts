// Parent choice at a routing state (routing.ts): the canonical order of its equal-cost parents, and
// the capacity-weighted pick among parents that lead to unequal capacity.
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
