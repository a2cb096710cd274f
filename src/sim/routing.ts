import type { FlowKind } from '../domain';
import { IntList } from './intList';
import { sortParents, walkFlat, type FlatParents } from './parentOrder';
import { V_PORT, V_SWITCH, type Topology } from './topology';
import { isGateway, transitAllowed, UNREACHED } from './transit';

/**
 * Shortest-path routing over the expanded topology, in time linear in its size plus the flows'
 * path lengths (a state that splits storage flows by weight scans its parents for each flow).
 *
 * A reverse breadth-first search from the targets gives each state its hop distance and its
 * *parents*: the states one hop nearer the target that it can step to. A flow then walks from its
 * source port to a target through parents. Where there are several (equal-cost paths), the walk
 * takes them in turn: each state hands its parents out round-robin, with one counter per state
 * that runs on across flows, sources and searches. It advances only when the state actually
 * chooses — at a state with a single parent (a leaf walking down to the destination port) a flow
 * passes without touching it, or the flows that merely arrive at a leaf would shift where that
 * leaf's own servers' flows start. The VMs of a source walk one after another, so they take
 * consecutive turns (spread at most one apart), and so do all sources together: equal-cost links
 * carry equal numbers of flows, at most one apart. Parents are handed out in one canonical order
 * (by edge), however the search found them, so that holds across searches too (LAN, SAN and every
 * server-to-server search share a leaf's counter). That is ECMP's expected split made
 * deterministic: on a symmetric fabric every VM of a group gets the same figures, where hashing
 * would scatter them; an asymmetric one (a missing uplink) still shows.
 *
 * Storage is different: the arrays are not equal-cost alternatives when one serves 200 MB/s and
 * another 1,000. With target capacities (`searchAll`'s `targetGbps`), each state's way to the
 * targets is weighed — a target by its throughput, any other state by the sum over its parents of
 * min(parent's weight, capacity of the edge to it), no more than a switch's backplane (Gb/s) — and
 * a state whose parents weigh differently sends each flow to the parent that would give it the
 * largest share: weight ÷ (rate sent there so far + the flow's rate), the rate being the walk's
 * estimate of what the flow can push (the highest-averages rule, ties to the first; with equal
 * rates, weight ÷ (flows + 1)). So flows split in proportion to capacity, rounding toward the
 * larger, and an added array only takes flows it serves better than where they were. Where the
 * weights are equal the state keeps the plain round-robin, so symmetric results do not change.
 *
 * Gateways are not switches: traffic entering a gateway side from a cable must cross to the
 * other side (the protocol translation) and leave by a cable there. A search state is therefore
 * 2·vertex + flag, the flag set on a gateway side reached through the gateway's inside.
 *
 * Server-to-server flows go to one other server each. Searching the whole fabric once per server
 * would be quadratic, so `searchUntil` stops as soon as the source's ports are settled: for
 * servers on the same switch that is a few steps, for servers across a spine one pass over the
 * spine's neighbours.
 */

/**
 * One reusable search over a topology. `dist[s]` is the hop distance of state s to the nearest
 * target (UNREACHED if none); its parents are a linked list from `head[s]` in three parallel
 * pools (next entry, parent state, edge). Resetting touches only what the last search touched.
 */
export class Router {
  readonly dist: Int32Array;
  private readonly head: Int32Array;
  private readonly count: Int32Array;
  /**
   * Flows each state has handed out so far when choosing among two or more parents (round-robin);
   * never reset, so the split stays even across sources and searches.
   */
  private readonly turn: Uint32Array;
  /** Epoch in which a state's linked parent list was put in canonical order (`sortList`). */
  private readonly sortedAt: Int32Array;
  private readonly queue: Int32Array;
  private tail = 0;
  private readonly extra = new IntList(64);
  private readonly pNext = new IntList();
  private readonly pState = new IntList();
  private readonly pEdge = new IntList();
  /** States whose parent list may be incomplete (settled early); the walk scans them instead. */
  private readonly partial = new IntList(64);
  /**
   * Parents of each partial state (by its index in `partial`), scanned at its first walk of the
   * search: offset into scanState/scanEdge and count, −1 until scanned. Kept for every partial
   * state, not only the last, as a server's VMs take its ports in turn and so alternate between
   * the switches next to them (a server on two rails rescanned a leaf for every VM).
   */
  private readonly partialAt = new IntList(64);
  private readonly partialCount = new IntList(64);
  private readonly scanState = new IntList(64);
  private readonly scanEdge = new IntList(64);
  private readonly listState = new IntList(64);
  private readonly listEdge = new IntList(64);
  private readonly mark: Int32Array;
  private epoch = 0;
  /**
   * After `searchAll`: parents of state s are csrState/csrEdge[csrStart[s] .. csrStart[s + 1])
   * (edges directed once sorted), the next in turn at csrCursor[s]; `flat` is what walks read.
   */
  private flat: FlatParents | null = null;
  private csrStart = new Int32Array(0);
  private csrState = new Int32Array(0);
  private csrEdge = new Int32Array(0);
  private readonly csrCursor: Int32Array;
  /** Sort keys for long parent lists (parentOrder.ts), grown as needed. */
  private readonly scratch = { keys: new Int32Array(0) };
  /**
   * Weighted split (`searchAll` with target capacities): per state its weight toward the targets
   * (Gb/s) and whether its parents weigh differently; per CSR entry the parent's weight and the
   * rate handed to it in this search (Gb/s, each flow's estimate).
   */
  private weighted = false;
  private stateWeight = new Float64Array(0);
  private unequal = new Uint8Array(0);
  private csrWeight = new Float64Array(0);
  private csrLoad = new Float64Array(0);

