/**
 * The bandwidth-sharing problem handed to the solver, in a flat, typed-array
 * form so that solving 100k flows does not allocate per flow.
 *
 * A flow crosses a set of constraints (resources with a capacity: a link, a
 * port, a bus, a QoS cap...). Incidences are stored CSR-style: the constraints
 * of flow f are `flowConstraints[flowStart[f] .. flowStart[f + 1])`.
 *
 * Invariants (guaranteed by FlowProblemBuilder, trusted by the solver):
 * - capacity[c] >= 0, possibly Infinity (an Infinity constraint never saturates);
 * - demand[f] >= 0, possibly Infinity (saturation mode: take whatever the network gives);
 * - weight[f] is finite and > 0;
 * - a flow lists each constraint at most once (a flow crossing the same
 *   resource twice is counted once; see addFlow).
 */
export interface FlowProblem {
  flowCount: number;
  constraintCount: number;
  /** Per constraint; Infinity allowed (never saturates). */
  capacity: Float64Array;
  /** Per flow; Infinity allowed (saturation mode). */
  demand: Float64Array;
  /** Per flow, > 0. */
  weight: Float64Array;
  /** CSR row starts: length flowCount + 1. */
  flowStart: Uint32Array;
  /** Constraint index for each flow–constraint incidence. */
  flowConstraints: Uint32Array;
}

function growF64(a: Float64Array, need: number): Float64Array {
  if (need <= a.length) return a;
  const b = new Float64Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

function growU32(a: Uint32Array, need: number): Uint32Array {
  if (need <= a.length) return a;
  const b = new Uint32Array(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/**
 * Incrementally assembles a FlowProblem. Storage grows by doubling so building
 * a 100k-flow problem costs O(incidences) amortized, not O(n²).
 */
export class FlowProblemBuilder {
  private nConstraints = 0;
  private nFlows = 0;
  private nIncidences = 0;
  private capacity: Float64Array = new Float64Array(16);
  private demand: Float64Array = new Float64Array(16);
  private weight: Float64Array = new Float64Array(16);
  private flowStart: Uint32Array = new Uint32Array(17);
  private flowConstraints: Uint32Array = new Uint32Array(64);
  /**
   * Per-constraint stamp of the last flow (index + 1) that listed it: lets
   * addFlow drop duplicates in O(k) without allocating a Set per flow.
   */
  private seen: Uint32Array = new Uint32Array(16);

  get flowCount(): number {
    return this.nFlows;
  }

  get constraintCount(): number {
    return this.nConstraints;
  }

  /** Adds a constraint; capacity must be >= 0 (Infinity = never saturates). Returns its index. */
  addConstraint(capacity: number): number {
    if (!(capacity >= 0)) throw new RangeError(`constraint capacity must be >= 0, got ${capacity}`);
    const c = this.nConstraints;
    this.capacity = growF64(this.capacity, c + 1);
    this.seen = growU32(this.seen, c + 1);
    this.capacity[c] = capacity;
    this.nConstraints = c + 1;
    return c;
  }

  /**
   * Adds a flow crossing `constraints` (indexes returned by addConstraint).
   * demand >= 0 (Infinity = saturation mode), weight finite and > 0.
   *
   * Duplicate constraint indexes are dropped (first occurrence order kept): a
   * flow that crosses the same resource twice (e.g. hairpinning through one
   * switch port) is modelled as consuming it once, because the solver treats
   * each incidence as one share of that resource. Callers that really need
   * double consumption should model two separate constraints.
   */
  addFlow(demand: number, weight: number, constraints: ArrayLike<number>): number {
    if (!(demand >= 0)) throw new RangeError(`flow demand must be >= 0, got ${demand}`);
    if (!(weight > 0 && weight < Infinity)) {
      throw new RangeError(`flow weight must be finite and > 0, got ${weight}`);
    }
    const f = this.nFlows;
    const stamp = f + 1;
    const k = constraints.length;
    this.flowConstraints = growU32(this.flowConstraints, this.nIncidences + k);
    let n = this.nIncidences;
    for (let i = 0; i < k; i++) {
      const c = constraints[i]!;
      if (!Number.isInteger(c) || c < 0 || c >= this.nConstraints) {
        throw new RangeError(`flow ${f}: unknown constraint index ${c}`);
      }
      if (this.seen[c] === stamp) continue;
      this.seen[c] = stamp;
      this.flowConstraints[n++] = c;
    }
    this.demand = growF64(this.demand, f + 1);
    this.weight = growF64(this.weight, f + 1);
    this.flowStart = growU32(this.flowStart, f + 2);
    this.demand[f] = demand;
    this.weight[f] = weight;
    this.flowStart[f + 1] = n;
    this.nIncidences = n;
    this.nFlows = f + 1;
    return f;
  }

  /** Snapshot of the problem; arrays are trimmed copies, so the builder stays usable. */
  build(): FlowProblem {
    return {
      flowCount: this.nFlows,
      constraintCount: this.nConstraints,
      capacity: this.capacity.slice(0, this.nConstraints),
      demand: this.demand.slice(0, this.nFlows),
      weight: this.weight.slice(0, this.nFlows),
      flowStart: this.flowStart.slice(0, this.nFlows + 1),
      flowConstraints: this.flowConstraints.slice(0, this.nIncidences),
    };
  }
}
