import { radixSortByKey } from './heap';
import { clampToCapacity } from './loads';
import type { FlowProblem } from './problem';
import { withScratch, type SolverScratch } from './scratch';

/** bottleneck[f] when the flow was frozen by reaching its own demand. */
export const DEMAND_LIMITED = -1;
/**
 * bottleneck[f] when nothing limits the flow: infinite demand and no
 * finite-capacity constraint on its path. Such a flow gets rate 0 (there is no
 * meaningful finite answer); callers are expected never to build one.
 */
export const UNBOUNDED = -2;

export interface FlowSolution {
  /** Per flow. */
  rate: Float64Array;
  /** Per flow: the constraint that froze it, DEMAND_LIMITED, or UNBOUNDED. */
  bottleneck: Int32Array;
  /** Per constraint: sum of rates crossing it. */
  load: Float64Array;
  /**
   * Per constraint: load / capacity; 0 when capacity is Infinity. A
   * zero-capacity constraint reports 1 if it froze flows (it is "full"), else 0.
   */
  utilization: Float64Array;
  /** Per constraint: 1 when it froze flows. */
  saturated: Uint8Array;
  /** Number of events that froze flows (constraint saturations + per-flow limits reached). */
  rounds: number;
}

/** A shared constraint whose flows' limits sum to below capacity × this cannot saturate. */
const NEVER_SATURATES = 1 - 1e-9;

/**
 * Weighted max-min fair rates with demand caps, by progressive filling.
 *
 * All unfrozen flows run at rate = weight × t for one global fill level t that
 * rises from 0. A finite constraint c saturates at
 *   t_c = (capacity_c − frozenLoad_c) / W_c   (W_c = weight of unfrozen flows on c);
 * a flow reaches its demand at t_f = demand_f / weight_f. The earliest event
 * freezes flows, then filling goes on. No scan over all constraints per round:
 *
 * - Per-flow events. A finite constraint crossed by a single flow (typically a
 *   per-VM QoS cap) behaves exactly like a demand: it saturates at cap/w unless
 *   the flow froze earlier. So each flow gets one static event at
 *   min(demand, private caps) / w; these are radix-sorted once and consumed
 *   with a cursor. This removes most constraints from the heap.
 * - Shared constraints (finite, ≥ 2 flows) live in a binary heap. Freezing a
 *   flow at rate ≤ w·t_c can only *raise* t_c of each shared constraint it
 *   crosses (remaining capacity drops by ≤ w·t_c while W_c drops by w). So each
 *   constraint keeps a single entry whose key is a lower bound plus a dirty bit
 *   (instead of version stamps and one push per change); a dirty entry reaching
 *   the top is re-keyed in place. A clean top is exact and ≤ all other true
 *   keys, hence the next event. Heap size ≤ shared constraints; a freeze costs
 *   O(1) per incidence.
 *
 * - No filling when nothing shared can saturate. A shared constraint whose flows' own limits sum
 *   to below its capacity (by a 1e-9 margin, far above rounding) never fires: a flow event always
 *   comes first. When no shared constraint can fire (a design within its capacities: the bench's
 *   generated designs, most n−1 targets), every flow runs at its own limit, so the answer is the
 *   first pass itself: one walk over the incidences counts flows per constraint and sums the
 *   demands, in flow order as the load pass sums rates, and those sums are the loads. No sort,
 *   heap, event loop or load pass: 990 flows (6,000 incidences) 0.22 → 0.05 ms and 3,000 flows
 *   0.52 → 0.14 ms in `npm run bench` (medians, load 11–16; 0.236 and 0.72 ms when issue 24 was
 *   filed), bit-identical to filling (maxmin.test.ts).
 *
 * Ties at equal t: per-flow events first (so such flows report their demand or
 * private cap), then lower constraint index; among flows, lower index.
 *
 * Floating point: W_c is maintained by subtraction, so it uses a
 * Neumaier-compensated sum (no drift when a few light flows remain on a heavily
 * shared constraint). Keys are clamped to ≥ t so rounding never makes time run
 * backwards. A frozen rate is min(w·t, the flow's own limit), so rate ≤ demand
 * holds exactly. Finally loads are recomputed from the rates; a constraint over
 * capacity by more than 1e-12 relative (never seen in practice; the arithmetic
 * error is ~1e-15) scales its flows by capacity/load, each flow taking the
 * smallest factor on its path. Net guarantee: load ≤ capacity × (1 + 1e-12) + ulps.
 *
 * Deterministic: fixed iteration orders and index tie-breaks, so the same input
 * gives bit-identical output.
 *
 * `onRounds`, if given, is called every 16,384 events with the count so far: progress for a
 * caller that must tell a long solve from a hang.
 */