  constructor(private readonly topo: Topology) {
    const n = topo.vertexCount * 2;
    this.dist = new Int32Array(n).fill(UNREACHED);
    this.head = new Int32Array(n).fill(-1);
    this.count = new Int32Array(n);
    this.turn = new Uint32Array(n);
    this.sortedAt = new Int32Array(n).fill(-1);
    this.queue = new Int32Array(n);
    this.mark = new Int32Array(topo.vertexCount);
    this.csrCursor = new Int32Array(n);
  }

  private reset(): void {
    const clear = (s: number): void => {
      this.dist[s] = UNREACHED;
      this.head[s] = -1;
      this.count[s] = 0;
    };
    for (let i = 0; i < this.tail; i++) clear(this.queue[i]!);
    for (let i = 0; i < this.extra.length; i++) clear(this.extra.data[i]!);
    this.tail = 0;
    this.extra.length = 0;
    this.partial.length = this.partialAt.length = this.partialCount.length = 0;
    this.scanState.length = this.scanEdge.length = 0;
    this.pNext.length = this.pState.length = this.pEdge.length = 0;
    this.flat = null;
    this.weighted = false;
    this.epoch++;
  }

  /**
   * The state reached from state `s` (at distance d) by its edge `e` to vertex `w`, or −1 when
   * the rules forbid it: ports and targets are not passed through, gateways alternate.
   */
  private step(kind: FlowKind, s: number, d: number, e: number, w: number): number {
    const { vKind, edgeLink } = this.topo;
    const x = s >> 1;
    const kx = vKind[x]!;
    if (d > 0 && (kx === V_PORT || !transitAllowed(kind, kx))) return -1;
    const inside = edgeLink[e]! < 0;
    if (d > 0 && isGateway(kx) && ((s & 1) === 1) === inside) return -1; // must alternate cable ↔ inside
    return 2 * w + (inside && isGateway(vKind[w]!) ? 1 : 0);
  }

  private addParent(s: number, parent: number, e: number): void {
    this.pNext.push(this.head[s]!);
    this.pState.push(parent);
    this.pEdge.push(e);
    this.head[s] = this.pNext.length - 1;
    this.count[s]!++;
  }

  private seed(targets: ArrayLike<number>): void {
    for (let i = 0; i < targets.length; i++) {
      const s = 2 * targets[i]!;
      if (this.dist[s] !== UNREACHED) continue;
      this.dist[s] = 0;
      this.queue[this.tail++] = s;
    }
  }

  /**
   * Full search from the targets: every state's distance and complete parent lists, laid out
   * flat (CSR) in canonical order afterwards so each step of the many walks that follow picks its
   * parent in O(1). With `targetGbps` (a capacity per target, Gb/s), states whose parents lead to
   * different capacity split their flows by weight instead (see the module comment).
   */
  searchAll(kind: FlowKind, targets: ArrayLike<number>, targetGbps?: ArrayLike<number>): void {
    this.searchUntil(kind, targets, []);
    const n = this.dist.length;
    const start = this.csrStart.length === n + 1 ? this.csrStart.fill(0) : (this.csrStart = new Int32Array(n + 1));
    for (let s = 0; s < n; s++) start[s + 1] = start[s]! + this.count[s]!;
    if (this.csrState.length < start[n]!) {
      this.csrState = new Int32Array(start[n]!);
      this.csrEdge = new Int32Array(start[n]!);
    }
    for (let s = 0; s < n; s++) {
      // Lists are newest-first: fill from the end to keep discovery order (mostly canonical already).
      let k = start[s + 1]!;
      for (let entry = this.head[s]!; entry >= 0; entry = this.pNext.data[entry]!) {
        this.csrState[--k] = this.pState.data[entry]!;
        this.csrEdge[k] = this.pEdge.data[entry]!;
      }
      if (this.count[s]! > 1) {
        sortParents(this.topo, s, this.csrState, this.csrEdge, k, start[s + 1]!, this.scratch);
        this.csrCursor[s] = k + (this.turn[s]! % this.count[s]!);
      }
      for (; k < start[s + 1]!; k++) this.csrEdge[k] = 2 * this.csrEdge[k]! + (this.topo.edgeU[this.csrEdge[k]!] === s >> 1 ? 0 : 1);
    }
    if (targetGbps) this.weigh(targets, targetGbps);
    const { dist, csrState: state, csrEdge: edge, csrCursor: cursor, turn, csrWeight: weight, csrLoad: load } = this;
    this.flat = { dist, start, state, edge, cursor, turn, unequal: this.weighted ? this.unequal : null, weight, load };
  }

