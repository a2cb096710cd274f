import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventHeap, radixSortByKey } from './heap';

const byKeyThenId = (a: [number, number], b: [number, number]): number => a[0] - b[0] || a[1] - b[1];

describe('EventHeap', () => {
  it('pops by key, ties by ascending id, and grows past its initial capacity', () => {
    const h = new EventHeap(2);
    const entries: [number, number][] = [
      [3, 7],
      [1, 9],
      [1, 2],
      [Infinity, 0],
      [0, 5],
      [3, 1],
    ];
    for (const [k, id] of entries) h.push(k, id);
    expect(h.size).toBe(6);
    const out: [number, number][] = [];
    while (h.size > 0) {
      const k = h.topKey();
      out.push([k, h.pop()]);
    }
    expect(out).toEqual([...entries].sort(byKeyThenId));
    expect(h.pop()).toBe(-1);
    expect(h.topKey()).toBe(Infinity);
    expect(h.topId()).toBe(-1);
  });

  it('matches a sorted reference under mixed push / append+heapify / replaceTop / pop', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('push' as const), key: fc.integer({ min: 0, max: 20 }), id: fc.nat(50) }),
      fc.record({ kind: fc.constant('pop' as const) }),
      fc.record({ kind: fc.constant('replace' as const), key: fc.integer({ min: 0, max: 20 }), id: fc.nat(50) }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.nat(50))), fc.array(op), (initial, ops) => {
        const h = new EventHeap(1);
        for (const [k, id] of initial) h.append(k, id);
        h.heapify();
        const ref: [number, number][] = initial.map(([k, id]) => [k, id]);
        for (const o of ops) {
          ref.sort(byKeyThenId);
          if (o.kind === 'push') {
            h.push(o.key, o.id);
            ref.push([o.key, o.id]);
          } else if (o.kind === 'pop') {
            expect(h.pop()).toBe(ref.length > 0 ? ref.shift()![1] : -1);
          } else {
            h.replaceTop(o.key, o.id);
            if (ref.length > 0) ref.shift();
            ref.push([o.key, o.id]);
          }
          expect(h.size).toBe(ref.length);
        }
        ref.sort(byKeyThenId);
        for (const [k, id] of ref) {
          expect(h.topKey()).toBe(k);
          expect(h.pop()).toBe(id);
        }
        expect(h.size).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('radixSortByKey', () => {
  const reference = (keys: number[]): number[] =>
    keys
      .map((k, i) => [k, i] as [number, number])
      .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]))
      .map(([, i]) => i);

  it('sorts edge values stably: 0, -0, subnormals, Infinity, duplicates', () => {
    const keys = [5, 0, Infinity, -0, 5e-324, 1, 0, Number.MAX_VALUE, 1, 2 ** -1074 * 3];
    const ids = Uint32Array.from(keys, (_, i) => i);
    expect(Array.from(radixSortByKey(Float64Array.from(keys), ids))).toEqual(reference(keys));
    expect(radixSortByKey(new Float64Array(0), new Uint32Array(0)).length).toBe(0);
  });

  it('matches a stable comparison sort on random non-negative keys', () => {
    const key = fc.oneof(
      fc.double({ min: 0, max: 1e6, noNaN: true }),
      fc.integer({ min: 0, max: 5 }),
      fc.constant(Infinity),
    );
    fc.assert(
      fc.property(fc.array(key, { maxLength: 300 }), (keys) => {
        const ids = Uint32Array.from(keys, (_, i) => i);
        expect(Array.from(radixSortByKey(Float64Array.from(keys), ids))).toEqual(reference(keys));
      }),
      { numRuns: 300 },
    );
  });
});