export function solveMaxMin(p: FlowProblem, onRounds?: (rounds: number) => void): FlowSolution {
  return withScratch((scratch) => solveWith(p, scratch, onRounds));
}

function solveWith(p: FlowProblem, scratch: SolverScratch, onRounds?: (rounds: number) => void): FlowSolution {
  const F = p.flowCount;
  const C = p.constraintCount;
  const { capacity, demand, weight, flowStart, flowConstraints } = p;

  // What the solve returns: fresh arrays. Its working state: borrowed from the scratch.
  // Until a flow freezes, rate[f] and bottleneck[f] hold its own limit (its demand or tightest
  // private cap) and what that limit is: no separate arrays to fill, and when no shared constraint
  // can saturate they are already the answer.
  const rate = new Float64Array(F);
  const bottleneck = new Int32Array(F);
  const load = new Float64Array(C);
  const saturated = new Uint8Array(C);

  // One pass: flows per constraint (one flow makes a constraint private: it acts like a demand),
  // and per constraint the sum of its flows' own limits, optimistically their demands. When every
  // flow runs at its own limit that sum is the load (added in flow order, as the load pass adds
  // rates), and a shared constraint whose sum stays below capacity can never saturate.
  const count = scratch.take('count', Uint32Array, C, true);
  let nEvents = 0;
  for (let f = 0; f < F; f++) {
    const d = demand[f]!;
    if (d / weight[f]! < Infinity) nEvents++;
    for (let i = flowStart[f]!, e = flowStart[f + 1]!; i < e; i++) {
      const c = flowConstraints[i]!;
      count[c]!++;
      load[c]! += d;
    }
  }
  // The sums are exact where they can decide anything: at a shared finite constraint (a flow
  // with no event adds its limit too: Infinity, or finite over a tiny weight, as its share) and,
  // when every flow has an event and the demands are the limits, everywhere (then the loads).
  let privateCaps = false;
  for (let c = 0; c < C && !privateCaps; c++) privateCaps = count[c]! === 1 && capacity[c]! < Infinity;
  if (privateCaps) {
    nEvents = ownLimits(p, count, rate, bottleneck, load);
  } else {
    rate.set(demand);
    bottleneck.fill(DEMAND_LIMITED);
  }

  // A shared constraint whose flows' own limits sum to less than its capacity never saturates:
  // its key (remaining capacity over unfrozen weight) stays above the earliest limit among its
  // unfrozen flows, so a flow event always comes first. It is left out of the heap and of the
  // freezes. The margin is far above rounding (~1e-15), so what it leaves out never fired.
  const active = scratch.take('active', Int32Array, C, false);
  let live = 0;
  for (let c = 0; c < C; c++) {
    const n = count[c]!;
    const cap = capacity[c]!;
    if (n > 1 && cap < Infinity && !(load[c]! < cap * NEVER_SATURATES)) {
      active[c] = n;
      live++;
    } else {
      active[c] = 0;
    }
  }

  if (live === 0 && nEvents === F) {
    // Nothing shared can saturate: every flow freezes at its own limit, in whatever order, so the
    // events need no sort and no loop, and `load` already holds the loads (none over capacity).
    for (let f = 0; f < F; f++) {
      const by = bottleneck[f]!;
      if (by >= 0) saturated[by] = 1;
    }
    return finish(p, rate, bottleneck, load, saturated, nEvents);
  }
  return fill(p, scratch, { rate, bottleneck, load, saturated, count, active, nEvents, onRounds });
}

/**
 * Each flow's own limit (demand or tightest private cap) into rate, what it is into bottleneck;
 * `load` redone as the sums of those limits when a private cap is below a demand. Returns how
 * many flows have an event of their own (a finite limit ÷ weight).
 */
