import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SimBackend } from './client';
import { IdleWorkers } from './idleWorkers';

function fakes() {
  const made: Array<SimBackend & { ended: boolean }> = [];
  const spawn = (): SimBackend => {
    const b = { ended: false, simulate: () => Promise.reject(new Error('not used')), terminate: () => void (b.ended = true) };
    made.push(b);
    return b;
  };
  return { made, spawn };
}

describe('IdleWorkers', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('hands back a parked worker instead of starting one', () => {
    const f = fakes();
    const pool = new IdleWorkers(f.spawn, 1_000, 2);
    const first = pool.take();
    pool.give(first);
    expect(pool.take()).toBe(first);
    expect(f.made).toHaveLength(1);
  });

  it('ends a worker left idle past the keep time, and no other', () => {
    const f = fakes();
    const pool = new IdleWorkers(f.spawn, 1_000, 2);
    const a = pool.take();
    const b = pool.take();
    pool.give(a);
    vi.advanceTimersByTime(600);
    pool.give(b);
    vi.advanceTimersByTime(500);
    expect(f.made.map((w) => w.ended)).toEqual([true, false]);
    expect(pool.size).toBe(1);
    expect(pool.take()).toBe(b);
    vi.advanceTimersByTime(5_000);
    expect(f.made[1]!.ended).toBe(false); // taken again: its timer was cleared
  });

  it('ends what it cannot keep', () => {
    const f = fakes();
    const pool = new IdleWorkers(f.spawn, 1_000, 1);
    const [a, b] = [pool.take(), pool.take()];
    pool.give(a);
    pool.give(b);
    expect(f.made.map((w) => w.ended)).toEqual([false, true]);
  });

  it('never hands out a parked worker that died (its error came while it was idle)', async () => {
    let kill!: (e: Error) => void;
    const died = new Promise<never>((_, reject) => (kill = reject));
    const dying = { ended: false, died, simulate: () => Promise.reject(new Error('not used')), terminate: () => void (dying.ended = true) };
    const f = fakes();
    const pool = new IdleWorkers(f.spawn, 1_000, 2);
    pool.give(dying);
    kill(new Error('the simulation worker stopped'));
    await Promise.resolve();
    await Promise.resolve();
    expect(pool.size).toBe(0);
    expect(dying.ended).toBe(true);
    expect(pool.take()).not.toBe(dying);
  });
});
