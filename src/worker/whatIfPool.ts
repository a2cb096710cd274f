// A small pool of what-if workers (one per core but the page's, bounded): a job's items are cut
// into chunks that idle workers take in turn, so results arrive progressively and a 4-core machine
// (3 workers) finishes about three times as fast as a 2-core one (1 worker). One core stays for
// the page: with a worker on every core of a 2-core machine the main thread waited for a core and
// frames took 60–160 ms. Cancelling terminates the workers: nothing runs on.
import { wrap, type Remote } from 'comlink';
import type { WhatIfApi } from './whatIfApi';
import { backgroundCores } from './slots';

export class PoolCancelled extends Error {
  constructor() {
    super('Cancelled.');
  }
}

/** Workers for a job: the cores the browser reports less one for the page, at least 1, at most `max` and the chunk count. */
export function poolSize(chunks: number, cores?: number, max = 8): number {
  return Math.max(1, Math.min(backgroundCores(cores), max, chunks));
}

/** Cut items into chunks small enough to balance and to report progress, large enough to amortize a call. */
export function chunk<T>(items: readonly T[], workers: number, perChunk = Math.max(1, Math.ceil(items.length / (workers * 6)))): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += perChunk) out.push(items.slice(i, i + perChunk));
  return out;
}

export interface PoolWorker {
  remote: Remote<WhatIfApi>;
  /** Rejects when the worker dies. */
  died: Promise<never>;
  terminate(): void;
}

export function spawnWhatIfWorker(): PoolWorker {
  const worker = new Worker(new URL('./whatIf.worker.ts', import.meta.url), { type: 'module', name: 'what-if' });
  const died = new Promise<never>((_, reject) =>
    worker.addEventListener('error', (ev) => {
      ev.preventDefault();
      reject(new Error(ev.message || 'a what-if worker stopped'));
    }),
  );
  died.catch(() => {});
  return { remote: wrap<WhatIfApi>(worker), died, terminate: () => worker.terminate() };
}

/**
 * Run `call` over the chunks on a pool; `onChunk` gets each chunk's results (with its index) as it
 * lands. `setup` runs once on each worker before its first chunk (to hand it the job's design once).
 * Resolves with all results in item order.
 */
export async function runOnPool<I, O>(
  items: readonly I[],
  call: (remote: Remote<WhatIfApi>, chunk: I[]) => Promise<O[]>,
  options: { signal?: AbortSignal; onChunk?: (results: O[], done: number, total: number) => void; setup?: (remote: Remote<WhatIfApi>) => Promise<void>; spawn?: () => PoolWorker; cores?: number } = {},
): Promise<O[]> {
  const { signal, onChunk, spawn = spawnWhatIfWorker } = options;
  if (signal?.aborted) throw new PoolCancelled();
  const size = poolSize(Math.max(1, Math.ceil(items.length)), options.cores);
  const chunks = chunk(items, size);
  const results: O[][] = new Array(chunks.length);
  const workers = Array.from({ length: Math.min(size, chunks.length) }, () => spawn());
  let next = 0;
  let done = 0;
  let cancel: () => void = () => {};
  const cancelled = new Promise<never>((_, reject) => {
    cancel = () => reject(new PoolCancelled());
    signal?.addEventListener('abort', cancel, { once: true });
  });
  cancelled.catch(() => {});
  try {
    await Promise.race([
      cancelled,
      Promise.all(
        workers.map(async (w) => {
          if (options.setup) await Promise.race([options.setup(w.remote), w.died, cancelled]);
          while (next < chunks.length) {
            const k = next++;
            results[k] = await Promise.race([call(w.remote, chunks[k]!), w.died, cancelled]);
            done += chunks[k]!.length;
            onChunk?.(results[k]!, done, items.length);
          }
        }),
      ),
    ]);
    return results.flat();
  } finally {
    signal?.removeEventListener('abort', cancel);
    for (const w of workers) w.terminate();
  }
}
