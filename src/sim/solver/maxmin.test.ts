import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMAND_LIMITED, solveMaxMin, UNBOUNDED, type FlowSolution } from './maxmin';
import { FlowProblemBuilder, type FlowProblem } from './problem';
import { syntheticProblem } from './synthetic';

const TOL = 1e-9;
const close = (a: number, b: number): boolean => Math.abs(a - b) <= TOL * (Math.abs(a) + Math.abs(b)) + 1e-12;

function problem(caps: number[], flows: [demand: number, weight: number, constraints: number[]][]): FlowProblem {
  const b = new FlowProblemBuilder();
  for (const c of caps) b.addConstraint(c);
  for (const [d, w, cs] of flows) b.addFlow(d, w, cs);
  return b.build();
}

const constraintsOf = (p: FlowProblem, f: number): number[] =>
  Array.from(p.flowConstraints.subarray(p.flowStart[f]!, p.flowStart[f + 1]!));

/** Checks feasibility, demand caps, the max-min bottleneck condition and output hygiene. */
function checkSolution(p: FlowProblem, s: FlowSolution): void {
  const flowsOn: number[][] = Array.from({ length: p.constraintCount }, () => []);
  for (let f = 0; f < p.flowCount; f++) for (const c of constraintsOf(p, f)) flowsOn[c]!.push(f);
  for (const a of [s.rate, s.load, s.utilization]) for (const x of a) expect(Number.isFinite(x)).toBe(true);

  for (let c = 0; c < p.constraintCount; c++) {
    const sum = flowsOn[c]!.reduce((acc, f) => acc + s.rate[f]!, 0);
    expect(close(sum, s.load[c]!)).toBe(true);
    const cap = p.capacity[c]!;
    expect(s.load[c]!).toBeLessThanOrEqual(cap * (1 + TOL));
    if (cap === Infinity) expect(s.saturated[c]).toBe(0);
  }
  const normalized = (f: number): number => s.rate[f]! / p.weight[f]!;
  const isBottleneckFor = (c: number, f: number): boolean => {
    const cap = p.capacity[c]!;
    if (cap === Infinity || s.load[c]! < cap * (1 - TOL) - 1e-12) return false;
    const mine = normalized(f);
    return flowsOn[c]!.every((g) => normalized(g) <= mine * (1 + TOL) + 1e-12);
  };
  for (let f = 0; f < p.flowCount; f++) {
    const r = s.rate[f]!;
    const d = p.demand[f]!;
    expect(r).toBeGreaterThanOrEqual(0);
    expect(r).toBeLessThanOrEqual(d * (1 + TOL));
    const by = s.bottleneck[f]!;
    if (by === UNBOUNDED) {
      expect(r).toBe(0);
      expect(d).toBe(Infinity);
      expect(constraintsOf(p, f).every((c) => p.capacity[c] === Infinity)).toBe(true);
      continue;
    }
    // Max-min optimality: demand met, or a saturated constraint where f has the largest rate/weight.
    const demandMet = close(r, d);
    expect(demandMet || constraintsOf(p, f).some((c) => isBottleneckFor(c, f))).toBe(true);
    // The reported reason must itself be a valid one.
    if (by === DEMAND_LIMITED) expect(demandMet).toBe(true);
    else {
      expect(constraintsOf(p, f)).toContain(by);
      expect(s.saturated[by]).toBe(1);
      expect(isBottleneckFor(by, f)).toBe(true);
    }
  }
}

