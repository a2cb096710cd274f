import { radixSortByKey } from './heap';
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

/** Overshoot of load over capacity below this (relative) is left as rounding noise. */
const OVERSHOOT_SLACK = 1e-12;

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
  const nnz = flowStart[F] ?? 0;

  // What the solve returns: fresh arrays. Its working state: borrowed from the scratch.
  const rate = new Float64Array(F);
  const bottleneck = new Int32Array(F).fill(UNBOUNDED);
  const saturated = new Uint8Array(C);
  const frozen = scratch.take('frozen', Uint8Array, F, true);

  // Constraint → flow counts now (they tell private constraints from shared ones); the reverse
  // CSR itself (constraint → flows, ascending flow index) only when a shared constraint first
  // saturates (a problem whose flows all stop at their own limits never needs it), and only for
  // the constraints that can.
  const conStart = scratch.take('conStart', Uint32Array, C + 1, true);
  for (let i = 0; i < nnz; i++) conStart[flowConstraints[i]! + 1]!++;
  for (let c = 0; c < C; c++) conStart[c + 1]! += conStart[c]!;
  let conFlows: Uint32Array | null = null;

  // Per shared constraint: unfrozen flow count, their weight (Neumaier value +
  // compensation), load of frozen flows, and "heap key may be stale".
  const active = scratch.take('active', Int32Array, C, true);
  const wsum = scratch.take('wsum', Float64Array, C, true);
  const wcomp = scratch.take('wcomp', Float64Array, C, true);
  const frozenLoad = scratch.take('frozenLoad', Float64Array, C, true);
  const dirty = scratch.take('dirty', Uint8Array, C, true);

  // Per flow: own limit (demand or tightest private cap) and what it is, and
  // the flow's shared constraints that can saturate (shorter inner loops for freezes).
  const limit = scratch.take('limit', Float64Array, F, false);
  const limitBy = scratch.take('limitBy', Int32Array, F, false);
  const sharedStart = scratch.take('sharedStart', Uint32Array, F + 1, false);
  const shared = scratch.take('shared', Uint32Array, nnz, false);
  // Per shared constraint: the sum of its flows' own limits.
  const limitSum = scratch.take('limitSum', Float64Array, C, true);
  sharedStart[0] = 0;
  let ns = 0;
  let nEvents = 0;
  for (let f = 0; f < F; f++) {
    const w = weight[f]!;
    let lim = demand[f]!;
    let by = DEMAND_LIMITED;
    const first = ns;
    for (let i = flowStart[f]!, e = flowStart[f + 1]!; i < e; i++) {
      const c = flowConstraints[i]!;
      const cap = capacity[c]!;
      if (cap === Infinity) continue;
      if (conStart[c + 1]! - conStart[c]! === 1) {
        // Private constraint. Ties: demand wins, then the lower index.
        if (cap < lim || (cap === lim && by >= 0 && c < by)) {
          lim = cap;
          by = c;
        }
      } else {
        shared[ns++] = c;
        active[c]!++;
        wsum[c]! += w; // positive terms only: plain summation is accurate here
      }
    }
    for (let i = first; i < ns; i++) limitSum[shared[i]!]! += lim;
    limit[f] = lim;
    limitBy[f] = by;
    sharedStart[f + 1] = ns;
    if (lim / w < Infinity) nEvents++;
  }
  // A shared constraint whose flows' own limits sum to less than its capacity never saturates:
  // its key (remaining capacity over unfrozen weight) stays above the earliest limit among its
  // unfrozen flows, so a flow event always comes first. It is left out of the heap and of the
  // freezes. The margin is far above rounding (~1e-15), so what it leaves out never fired.
  let idle = 0;
  for (let c = 0; c < C; c++) {
    if (active[c]! > 0 && limitSum[c]! < capacity[c]! * NEVER_SATURATES) {
      active[c] = 0;
      wsum[c] = 0;
      idle++;
    }
  }
  // Their incidences leave the flows' lists, compacted in place (kept ≤ i; each row's old end
  // read before it is overwritten). The kept constraints' weight sums are untouched.
  for (let f = 0, from = 0, kept = 0; idle > 0 && f < F; f++) {
    const to = sharedStart[f + 1]!;
    for (let i = from; i < to; i++) {
      const c = shared[i]!;
      if (active[c]! > 0) shared[kept++] = c;
    }
    from = to;
    sharedStart[f + 1] = kept;
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
      conFlows ??= flowsByConstraint(scratch, F, C, conStart, sharedStart, shared);
      for (let j = conStart[c]!, e = conStart[c + 1]!; j < e; j++) {
        const f = conFlows[j]!;
        if (frozen[f]! === 1) continue;
        const r = weight[f]! * t;
        const lim = limit[f]!;
        freeze(f, r < lim ? r : lim, c);
      }
    }
  }
  // Flows never frozen cross only Infinity constraints with infinite demand:
  // they keep rate 0 and bottleneck UNBOUNDED from initialization.

  const load = clampToCapacity(p, rate);
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
 * index), from the flows' shared lists: every incidence of such a constraint is in them (it is
 * kept or left out as a whole), so its range in conStart fills completely. A function of its own,
 * not a closure in the solve: captured variables would be context slots in the solve's hot loops.
 */
