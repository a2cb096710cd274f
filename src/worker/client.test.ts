import { describe, expect, it } from 'vitest';
import { simulate } from '../sim';
import { tinyIbDesign } from '../scenarios/testDesigns';
import type { SimulationResult } from '../domain';
import { SimClient, type SimBackend, type SimEvent } from './client';
import type { SimulateRequest } from './api';
import type { ProgressSink } from '../sim';
import { LARGE_DESIGN_NODES, LARGE_START_BUDGET_MS, START_BUDGET_MS, startBackoffMs, startBudgetMs } from './startBudget';

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
/**
 * A clock the test moves by hand: the watchdog measures silence on it, so a loaded machine that
 * delays the test's own timers cannot make an honest run look hung (or a hung one look alive).
 */
function manualClock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}
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
    const clock = manualClock();
    const client = new SimClient(b.spawn, (e) => events.push(e), { stallMs: 20, tickMs: 5, now: clock.now });
    client.request({ design, saturate: false });
    b.calls[0]!.progress?.({ stage: 'checking the design', done: 0, total: 1 }); // took the call, then hung
    clock.advance(60);
    await until(() => events.some((e) => e.type === 'error'));
    const err = events.find((e) => e.type === 'error');
    expect(err && 'message' in err && err.message).toMatch(/did not answer/);
    expect(b.stats().terminated).toBe(1);
    expect(b.stats().spawned).toBe(2);
  });

  it('waits for a worker that is starting (within its start-up budget): the stall clock starts at its first word', async () => {
    const b = controllableBackend();
    const events: SimEvent[] = [];
    const clock = manualClock();
    const client = new SimClient(b.spawn, (e) => events.push(e), { stallMs: 20, tickMs: 5, now: clock.now });
    const seq = client.request({ design, saturate: false });
    clock.advance(80); // four stall periods of a worker still loading
    await new Promise((r) => setTimeout(r, 30)); // the watchdog looks (every 5 ms) and must not judge
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
    const clock = manualClock();
    const client = new SimClient(b.spawn, (e) => events.push(e), { stallMs: 40, tickMs: 5, now: clock.now });
    const seq = client.request({ design, saturate: false });
    for (let i = 0; i < 10; i++) {
      clock.advance(15);
      await new Promise((r) => setTimeout(r, 15)); // the watchdog looks in between
      b.calls[0]!.progress?.({ stage: 'routing flows', done: i, total: 10 });
    }
    b.calls[0]!.resolve(result);
    await flush();
    expect(b.stats().terminated).toBe(0);
    expect(events.filter((e) => e.type === 'progress').length).toBe(10);
    expect(events.at(-1)).toMatchObject({ type: 'result', seq });
  });

  it('drops a replacement whose script fails to load while no run is pending: the next run goes to a fresh worker, after the backoff', async () => {
    const b = dyingBackend();
    const events: SimEvent[] = [];
    const waits: number[] = [];
    const client = new SimClient(b.spawn, (e) => events.push(e), { stallMs: 1000, sleep: async (ms) => void waits.push(ms) });
    b.workers[0]!.die('its script could not be loaded'); // the first worker, before any run
    await flush();
    expect(b.workers[0]!.ended).toBe(true);
    client.request({ design, saturate: false });
    await flush();
    expect(waits).toEqual([500]); // one worker failed to start: a backoff before the next
    expect(b.workers).toHaveLength(2);
    expect(events.map((e) => e.type)).toEqual(['computing', 'starting', 'starting']);
    b.workers[1]!.answer(result);
    await flush();
    expect(events.at(-1)?.type).toBe('result');
    expect(b.workers[1]!.calls).toBe(1);
    expect(b.workers[0]!.calls).toBe(0); // nothing was sent to the dead worker
  });

  it('a run on a worker that fails to load is reported as a start failure; Retry and edits start fresh workers with a growing backoff', async () => {
    const b = dyingBackend();
    const events: SimEvent[] = [];
    const waits: number[] = [];
    const client = new SimClient(b.spawn, (e) => events.push(e), { stallMs: 1000, sleep: async (ms) => void waits.push(ms) });
    client.request({ design, saturate: false });
    await flush();
    b.workers[0]!.die('its script could not be loaded');
    await flush();
    expect(events.at(-1)).toMatchObject({ type: 'error', message: 'The simulator could not start: its script could not be loaded' });
    expect(b.workers).toHaveLength(1); // not replaced at once: the next run does, after the backoff
    client.retry({ design, saturate: false });
    await flush();
    b.workers[1]!.die('its script could not be loaded');
    await flush();
    client.request({ design, saturate: false }); // an edit
    await flush();
    b.workers[2]!.die('its script could not be loaded');
    await flush();
    client.retry({ design, saturate: false });
    await flush();
    expect(waits).toEqual([500, 1000, 2000]);
    b.workers[3]!.answer(result);
    await flush();
    expect(events.at(-1)?.type).toBe('result');
    // A worker that answered resets the backoff; Retry still starts a fresh one.
    client.retry({ design, saturate: false });
    await flush();
    expect(b.workers).toHaveLength(5);
    expect(b.workers[3]!.ended).toBe(true);
    expect(waits).toEqual([500, 1000, 2000]);
  });

  it('reports a worker that never says its first word within the start-up budget, and recovers on Retry', async () => {
    const b = dyingBackend();
    const events: SimEvent[] = [];
    const client = new SimClient(b.spawn, (e) => events.push(e), { stallMs: 10_000, tickMs: 5, startMs: () => 40, backoffMs: () => 0 });
    const t0 = performance.now();
    client.request({ design, saturate: false });
    await until(() => events.some((e) => e.type === 'error'));
    const took = performance.now() - t0;
    expect(took).toBeGreaterThanOrEqual(40);
    expect(took).toBeLessThan(1000);
    expect(events.find((e) => e.type === 'error')).toMatchObject({ message: 'The simulator did not start within 0 s; it was stopped.' });
    expect(events.filter((e) => e.type === 'starting')).toHaveLength(1);
    expect(b.workers[0]!.ended).toBe(true);
    client.retry({ design, saturate: false });
    await flush();
    b.workers[1]!.answer(result);
    await flush();
    expect(events.at(-1)?.type).toBe('result');
  });

  it('gives a large design a longer start-up budget', () => {
    const large = { ...design, nodes: Array.from({ length: LARGE_DESIGN_NODES + 1 }, (_, i) => ({ ...design.nodes[0]!, id: `n${i}` })) };
    expect(startBudgetMs(design)).toBe(START_BUDGET_MS);
    expect(startBudgetMs(large)).toBe(LARGE_START_BUDGET_MS);
    expect(LARGE_START_BUDGET_MS).toBeGreaterThan(START_BUDGET_MS);
    expect([0, 1, 2, 3, 4, 5, 6].map(startBackoffMs)).toEqual([0, 500, 1000, 2000, 4000, 8000, 8000]);
  });

  it('Retry while a run is under way leaves that run to finish (its worker is not ended under it)', async () => {
    const b = dyingBackend();
    const events: SimEvent[] = [];
    const client = new SimClient(b.spawn, (e) => events.push(e), { stallMs: 1000 });
    client.request({ design, saturate: false });
    await flush();
    const seq = client.retry({ design, saturate: false });
    b.workers[0]!.answer(result);
    await flush();
    b.workers[0]!.answer(result);
    await flush();
    expect(events.at(-1)).toMatchObject({ type: 'result', seq });
    expect(b.workers[0]!.ended).toBe(false);
  });
});

/** Workers that can die at any time, like a real one whose script fails to load. */
function dyingBackend() {
  const workers: { ended: boolean; calls: number; die(message: string): void; answer(r: SimulationResult): void }[] = [];
  const spawn = (): SimBackend => {
    let kill!: (e: Error) => void;
    const died = new Promise<never>((_, reject) => (kill = reject));
    died.catch(() => {});
    const waiting: ((r: SimulationResult) => void)[] = [];
    const w = {
      ended: false,
      calls: 0,
      die: (message: string) => kill(new Error(message)),
      answer: (r: SimulationResult) => waiting.shift()?.(r),
    };
    workers.push(w);
    return {
      died,
      simulate: () => {
        w.calls++;
        return Promise.race([new Promise<SimulationResult>((resolve) => waiting.push(resolve)), died]);
      },
      terminate: () => {
        w.ended = true;
      },
    };
  };
  return { spawn, workers };
}

async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
}