describe('solveMaxMin: hand-checked cases', () => {
  it('splits a single link equally among 3 flows', () => {
    const p = problem([30], [[Infinity, 1, [0]], [Infinity, 1, [0]], [Infinity, 1, [0]]]);
    const s = solveMaxMin(p);
    expect(Array.from(s.rate)).toEqual([10, 10, 10]);
    expect(Array.from(s.bottleneck)).toEqual([0, 0, 0]);
    expect(s.load[0]).toBe(30);
    expect(s.utilization[0]).toBe(1);
    expect(s.saturated[0]).toBe(1);
    expect(s.rounds).toBe(1);
    checkSolution(p, s);
  });

  it('solves the parking lot: the long flow is held by the first link, the rest flows on', () => {
    // Links 0 (cap 1) → 1 (cap 2) → 2 (cap 2); long flow crosses all three, one short flow per link.
    const p = problem(
      [1, 2, 2],
      [
        [Infinity, 1, [0, 1, 2]],
        [Infinity, 1, [0]],
        [Infinity, 1, [1]],
        [Infinity, 1, [2]],
      ],
    );
    const s = solveMaxMin(p);
    expect(Array.from(s.rate)).toEqual([0.5, 0.5, 1.5, 1.5]);
    expect(Array.from(s.bottleneck)).toEqual([0, 0, 1, 2]);
    expect(Array.from(s.saturated)).toEqual([1, 1, 1]);
    checkSolution(p, s);
  });

  it('redistributes what a demand-capped flow leaves', () => {
    const p = problem([10], [[2, 1, [0]], [Infinity, 1, [0]], [Infinity, 1, [0]]]);
    const s = solveMaxMin(p);
    expect(Array.from(s.rate)).toEqual([2, 4, 4]);
    expect(Array.from(s.bottleneck)).toEqual([DEMAND_LIMITED, 0, 0]);
    checkSolution(p, s);
  });

  it('shares 1:2 by weight', () => {
    const s = solveMaxMin(problem([9], [[Infinity, 1, [0]], [Infinity, 2, [0]]]));
    expect(Array.from(s.rate)).toEqual([3, 6]);
  });

  it('freezes flows on a zero-capacity constraint at 0 and lets others proceed', () => {
    const p = problem([0, 4], [[Infinity, 1, [0, 1]], [Infinity, 1, [0]], [Infinity, 1, [1]]]);
    const s = solveMaxMin(p);
    expect(Array.from(s.rate)).toEqual([0, 0, 4]);
    expect(Array.from(s.bottleneck)).toEqual([0, 0, 1]);
    expect(s.saturated[0]).toBe(1);
    expect(s.utilization[0]).toBe(1); // documented: a zero-capacity constraint that froze flows is full
    checkSolution(p, s);
  });

  it('never saturates an Infinity constraint, but reports its load', () => {
    const p = problem([Infinity, 5], [[Infinity, 1, [0, 1]], [3, 1, [0]]]);
    const s = solveMaxMin(p);
    expect(Array.from(s.rate)).toEqual([5, 3]);
    expect(Array.from(s.bottleneck)).toEqual([1, DEMAND_LIMITED]);
    expect(s.load[0]).toBe(8);
    expect(s.utilization[0]).toBe(0);
    expect(s.saturated[0]).toBe(0);
    checkSolution(p, s);
  });

  it('gives a zero-demand flow rate 0, DEMAND_LIMITED, even on a zero-capacity link', () => {
    const s = solveMaxMin(problem([10, 0], [[0, 1, [0]], [Infinity, 1, [0]], [0, 3, [1]]]));
    expect(Array.from(s.rate)).toEqual([0, 10, 0]);
    expect(Array.from(s.bottleneck)).toEqual([DEMAND_LIMITED, 0, DEMAND_LIMITED]);
  });

  it('reports UNBOUNDED (rate 0) for infinite demand with no finite constraint', () => {
    const p = problem([Infinity, 6], [[Infinity, 1, []], [Infinity, 2, [0]], [4, 1, [0]], [Infinity, 1, [1]]]);
    const s = solveMaxMin(p);
    expect(Array.from(s.rate)).toEqual([0, 0, 4, 6]);
    expect(Array.from(s.bottleneck)).toEqual([UNBOUNDED, UNBOUNDED, DEMAND_LIMITED, 1]);
    checkSolution(p, s);
  });

  it('treats a constraint crossed by one flow (a QoS cap) as that flow’s own limit', () => {
    const p = problem([10, 3, 3], [[Infinity, 1, [0, 1]], [Infinity, 1, [0]], [2, 1, [0, 2]]]);
    const s = solveMaxMin(p);
    expect(Array.from(s.rate)).toEqual([3, 5, 2]);
    expect(Array.from(s.bottleneck)).toEqual([1, 0, DEMAND_LIMITED]);
    expect(Array.from(s.saturated)).toEqual([1, 1, 0]);
    checkSolution(p, s);
  });

  it('handles an empty problem', () => {
    const s = solveMaxMin(new FlowProblemBuilder().build());
    expect(s.rate.length).toBe(0);
    expect(s.rounds).toBe(0);
  });
});