  /**
   * Weights for a split by capacity: targets first, then every state in search order (its parents
   * come before it). Marks the states whose parents weigh differently.
   */
  private weigh(targets: ArrayLike<number>, targetGbps: ArrayLike<number>): void {
    const n = this.dist.length;
    const entries = this.csrStart[n]!;
    if (this.stateWeight.length < n) {
      this.stateWeight = new Float64Array(n);
      this.unequal = new Uint8Array(n);
    }
    if (this.csrWeight.length < entries) {
      this.csrWeight = new Float64Array(this.csrState.length);
      this.csrLoad = new Float64Array(this.csrState.length);
    }
    const { edgeCapacityGbps, vKind, vNode, nodeParts } = this.topo;
    const weight = this.stateWeight;
    for (let i = 0; i < targets.length; i++) weight[2 * targets[i]!] = targetGbps[i]!;
    let any = false;
    for (let h = 0; h < this.tail; h++) {
      const s = this.queue[h]!;
      this.unequal[s] = 0;
      if (this.dist[s] === 0) continue;
      let total = 0;
      let lo = Infinity;
      let hi = 0;
      for (let k = this.csrStart[s]!; k < this.csrStart[s + 1]!; k++) {
        const w = Math.min(weight[this.csrState[k]!]!, edgeCapacityGbps[this.csrEdge[k]! >> 1]!);
        this.csrWeight[k] = w;
        this.csrLoad[k] = 0;
        total += w;
        if (w < lo) lo = w;
        if (w > hi) hi = w;
      }
      const x = s >> 1;
      const part = vKind[x] === V_SWITCH ? nodeParts[vNode[x]!] : undefined;
      weight[s] = part?.kind === 'switch' && part.backplaneGbps !== undefined ? Math.min(total, part.backplaneGbps) : total;
      if (hi - lo > 1e-9 * hi) {
        this.unequal[s] = 1;
        any = true;
      }
    }
    this.weighted = any;
  }

  /** Puts the linked parent list of a state in canonical order, once per search. */
  private sortList(s: number): void {
    if (this.sortedAt[s] === this.epoch) return;
    this.sortedAt[s] = this.epoch;
    const n = this.count[s]!;
    const states = this.listState;
    const edges = this.listEdge;
    states.resize(n);
    edges.resize(n);
    let k = n;
    for (let entry = this.head[s]!; entry >= 0; entry = this.pNext.data[entry]!) {
      states.data[--k] = this.pState.data[entry]!;
      edges.data[k] = this.pEdge.data[entry]!;
    }
    sortParents(this.topo, s, states.data, edges.data, 0, n, this.scratch);
    k = 0;
    for (let entry = this.head[s]!; entry >= 0; entry = this.pNext.data[entry]!, k++) {
      this.pState.data[entry] = states.data[k]!;
      this.pEdge.data[entry] = edges.data[k]!;
    }
  }

