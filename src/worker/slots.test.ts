import { describe, expect, it } from 'vitest';
import { backgroundCores, Slots } from './slots';

describe('background slots', () => {
  it('leaves one core for the page', () => {
    expect([1, 2, 4, 8].map((c) => backgroundCores(c))).toEqual([1, 1, 3, 7]);
  });

  it('runs at most `size` at once, first come first served, and a cancelled waiter gives up its turn', async () => {
    const slots = new Slots(1);
    const order: string[] = [];
    const first = await slots.acquire();
    const ac = new AbortController();
    const cancelled = slots.acquire(ac.signal).then(
      () => order.push('cancelled ran'),
      () => order.push('cancelled'),
    );
    const second = slots.acquire().then((release) => {
      order.push('second');
      return release;
    });
    ac.abort();
    await cancelled;
    expect(order).toEqual(['cancelled']);
    first();
    first(); // twice is once
    (await second)();
    expect(order).toEqual(['cancelled', 'second']);
    const third = await slots.acquire(); // the slot came back
    third();
  });
});
