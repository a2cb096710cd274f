import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stat } from './stats';

describe('stat: min / median / max / mean over the VMs that have a flow', () => {
  it('an even count: the median is the lower middle VM’s own value, not the average of two', () => {
    // Half the VMs at 1.5625 MB/s, half at 2: "1.78" would be a figure no VM gets.
    const half = [...Array(1024).fill(1.5625), ...Array(1024).fill(2)];
    expect(stat(half)).toEqual({ n: 2048, min: 1.5625, median: 1.5625, max: 2, mean: 1.78125 });
    expect(stat([3, 1, 4, 2]).median).toBe(2);
  });

  it('skips −1 (no such flow) and reads n = 0 as no value', () => {
    expect(stat([-1, 5, -1, 7, 6]).median).toBe(6);
    expect(stat([-1, -1])).toEqual({ n: 0, min: 0, median: 0, max: 0, mean: 0 });
  });

  it('the median is always one of the values, with at least half the values ≤ it and half ≥ it', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 200 }), (values) => {
        const { median, n } = stat(values);
        expect(values).toContain(median);
        expect(values.filter((v) => v <= median).length * 2).toBeGreaterThanOrEqual(n);
        expect(values.filter((v) => v >= median).length * 2).toBeGreaterThanOrEqual(n);
      }),
    );
  });
});
