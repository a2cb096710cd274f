import { describe, expect, it } from 'vitest';
import { simulate } from '../sim';
import { tinyIbDesign } from '../scenarios/testDesigns';
import type { SimBackend } from './client';
import { simulateOnce, SimulateOnceError } from './simulateOnce';

const design = tinyIbDesign();

function backend(behaviour: 'answer' | 'throw' | 'hang') {
  const stats = { spawned: 0, terminated: 0 };
  const spawn = (): SimBackend => {
    stats.spawned++;
    return {
      simulate: (req, onProgress) => {
        onProgress?.({ stage: 'checking the design', done: 0, total: 1 });
        if (behaviour === 'answer') return Promise.resolve(simulate(req.design, { saturate: req.saturate }));
        if (behaviour === 'throw') return Promise.reject(new Error('boom'));
        return new Promise(() => {});
      },
      terminate: () => {
        stats.terminated++;
      },
    };
  };
  return { spawn, stats };
}

describe('simulateOnce', () => {
  it('answers with the design’s result from a worker of its own, and keeps that worker for the next run', async () => {
    const b = backend('answer');
    const stages: string[] = [];
    const r = await simulateOnce(design, { saturate: true, spawn: b.spawn, onProgress: (p) => stages.push(p.stage) });
    expect(r.saturate).toBe(true);
    expect(r.designName).toBe(design.name);
    expect(stages).toEqual(['checking the design']);
    expect(b.stats).toEqual({ spawned: 1, terminated: 0 });
    const again = await simulateOnce(design, { spawn: b.spawn, onProgress: (p) => stages.push(`again: ${p.stage}`) });
    expect(again.saturate).toBe(false);
    expect(stages).toEqual(['checking the design', 'again: checking the design']);
    expect(b.stats).toEqual({ spawned: 1, terminated: 0 });
  });

  it('turns a failure into a typed error and still ends the worker', async () => {
    const b = backend('throw');
    await expect(simulateOnce(design, { spawn: b.spawn })).rejects.toThrow(/simulator failed: boom/);
    expect(b.stats.terminated).toBe(1);
  });

  it('stops a run that makes no progress', async () => {
    const b = backend('hang');
    await expect(simulateOnce(design, { spawn: b.spawn, stallMs: 60 })).rejects.toBeInstanceOf(SimulateOnceError);
    expect(b.stats.terminated).toBe(1);
  });

  it('can be cancelled', async () => {
    const b = backend('hang');
    const ac = new AbortController();
    const run = simulateOnce(design, { spawn: b.spawn, signal: ac.signal, stallMs: 60_000 });
    ac.abort();
    await expect(run).rejects.toThrow(/Cancelled/);
    expect(b.stats.terminated).toBe(1);
  });
});