function ownLimits(p: FlowProblem, count: Uint32Array, rate: Float64Array, bottleneck: Int32Array, load: Float64Array): number {
  const { flowCount: F, capacity, demand, weight, flowStart, flowConstraints } = p;
  let nEvents = 0;
  let asDemanded = true;
  for (let f = 0; f < F; f++) {
    let lim = demand[f]!;
    let by = DEMAND_LIMITED;
    for (let i = flowStart[f]!, e = flowStart[f + 1]!; i < e; i++) {
      const c = flowConstraints[i]!;
      const cap = capacity[c]!;
      // Private constraint. Ties: demand wins, then the lower index.
      if (count[c]! === 1 && cap < Infinity && (cap < lim || (cap === lim && by >= 0 && c < by))) {
        lim = cap;
        by = c;
      }
    }
    rate[f] = lim;
    bottleneck[f] = by;
    if (lim / weight[f]! < Infinity) nEvents++;
    if (by >= 0) asDemanded = false;
  }
  if (asDemanded) return nEvents;
  load.fill(0);
  for (let f = 0; f < F; f++) {
    const lim = rate[f]!;
    for (let i = flowStart[f]!, e = flowStart[f + 1]!; i < e; i++) load[flowConstraints[i]!]! += lim;
  }
  return nEvents;
}

interface FillState {
  rate: Float64Array;
  bottleneck: Int32Array;
  load: Float64Array;
  saturated: Uint8Array;
  count: Uint32Array;
  active: Int32Array;
  nEvents: number;
  onRounds: ((rounds: number) => void) | undefined;
}

/** Progressive filling proper, when some shared constraint may saturate. */
function fill(p: FlowProblem, scratch: SolverScratch, st: FillState): FlowSolution {
  const F = p.flowCount;
  const C = p.constraintCount;
  const { capacity, weight, flowStart, flowConstraints } = p;
  const { rate, bottleneck, saturated, count, active, nEvents, onRounds } = st;
  const nnz = flowStart[F] ?? 0;
  // A flow's own limit and what it is, until it freezes (see solveWith).
  const limit = rate;
  const limitBy = bottleneck;
  const frozen = scratch.take('frozen', Uint8Array, F, true);

  // Per shared constraint that can saturate: its unfrozen weight (Neumaier value + compensation),
  // load of frozen flows, and "heap key may be stale". Per flow: those constraints (shorter inner
  // loops for freezes).
  const wsum = scratch.take('wsum', Float64Array, C, true);
  const wcomp = scratch.take('wcomp', Float64Array, C, true);
  const frozenLoad = scratch.take('frozenLoad', Float64Array, C, true);
  const dirty = scratch.take('dirty', Uint8Array, C, true);
  const sharedStart = scratch.take('sharedStart', Uint32Array, F + 1, false);
  const shared = scratch.take('shared', Uint32Array, nnz, false);
  sharedStart[0] = 0;
  for (let f = 0, ns = 0; f < F; f++) {
    const w = weight[f]!;
    for (let i = flowStart[f]!, e = flowStart[f + 1]!; i < e; i++) {
      const c = flowConstraints[i]!;
      if (active[c]! === 0) continue;
      shared[ns++] = c;
      wsum[c]! += w; // positive terms only: plain summation is accurate here
    }
    sharedStart[f + 1] = ns;
  }

  // Per-flow events, sorted by key; stable sort of ascending ids = ties by index.
  const evKey = scratch.take('evKey', Float64Array, nEvents, false);
  const evFlow = scratch.take('evFlow', Uint32Array, nEvents, false);
  for (let f = 0, n = 0; f < F; f++) {
    const k = limit[f]! / weight[f]!; // overflow to Infinity: treated as no limit
    if (k < Infinity) {
      evKey[n] = k;
      evFlow[n++] = f;
    }
  }
  const order = radixSortByKey(evKey, evFlow, scratch);

  // The reverse index (constraint → flows, ascending flow index) only when a shared constraint
  // first saturates: a problem whose flows all stop at their own limits never needs it.
  const conStart = scratch.take('conStart', Uint32Array, C + 1, false);
  let conFlows: Uint32Array | null = null;

  const heap = scratch.heap(C);
  for (let c = 0; c < C; c++) {
    if (active[c]! === 0) continue;
    const k = capacity[c]! / wsum[c]!;
    if (k < Infinity) heap.append(k, c);
  }
  heap.heapify();

  let t = 0;
  let rounds = 0;
  let next = 0; // cursor into order

  const freeze = (f: number, r: number, by: number): void => {
    frozen[f] = 1;
    rate[f] = r;
    bottleneck[f] = by;
    const w = -weight[f]!;
    for (let i = sharedStart[f]!, e = sharedStart[f + 1]!; i < e; i++) {
      const c = shared[i]!;
      frozenLoad[c]! += r;
      dirty[c] = 1;
      if (--active[c]! === 0) {
        wsum[c] = 0; // exact: no flows left, whatever rounding accumulated
        wcomp[c] = 0;
        continue;
      }
      // Neumaier step: wsum += w, rounding error collected in wcomp.
      const s = wsum[c]!;
      const u = s + w;
      wcomp[c]! += Math.abs(s) >= -w ? s - u + w : w - u + s;
      wsum[c] = u;
    }
  };

  for (;;) {
    while (next < order.length && frozen[order[next]!]! === 1) next++;
    const fNext = next < order.length ? order[next]! : -1;
    const tf = fNext >= 0 ? limit[fNext]! / weight[fNext]! : Infinity;
    // Settle the heap top (drop finished constraints, re-key stale ones) only while it could come
    // before the next flow event: a key is a lower bound of the constraint's true one, so a top
    // key ≥ tf means the flow event is next (ties go to flows) without re-keying anything. When
    // flows mostly stop at their own limits, most rounds touch the heap not at all.
    let tc = Infinity;
    while (heap.size > 0 && heap.topKey() < tf) {
      const c = heap.topId();
      if (active[c]! === 0) {
        heap.pop();
      } else if (dirty[c]! === 1) {
        dirty[c] = 0;
        const rem = capacity[c]! - frozenLoad[c]!;
        const W = wsum[c]! + wcomp[c]!;
        let k = rem > 0 && W > 0 ? rem / W : t;
        if (k < t) k = t;
        if (k < Infinity) heap.replaceTop(k, c);
        else heap.pop();
      } else {
        tc = heap.topKey();
        break;
      }
    }
    if (tf === Infinity && tc === Infinity) break;

    rounds++;
    // A long solve says it is alive every 16,384 events (whoever waits can tell it from a hang).
    if (onRounds !== undefined && (rounds & 16383) === 0) onRounds(rounds);
    if (tf <= tc) {
      next++;
      if (tf > t) t = tf;
      const by = limitBy[fNext]!;
      if (by >= 0) saturated[by] = 1;
      freeze(fNext, limit[fNext]!, by);
    } else {
      const c = heap.pop();
      if (tc > t) t = tc;
      saturated[c] = 1;
      conFlows ??= flowsByConstraint(scratch, F, C, count, conStart, sharedStart, shared);
      for (let j = conStart[c]!, e = conStart[c + 1]!; j < e; j++) {
        const f = conFlows[j]!;
        if (frozen[f]! === 1) continue;
        const r = weight[f]! * t;
        const lim = limit[f]!;
        freeze(f, r < lim ? r : lim, c);
      }
    }
  }
  // Flows never frozen cross only Infinity constraints with infinite demand (their limit was
  // never an event): rate 0, bottleneck UNBOUNDED.
  for (let f = 0; f < F; f++) {
    if (frozen[f]! === 0) {
      rate[f] = 0;
      bottleneck[f] = UNBOUNDED;
    }
  }
  clampToCapacity(p, rate, st.load);
  return finish(p, rate, bottleneck, st.load, saturated, rounds);
}

