import type { Stat } from '../domain';

/** Scratch for the values kept by `stat` (grown as needed; stat calls never nest). */
let scratch = new Float64Array(1024);

/**
 * Min / median / max / mean of the values that are ≥ 0 (−1 marks "no such flow"). Linear time:
 * the median is selected (three-way quickselect, which stays linear when most values are equal,
 * as they are on a symmetric design), not sorted.
 */
export function stat(values: ArrayLike<number>): Stat {
  if (scratch.length < values.length) scratch = new Float64Array(values.length);
  const a = scratch;
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
  if (n === 0) return { n: 0, min: 0, median: 0, max: 0, mean: 0 };
  if (min === max) return { n, min, median: min, max, mean: min };
  const k = (n - 1) >> 1;
  const lower = select(a, n, k);
  let median = lower;
  if (n % 2 === 0) {
    // After selection every value right of k is ≥ a[k]: the upper middle is their minimum.
    let upper = Infinity;
    for (let i = k + 1; i < n; i++) if (a[i]! < upper) upper = a[i]!;
    median = (lower + upper) / 2;
  }
  return { n, min, median, max, mean: sum / n };
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