describe('FlowProblemBuilder', () => {
  it('de-duplicates constraints within a flow and grows past its initial size', () => {
    const b = new FlowProblemBuilder();
    for (let c = 0; c < 40; c++) expect(b.addConstraint(100)).toBe(c);
    expect(b.addFlow(Infinity, 1, [3, 5, 3, 3, 5])).toBe(0);
    for (let f = 1; f < 100; f++) b.addFlow(f, 1, [f % 40, (f * 7) % 40]);
    const p = b.build();
    expect(constraintsOf(p, 0)).toEqual([3, 5]);
    expect(p.flowCount).toBe(100);
    expect(p.constraintCount).toBe(40);
    expect(p.flowStart.length).toBe(101);
    expect(p.flowConstraints.length).toBe(p.flowStart[100]);
    checkSolution(p, solveMaxMin(p));
  });

  it('rejects invalid input', () => {
    const b = new FlowProblemBuilder();
    expect(() => b.addConstraint(-1)).toThrow(RangeError);
    expect(() => b.addConstraint(NaN)).toThrow(RangeError);
    b.addConstraint(1);
    expect(() => b.addFlow(1, 0, [0])).toThrow(RangeError);
    expect(() => b.addFlow(1, Infinity, [0])).toThrow(RangeError);
    expect(() => b.addFlow(-1, 1, [0])).toThrow(RangeError);
    expect(() => b.addFlow(1, 1, [1])).toThrow(RangeError);
    expect(() => b.addFlow(1, 1, [0.5])).toThrow(RangeError);
  });
});

const capacityArb = fc.oneof(
  { arbitrary: fc.double({ min: 0.1, max: 1000, noNaN: true }), weight: 5 },
  { arbitrary: fc.integer({ min: 0, max: 20 }), weight: 3 }, // small integers: exact ties, zero capacity
  { arbitrary: fc.constant(Infinity), weight: 2 },
);
const flowArb = fc.record({
  demand: fc.oneof(
    { arbitrary: fc.constant(Infinity), weight: 4 },
    { arbitrary: fc.double({ min: 0, max: 100, noNaN: true }), weight: 3 },
    { arbitrary: fc.integer({ min: 0, max: 10 }), weight: 1 },
  ),
  weight: fc.oneof(fc.double({ min: 0.1, max: 10, noNaN: true }), fc.constantFrom(1, 2, 0.5)),
  picks: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
});
const problemArb = fc
  .record({
    caps: fc.array(capacityArb, { minLength: 1, maxLength: 60 }),
    flows: fc.array(flowArb, { minLength: 1, maxLength: 200 }),
  })
  .map(({ caps, flows }) => {
    const b = new FlowProblemBuilder();
    for (const c of caps) b.addConstraint(c);
    for (const { demand, weight, picks } of flows) {
      const cs = picks.map((x) => x % caps.length);
      // Keep every flow bounded: UNBOUNDED has its own test.
      const bounded = demand < Infinity || cs.some((c) => caps[c]! < Infinity);
      b.addFlow(bounded ? demand : 7, weight, cs);
    }
    return b.build();
  });

