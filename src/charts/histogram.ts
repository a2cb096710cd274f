// Binning for the per-VM distribution chart. Negative values mean "this VM has no such flow"
// (the simulator's −1) and are left out, as are non-finite ones.

export interface Bin {
  x0: number;
  x1: number;
  count: number;
}

export interface Histogram {
  bins: Bin[];
  /** Values counted. */
  n: number;
  min: number;
  max: number;
}

export function histogram(values: ArrayLike<number>, maxBins = 12): Histogram {
  let n = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!(v >= 0) || !Number.isFinite(v)) continue;
    n++;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (n === 0) return { bins: [], n: 0, min: 0, max: 0 };
  // Equal within rounding: one bar.
  if (max - min <= 1e-9 * Math.max(1, Math.abs(max))) return { bins: [{ x0: min, x1: max, count: n }], n, min, max };
  const count = Math.max(1, Math.min(maxBins, Math.ceil(Math.sqrt(n))));
  const width = (max - min) / count;
  const bins: Bin[] = Array.from({ length: count }, (_, i) => ({ x0: min + i * width, x1: i === count - 1 ? max : min + (i + 1) * width, count: 0 }));
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!(v >= 0) || !Number.isFinite(v)) continue;
    const b = Math.min(count - 1, Math.floor((v - min) / width));
    bins[b]!.count++;
  }
  return { bins, n, min, max };
}