function finish(p: FlowProblem, rate: Float64Array, bottleneck: Int32Array, load: Float64Array, saturated: Uint8Array, rounds: number): FlowSolution {
  const { constraintCount: C, capacity } = p;
  const utilization = new Float64Array(C);
  for (let c = 0; c < C; c++) {
    const cap = capacity[c]!;
    if (cap === Infinity) continue;
    utilization[c] = cap > 0 ? load[c]! / cap : saturated[c]!;
  }
  return { rate, bottleneck, load, utilization, saturated, rounds };
}

/**
 * The reverse index of the constraints that can fire (constraint → its flows, ascending flow
 * index; conStart filled from the counts), from the flows' shared lists: every incidence of such a
 * constraint is in them (it is kept or left out as a whole), so its range in conStart fills
 * completely. A function of its own, not a closure in the solve: captured variables would be
 * context slots in the solve's hot loops.
 */
function flowsByConstraint(scratch: SolverScratch, F: number, C: number, count: Uint32Array, conStart: Uint32Array, sharedStart: Uint32Array, shared: Uint32Array): Uint32Array {
  conStart[0] = 0;
  for (let c = 0; c < C; c++) conStart[c + 1] = conStart[c]! + count[c]!;
  const out = scratch.take('conFlows', Uint32Array, conStart[C]!, false);
  const cursor = scratch.take('conCursor', Uint32Array, C, false);
  cursor.set(conStart.subarray(0, C));
  for (let f = 0; f < F; f++) {
    for (let i = sharedStart[f]!, e = sharedStart[f + 1]!; i < e; i++) out[cursor[shared[i]!]!++] = f;
  }
  return out;
}
