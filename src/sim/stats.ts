import type { Stat } from '../domain';

/** Scratch for the values kept by `stat` (grown as needed; stat calls never nest). */
let scratch = new Float64Array(1024);

/**
 * Min / median / max / mean of the values that are ≥ 0 (−1 marks "no such flow"). The median is
 * the middle VM's own value — for an even count the lower of the two middle ones, never their
 * average: a figure no VM gets would contradict the VMs listed beside it (half at 1.56 MB/s, half
 * at 2.00 read "1.78"). The lower one, because a planner reads a median as "half the VMs get at
 * least this". Linear time: selected by three-way quickselect (linear when most values are
 * equal, as on a symmetric design), not sorted.
 */
export function stat(values: ArrayLike<number>): Stat {
  if (scratch.length < values.length) scratch = new Float64Array(values.length);
  const n = keep(values, scratch);
  const sum = keptSum;
  const min = keptMin;
  const max = keptMax;
  if (n === 0) return { n: 0, min: 0, median: 0, max: 0, mean: 0 };
  if (min === max) return { n, min, median: min, max, mean: min };
  return { n, min, median: select(scratch, n, (n - 1) >> 1), max, mean: sum / n };
}

/** What `keep` found besides the count (module variables: stat calls never nest). */
let keptSum = 0;
let keptMin = Infinity;
let keptMax = -Infinity;

/**
 * The values ≥ 0 into `a`, their count returned, their sum, least and greatest into module
 * variables. A function of its own that ends with its loop, and hands its figures out by module
 * variables (no property or element store, which would need type feedback): V8 (Node 20)
 * compiles a long first run of a loop on the stack before the code after it has ever run, and
 * inside `stat` that left the rest without feedback: every later call (a simulation makes 12 on
 * 10,000 VMs) deoptimized there and finished in the baseline tier, select's loops included.
 */
function keep(values: ArrayLike<number>, a: Float64Array): number {
  let n = 0;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!(v >= 0)) continue;
    a[n++] = v;
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  keptSum = sum;
  keptMin = min;
  keptMax = max;
  return n;
}

/** The k-th smallest of a[0..n), partially reordering a (three-way partitions, median-of-three pivot). */
function select(a: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const x = a[lo]!, y = a[mid]!, z = a[hi]!;
    const p = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let lt = lo;
    let i = lo;
    let gt = hi;
    while (i <= gt) {
      const v = a[i]!;
      if (v < p) {
        a[i++] = a[lt]!;
        a[lt++] = v;
      } else if (v > p) {
        a[i] = a[gt]!;
        a[gt--] = v;
      } else i++;
    }
    if (k < lt) hi = lt - 1;
    else if (k > gt) lo = gt + 1;
    else return p;
  }
  return a[lo]!;
}
