import type { Stat } from '../domain';

/** Min / median / max / mean of the values that are ≥ 0 (−1 marks "no such flow"). */
export function stat(values: ArrayLike<number>): Stat {
  const kept: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v >= 0) kept.push(v);
  }
  if (kept.length === 0) return { n: 0, min: 0, median: 0, max: 0, mean: 0 };
  const sorted = Float64Array.from(kept).sort();
  const n = sorted.length;
  const median = n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  let sum = 0;
  for (const v of sorted) sum += v;
  return { n, min: sorted[0]!, median, max: sorted[n - 1]!, mean: sum / n };
}