  /**
   * Search from the targets until every port in `sources` is settled (or nothing is left to
   * search). A source port is settled the moment its neighbour is discovered, so the search
   * stops before expanding the (possibly huge) level that neighbour belongs to; the neighbour's
   * own parents are then found by scanning it (`partial`). With no sources it runs to the end.
   */
  searchUntil(kind: FlowKind, targets: ArrayLike<number>, sources: ArrayLike<number>): void {
    this.reset();
    const { adjStart, adjVertex, adjEdge } = this.topo;
    const epoch = this.epoch;
    let pending = 0;
    for (let i = 0; i < sources.length; i++) {
      const p = sources[i]!;
      for (let a = adjStart[p]!; a < adjStart[p + 1]!; a++) this.mark[adjVertex[a]!] = epoch;
      pending++;
    }
    const settle = (s: number): void => {
      // Does discovering s settle a source port next to it?
      if (pending === 0 || this.mark[s >> 1] !== epoch) return;
      const d = this.dist[s]!;
      for (let i = 0; i < sources.length; i++) {
        const p = sources[i]!;
        if (this.dist[2 * p] !== UNREACHED) continue;
        for (let a = adjStart[p]!; a < adjStart[p + 1]!; a++) {
          if (adjVertex[a] !== s >> 1 || this.step(kind, s, d, adjEdge[a]!, p) !== 2 * p) continue;
          this.dist[2 * p] = d + 1;
          this.extra.push(2 * p);
          this.addParent(2 * p, s, adjEdge[a]!);
          if (d > 0) {
            this.partial.push(s);
            this.partialAt.push(-1);
            this.partialCount.push(0);
          }
          pending--;
          break;
        }
      }
    };
    this.seed(targets);
    for (let i = 0; i < this.tail; i++) settle(this.queue[i]!);
    for (let h = 0; h < this.tail && (pending > 0 || sources.length === 0); h++) {
      const s = this.queue[h]!;
      const d = this.dist[s]!;
      const x = s >> 1;
      const kx = this.topo.vKind[x]!;
      if (d > 0 && (kx === V_PORT || !transitAllowed(kind, kx))) continue; // an end, not a way through
      for (let a = adjStart[x]!; a < adjStart[x + 1]!; a++) {
        const e = adjEdge[a]!;
        const next = this.step(kind, s, d, e, adjVertex[a]!);
        if (next < 0) continue;
        let dn = this.dist[next]!;
        if (dn === UNREACHED) {
          dn = this.dist[next] = d + 1;
          this.queue[this.tail++] = next;
          settle(next);
          if (pending === 0 && sources.length > 0) break;
        }
        if (dn === d + 1) this.addParent(next, s, e);
      }
    }
  }

  reachable(port: number): boolean {
    return this.dist[2 * port] !== UNREACHED;
  }

  /**
   * Walk from `port` to a target, appending directed edges (2·edge + 1 when traversed v→u) to
   * `out`; returns the vertex reached, or −1 if the port has no path. `rate` (Gb/s, > 0) is what
   * the flow could carry as far as its own server goes; only a split by weight uses it.
   */
  walk(kind: FlowKind, port: number, out: IntList, rate = 1): number {
    let s = 2 * port;
    if (this.dist[s] === UNREACHED) return -1;
    if (this.flat) return walkFlat(this.flat, s, out, rate);
    const { edgeU } = this.topo;
    while (this.dist[s]! > 0) {
      let parent: number;
      let p: number;
      let edge: number;
      if ((p = this.partialIndex(s)) >= 0) {
        // Every VM of a server walks through the same settled-early states: scan each once per search.
        if (this.partialAt.data[p]! < 0) {
          this.partialAt.data[p] = this.scanState.length;
          this.partialCount.data[p] = this.scanParents(kind, s);
        }
        const n = this.partialCount.data[p]!;
        const k = this.partialAt.data[p]! + (n > 1 ? this.turn[s]!++ % n : 0);
        parent = this.scanState.data[k]!;
        edge = this.scanEdge.data[k]!;
      } else {
        const n = this.count[s]!;
        let entry = this.head[s]!;
        if (n > 1) {
          this.sortList(s);
          for (let k = this.turn[s]!++ % n; k > 0; k--) entry = this.pNext.data[entry]!;
        }
        parent = this.pState.data[entry]!;
        edge = this.pEdge.data[entry]!;
      }
      out.push(2 * edge + (edgeU[edge] === s >> 1 ? 0 : 1));
      s = parent;
    }
    return s >> 1;
  }

  private partialIndex(s: number): number {
    for (let i = 0; i < this.partial.length; i++) if (this.partial.data[i] === s) return i;
    return -1;
  }

  /**
   * Parents of a state settled early: neighbour states one hop nearer that may step to it, in
   * canonical order (the adjacency is sorted by edge).
   */
  private scanParents(kind: FlowKind, s: number): number {
    const { adjStart, adjVertex, adjEdge } = this.topo;
    const x = s >> 1;
    const d = this.dist[s]!;
    const before = this.scanState.length;
    for (let a = adjStart[x]!; a < adjStart[x + 1]!; a++) {
      const y = adjVertex[a]!;
      for (let f = 0; f < 2; f++) {
        const t = 2 * y + f;
        if (this.dist[t] !== d - 1 || this.step(kind, t, d - 1, adjEdge[a]!, x) !== s) continue;
        this.scanState.push(t);
        this.scanEdge.push(adjEdge[a]!);
      }
    }
    return this.scanState.length - before;
  }
}

export { IntList };
