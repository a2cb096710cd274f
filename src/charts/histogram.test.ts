import { describe, expect, it } from 'vitest';
import { histogram } from './histogram';

describe('histogram', () => {
  it('leaves out VMs without such a flow (−1) and non-finite values', () => {
    const h = histogram(Float64Array.from([-1, 1, 2, NaN, 3, -1, Infinity]));
    expect(h.n).toBe(3);
    expect(h.min).toBe(1);
    expect(h.max).toBe(3);
    expect(h.bins.reduce((t, b) => t + b.count, 0)).toBe(3);
  });

  it('gives one bar when every VM gets the same', () => {
    const h = histogram([0.2, 0.2, 0.2 + 1e-15]);
    expect(h.bins).toHaveLength(1);
    expect(h.bins[0]!.count).toBe(3);
  });

  it('puts the maximum in the last bin and covers the range exactly', () => {
    const values = Array.from({ length: 1000 }, (_, i) => i / 10);
    const h = histogram(values, 10);
    expect(h.bins).toHaveLength(10);
    expect(h.bins[0]!.x0).toBe(0);
    expect(h.bins[9]!.x1).toBe(99.9);
    expect(h.bins.every((b) => b.count === 100)).toBe(true);
  });

  it('is empty for no values', () => {
    expect(histogram([])).toEqual({ bins: [], n: 0, min: 0, max: 0 });
    expect(histogram([-1, -1]).n).toBe(0);
  });
});