function flowsByConstraint(scratch: SolverScratch, F: number, C: number, conStart: Uint32Array, sharedStart: Uint32Array, shared: Uint32Array): Uint32Array {
  const out = scratch.take('conFlows', Uint32Array, conStart[C]!, false);
  const cursor = scratch.take('conCursor', Uint32Array, C, false);
  cursor.set(conStart.subarray(0, C));
  for (let f = 0; f < F; f++) {
    for (let i = sharedStart[f]!, e = sharedStart[f + 1]!; i < e; i++) out[cursor[shared[i]!]!++] = f;
  }
  return out;
}

/** Fills `load` from the rates; true when some constraint is over capacity beyond the slack. */
function computeLoad(p: FlowProblem, rate: Float64Array, load: Float64Array): boolean {
  const { flowCount: F, constraintCount: C, capacity, flowStart, flowConstraints } = p;
  load.fill(0);
  for (let f = 0; f < F; f++) {
    const r = rate[f]!;
    if (r === 0) continue;
    for (let i = flowStart[f]!, e = flowStart[f + 1]!; i < e; i++) load[flowConstraints[i]!]! += r;
  }
  for (let c = 0; c < C; c++) if (load[c]! > capacity[c]! * (1 + OVERSHOOT_SLACK)) return true;
  return false;
}

/**
 * Recomputes loads and, if rounding ever pushed a constraint past its
 * capacity (beyond OVERSHOOT_SLACK), scales each flow by the smallest
 * capacity/load factor on its path. Two passes absorb the rounding of the
 * scaling itself. Normally this is just the load computation.
 */
function clampToCapacity(p: FlowProblem, rate: Float64Array): Float64Array {
  const { flowCount: F, constraintCount: C, capacity, flowStart, flowConstraints } = p;
  const load = new Float64Array(C);
  let over = computeLoad(p, rate, load);
  for (let pass = 0; over && pass < 2; pass++) {
    const factor = new Float64Array(C);
    for (let c = 0; c < C; c++) {
      const l = load[c]!;
      const cap = capacity[c]!;
      factor[c] = l > cap ? cap / l : 1;
    }
    for (let f = 0; f < F; f++) {
      let m = 1;
      for (let i = flowStart[f]!, e = flowStart[f + 1]!; i < e; i++) {
        const k = factor[flowConstraints[i]!]!;
        if (k < m) m = k;
      }
      if (m < 1) rate[f] = rate[f]! * m;
    }
    over = computeLoad(p, rate, load);
  }
  return load;
}
