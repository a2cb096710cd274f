import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Watchdog } from './watchdog';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function fired(w: Watchdog): () => boolean {
  let yes = false;
  void w.stalled().then(() => (yes = true));
  return () => yes;
}

describe('Watchdog', () => {
  it('declares a stall after stallMs without news', async () => {
    const w = new Watchdog({ stallMs: 1000, tickMs: 100, now: () => Date.now() });
    const stalled = fired(w);
    await vi.advanceTimersByTimeAsync(900);
    expect(stalled()).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(stalled()).toBe(true);
  });

  it('never stalls a run that keeps reporting progress, however long it takes', async () => {
    const w = new Watchdog({ stallMs: 1000, tickMs: 100, now: () => Date.now() });
    const stalled = fired(w);
    for (let i = 0; i < 60; i++) {
      await vi.advanceTimersByTimeAsync(500);
      w.alive();
    }
    expect(stalled()).toBe(false); // 30 s of honest work
    w.stop();
  });

  it('does not judge on a late tick: the answer may be queued behind the busy thread', async () => {
    let clock = 0;
    const w = new Watchdog({ stallMs: 1000, tickMs: 100, now: () => clock });
    const stalled = fired(w);
    // The page's thread is blocked for 5 s: the first tick comes 5 s late.
    clock = 5000;
    await vi.advanceTimersByTimeAsync(100);
    expect(stalled()).toBe(false);
    // The queued progress message is handled right after the late tick.
    w.alive();
    clock += 100;
    await vi.advanceTimersByTimeAsync(100);
    expect(stalled()).toBe(false);
    // Then silence, with ticks on time: a real stall.
    for (let i = 0; i < 11; i++) {
      clock += 100;
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(stalled()).toBe(true);
  });

  it('from the first word: silence before the run first reports is not a stall', async () => {
    const w = new Watchdog({ stallMs: 1000, tickMs: 100, now: () => Date.now(), fromFirstWord: true });
    const stalled = fired(w);
    await vi.advanceTimersByTimeAsync(30_000); // a worker still starting on a busy machine
    expect(stalled()).toBe(false);
    w.alive();
    await vi.advanceTimersByTimeAsync(1100);
    expect(stalled()).toBe(true);
  });

  it('bounds the start: no first word within startMs is a failure to start, judged on time only', async () => {
    let clock = 0;
    const w = new Watchdog({ stallMs: 1000, tickMs: 100, now: () => clock, fromFirstWord: true, startMs: 5000 });
    let kind: string | null = null;
    void w.stalled().then((k) => (kind = k));
    // The page's thread is blocked past the budget: a late tick does not judge.
    clock = 6000;
    await vi.advanceTimersByTimeAsync(100);
    expect(kind).toBeNull();
    for (let i = 0; i < 2; i++) {
      clock += 100;
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(kind).toBe('start');
  });

  it('a first word within the budget hands over to the stall clock', async () => {
    const w = new Watchdog({ stallMs: 1000, tickMs: 100, now: () => Date.now(), fromFirstWord: true, startMs: 5000 });
    let kind: string | null = null;
    void w.stalled().then((k) => (kind = k));
    await vi.advanceTimersByTimeAsync(4000);
    w.alive();
    await vi.advanceTimersByTimeAsync(900);
    expect(kind).toBeNull();
    await vi.advanceTimersByTimeAsync(200);
    expect(kind).toBe('stall');
  });

  it('stops quietly', async () => {
    const w = new Watchdog({ stallMs: 100, tickMs: 10, now: () => Date.now() });
    const stalled = fired(w);
    w.stop();
    await vi.advanceTimersByTimeAsync(1000);
    expect(stalled()).toBe(false);
  });
});