describe('solveMaxMin: properties', () => {
  it('is feasible, respects demands, is max-min optimal, and outputs only finite numbers', () => {
    fc.assert(
      fc.property(problemArb, (p) => {
        const s = solveMaxMin(p);
        checkSolution(p, s);
        expect(s.bottleneck.includes(UNBOUNDED)).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic: solving twice gives bit-identical arrays', () => {
    fc.assert(
      fc.property(problemArb, (p) => {
        expectIdentical(solveMaxMin(p), solveMaxMin(p));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves nothing behind in its reused buffers: a solve after another problem’s is bit-identical', () => {
    fc.assert(
      fc.property(problemArb, problemArb, (p, q) => {
        const first = solveMaxMin(p);
        solveMaxMin(q);
        expectIdentical(solveMaxMin(p), first);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same rates and bottlenecks with a constraint added that its flows cannot fill', () => {
    // The solver leaves such constraints out of its events; with its flows' limits summing to
    // just under its capacity (by 1e-6) it must never be reported as the bottleneck, and nothing
    // else may move. Flows with an infinite limit make the sum infinite: those keep it in.
    fc.assert(
      fc.property(problemArb, fc.array(fc.nat(), { minLength: 2, maxLength: 40 }), (p, picks) => {
        const base = solveMaxMin(p);
        const on = [...new Set(picks.map((x) => x % p.flowCount))];
        const limits = on.map((f) => Math.min(p.demand[f]!, ...constraintsOf(p, f).map((c) => p.capacity[c]!)));
        const sum = limits.reduce((a, b) => a + b, 0);
        fc.pre(on.length >= 2 && sum < Infinity && sum > 0);
        const b = new FlowProblemBuilder();
        for (const c of p.capacity) b.addConstraint(c);
        const extra = b.addConstraint(sum * (1 + 1e-6));
        for (let f = 0; f < p.flowCount; f++) b.addFlow(p.demand[f]!, p.weight[f]!, on.includes(f) ? [...constraintsOf(p, f), extra] : constraintsOf(p, f));
        const withExtra = solveMaxMin(b.build());
        expect(Buffer.from(withExtra.rate.buffer).equals(Buffer.from(base.rate.buffer))).toBe(true);
        expect(Array.from(withExtra.bottleneck)).toEqual(Array.from(base.bottleneck));
        expect(withExtra.saturated[extra]).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('answers a problem nothing shared can saturate as progressive filling does, bit for bit', () => {
    // Finite demands and roomy shared constraints: every flow stops at its own limit, which the
    // solver answers without events. Two more flows filling a constraint of their own make it fill
    // progressively instead; what the first flows get must not change in any bit.
    fc.assert(
      fc.property(problemArb, (p) => {
        const count = new Uint32Array(p.constraintCount);
        for (const c of p.flowConstraints) count[c]!++;
        const b = new FlowProblemBuilder();
        for (let c = 0; c < p.constraintCount; c++) b.addConstraint(count[c]! > 1 && p.capacity[c]! < Infinity ? 1e6 : p.capacity[c]!);
        for (let f = 0; f < p.flowCount; f++) b.addFlow(Math.min(p.demand[f]!, 50), p.weight[f]!, constraintsOf(p, f));
        const roomy = b.build();
        const own = b.addConstraint(1);
        b.addFlow(Infinity, 1, [own]);
        b.addFlow(Infinity, 1, [own]);
        const direct = solveMaxMin(roomy);
        const filled = solveMaxMin(b.build());
        const F = roomy.flowCount;
        const C = roomy.constraintCount;
        expect(Buffer.from(filled.rate.buffer, 0, F * 8).equals(Buffer.from(direct.rate.buffer))).toBe(true);
        expect(Buffer.from(filled.load.buffer, 0, C * 8).equals(Buffer.from(direct.load.buffer))).toBe(true);
        expect(Buffer.from(filled.utilization.buffer, 0, C * 8).equals(Buffer.from(direct.utilization.buffer))).toBe(true);
        expect(Array.from(filled.bottleneck.subarray(0, F))).toEqual(Array.from(direct.bottleneck));
        expect(Array.from(filled.saturated.subarray(0, C))).toEqual(Array.from(direct.saturated));
        expect(filled.rounds).toBe(direct.rounds + 1);
        expect(Array.from(filled.rate.subarray(F))).toEqual([0.5, 0.5]);
      }),
      { numRuns: 300 },
    );
  });
});

function expectIdentical(a: FlowSolution, b: FlowSolution): void {
  expect(Buffer.from(a.rate.buffer).equals(Buffer.from(b.rate.buffer))).toBe(true);
  expect(Buffer.from(a.load.buffer).equals(Buffer.from(b.load.buffer))).toBe(true);
  expect(Buffer.from(a.utilization.buffer).equals(Buffer.from(b.utilization.buffer))).toBe(true);
  expect(Array.from(a.bottleneck)).toEqual(Array.from(b.bottleneck));
  expect(Array.from(a.saturated)).toEqual(Array.from(b.saturated));
  expect(a.rounds).toBe(b.rounds);
}

describe('syntheticProblem', () => {
  it('is deterministic, datacenter-shaped, and solves to a valid allocation with mixed bottlenecks', () => {
    const p = syntheticProblem(3000, 7);
    const q = syntheticProblem(3000, 7);
    expect(Array.from(q.capacity)).toEqual(Array.from(p.capacity));
    expect(Array.from(q.flowConstraints)).toEqual(Array.from(p.flowConstraints));
    expect(p.flowCount).toBe(3000);
    const perFlow = p.flowStart[p.flowCount]! / p.flowCount;
    expect(perFlow).toBeGreaterThanOrEqual(4);
    expect(perFlow).toBeLessThanOrEqual(6);
    const s = solveMaxMin(p);
    checkSolution(p, s);
    const reasons = new Set(s.bottleneck);
    expect(reasons.has(DEMAND_LIMITED)).toBe(true);
    expect(reasons.size).toBeGreaterThan(20);
    expect(s.bottleneck.includes(UNBOUNDED)).toBe(false);
  });
});
