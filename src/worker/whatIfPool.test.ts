import { describe, expect, it } from 'vitest';
import type { Remote } from 'comlink';
import type { WhatIfApi } from './whatIfApi';
import { runOnPool, type PoolWorker, type StartRecord } from './whatIfPool';

/** Pool workers that answer, never answer (a script that spins at start) or die before a word. */
function fakes(behaviour: 'answer' | 'spin' | 'die') {
  const made: { ended: boolean }[] = [];
  const spawn = (): PoolWorker => {
    const w = { ended: false };
    made.push(w);
    let kill!: (e: Error) => void;
    const died = new Promise<never>((_, reject) => (kill = reject));
    died.catch(() => {});
    if (behaviour === 'die') setTimeout(() => kill(new Error("the what-if worker's script could not be loaded")), 1);
    const answer = <T>(v: T): Promise<T> => (behaviour === 'answer' ? Promise.resolve(v) : new Promise<T>(() => {}));
    const remote = { load: () => answer(undefined) } as unknown as Remote<WhatIfApi>;
    return { remote, died, terminate: () => void (w.ended = true) };
  };
  return { spawn, made };
}

const double = (_: Remote<WhatIfApi>, chunk: number[]): Promise<number[]> => Promise.resolve(chunk.map((x) => 2 * x));
const items = [1, 2, 3, 4, 5, 6];

describe('runOnPool: starting', () => {
  it('says once that the job started, and answers in item order', async () => {
    const f = fakes('answer');
    let started = 0;
    const out = await runOnPool(items, double, { spawn: f.spawn, cores: 4, setup: (r) => r.load('k', {} as never) as Promise<void>, onStarted: () => started++, starts: { failures: 0 } });
    expect(out).toEqual([2, 4, 6, 8, 10, 12]);
    expect(started).toBe(1);
    expect(f.made.every((w) => w.ended)).toBe(true);
  });

  it('reports workers that never answer within the start-up budget, and backs off before the next job', async () => {
    const f = fakes('spin');
    const record: StartRecord = { failures: 0 };
    const t0 = performance.now();
    await expect(runOnPool(items, double, { spawn: f.spawn, cores: 3, startMs: 60, setup: (r) => r.load('k', {} as never) as Promise<void>, starts: record })).rejects.toThrow('The what-if workers did not start within 0 s; they were stopped.');
    const took = performance.now() - t0;
    expect(took).toBeGreaterThanOrEqual(60);
    expect(took).toBeLessThan(2000);
    expect(f.made.every((w) => w.ended)).toBe(true);
    expect(record.failures).toBe(1); // once per job, however many workers
    // Retry: fresh workers, after the backoff for one failed start; they answer and reset the record.
    const ok = fakes('answer');
    const waits: number[] = [];
    const out = await runOnPool(items, double, { spawn: ok.spawn, cores: 3, starts: record, backoffMs: (n) => (waits.push(n), 5) });
    expect(out).toHaveLength(6);
    expect(waits).toEqual([1]);
    expect(record.failures).toBe(0);
  });

  it('reports a worker whose script did not load as one that could not start', async () => {
    const f = fakes('die');
    const record: StartRecord = { failures: 0 };
    await expect(runOnPool(items, double, { spawn: f.spawn, cores: 2, setup: (r) => r.load('k', {} as never) as Promise<void>, starts: record })).rejects.toThrow(/^A what-if worker could not start: the what-if worker's script could not be loaded/);
    expect(record.failures).toBe(1);
  });

  it('a cancelled job is not a failure to start', async () => {
    const f = fakes('spin');
    const record: StartRecord = { failures: 0 };
    const ac = new AbortController();
    const job = runOnPool(items, double, { spawn: f.spawn, cores: 2, signal: ac.signal, setup: (r) => r.load('k', {} as never) as Promise<void>, starts: record });
    ac.abort();
    await expect(job).rejects.toThrow('Cancelled.');
    expect(record.failures).toBe(0);
  });
});
