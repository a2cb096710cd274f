import { describe, expect, it } from 'vitest';
import { simulate } from '../sim';
import { tinyIbDesign } from '../scenarios/testDesigns';
import type { SimulationResult } from '../domain';
import { SimClient, type SimBackend, type SimEvent } from './client';
import type { SimulateRequest } from './api';
import type { ProgressSink } from '../sim';

/** A backend whose calls finish when the test says so. */
function controllableBackend() {
  const calls: { req: SimulateRequest; resolve(r: SimulationResult): void; reject(e: Error): void; progress?: ProgressSink }[] = [];
  let spawned = 0;
  let terminated = 0;
  const spawn = (): SimBackend => {
    spawned++;
    return {
      simulate: (req, progress) => new Promise((resolve, reject) => calls.push({ req, resolve, reject, ...(progress ? { progress } : {}) })),
      terminate: () => {
        terminated++;
      },
    };
  };
  return { spawn, calls, stats: () => ({ spawned, terminated }) };
}

const flush = () => new Promise((r) => setTimeout(r, 0));
const design = tinyIbDesign();
const result = simulate(design);

describe('SimClient', () => {
  it('answers only the latest request: queued ones are dropped, a running one is ignored', async () => {
    const b = controllableBackend();
    const events: SimEvent[] = [];
    const client = new SimClient(b.spawn, (e) => events.push(e), { stallMs: 1000 });
    client.request({ design, saturate: false });
    client.request({ design, saturate: false });
    const last = client.request({ design, saturate: false });
    expect(b.calls).toHaveLength(1); // the second was superseded before it started
    b.calls[0]!.resolve(result);
    await flush();
    expect(events.filter((e) => e.type === 'result')).toHaveLength(0); // stale answer not shown
    expect(b.calls).toHaveLength(2);
    b.calls[1]!.resolve(result);
    await flush();
    const results = events.filter((e) => e.type === 'result');
    expect(results.map((e) => e.seq)).toEqual([last]);
  });

  it('restarts the worker after an exception and reports it', async () => {
    const b = controllableBackend();
    const events: SimEvent[] = [];
    const client = new SimClient(b.spawn, (e) => events.push(e), { stallMs: 1000 });
    client.request({ design, saturate: false });
    b.calls[0]!.reject(new Error('boom'));
    await flush();
    const err = events.find((e) => e.type === 'error');
    expect(err).toMatchObject({ type: 'error', restarted: true });
    expect(err && 'message' in err && err.message).toContain('boom');
    expect(b.stats()).toEqual({ spawned: 2, terminated: 1 });
    client.request({ design, saturate: false });
    b.calls[1]!.resolve(result);
    await flush();
    expect(events.at(-1)?.type).toBe('result');
  });

  it('treats a run silent past the limit as a hung worker: terminates, replaces, reports', async () => {
    const b = controllableBackend();
    const events: SimEvent[] = [];
    const client = new SimClient(b.spawn, (e) => events.push(e), { stallMs: 20, tickMs: 5 });
    client.request({ design, saturate: false });
    b.calls[0]!.progress?.({ stage: 'checking the design', done: 0, total: 1 }); // took the call, then hung
    await new Promise((r) => setTimeout(r, 60));
    const err = events.find((e) => e.type === 'error');
    expect(err && 'message' in err && err.message).toMatch(/did not answer/);
    expect(b.stats().terminated).toBe(1);
    expect(b.stats().spawned).toBe(2);
  });

  it('waits for a worker that has not started yet, however long: the clock starts at its first word', async () => {
    const b = controllableBackend();
    const events: SimEvent[] = [];
    const client = new SimClient(b.spawn, (e) => events.push(e), { stallMs: 20, tickMs: 5 });
    const seq = client.request({ design, saturate: false });
    await new Promise((r) => setTimeout(r, 80)); // four stall periods of a worker still loading
    expect(events.some((e) => e.type === 'error')).toBe(false);
    b.calls[0]!.progress?.({ stage: 'checking the design', done: 0, total: 1 });
    b.calls[0]!.resolve(result);
    await flush();
    expect(events.at(-1)).toMatchObject({ type: 'result', seq });
    expect(b.stats().terminated).toBe(0);
  });

  it('keeps a slow run that reports progress, and passes the progress on', async () => {
    const b = controllableBackend();
    const events: SimEvent[] = [];
    const client = new SimClient(b.spawn, (e) => events.push(e), { stallMs: 40, tickMs: 5 });
    const seq = client.request({ design, saturate: false });
    for (let i = 0; i < 10; i++) {
      await new Promise((r) => setTimeout(r, 15));
      b.calls[0]!.progress?.({ stage: 'routing flows', done: i, total: 10 });
    }
    b.calls[0]!.resolve(result);
    await flush();
    expect(b.stats().terminated).toBe(0);
    expect(events.filter((e) => e.type === 'progress').length).toBe(10);
    expect(events.at(-1)).toMatchObject({ type: 'result', seq });
  });
});
