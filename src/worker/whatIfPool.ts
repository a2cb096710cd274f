// A small pool of what-if workers (one per core but the page's, bounded): a job's items are cut
// into chunks that idle workers take in turn, so results arrive progressively and a 4-core machine
// (3 workers) finishes about three times as fast as a 2-core one (1 worker). One core stays for
// the page: with a worker on every core of a 2-core machine the main thread waited for a core and
// frames took 60–160 ms. Cancelling terminates the workers: nothing runs on.
import { wrap, type Remote } from 'comlink';
import type { WhatIfApi } from './whatIfApi';
import { workerErrorMessage } from './browserBackend';
import { backgroundCores } from './slots';
import { seconds, START_BUDGET_MS, startBackoffMs } from './startBudget';
import { Watchdog } from './watchdog';

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
  let heard = false;
  worker.addEventListener('message', () => (heard = true));
  const died = new Promise<never>((_, reject) =>
    worker.addEventListener('error', (ev) => {
      ev.preventDefault();
      reject(new Error(workerErrorMessage(ev, heard, 'what-if worker')));
    }),
  );
  died.catch(() => {});
  return { remote: wrap<WhatIfApi>(worker), died, terminate: () => worker.terminate() };
}

/** Workers that failed to start, in a row, across jobs: the backoff before the next job's workers. */
export interface StartRecord {
  failures: number;
}
const starts: StartRecord = { failures: 0 };

export interface PoolOptions<O> {
  signal?: AbortSignal;
  onChunk?: (results: O[], done: number, total: number) => void;
  /** Called once, when the first worker has answered its first call: the job has started. */
  onStarted?: () => void;
  setup?: (remote: Remote<WhatIfApi>) => Promise<void>;
  spawn?: () => PoolWorker;
  cores?: number;
  /** How long a worker may take to answer its first call (the start-up budget; default START_BUDGET_MS). */
  startMs?: number;
  /** The backoff before spawning after workers failed to start (default startBackoffMs); and its record. */
  backoffMs?: (failures: number) => number;
  starts?: StartRecord;
  now?: () => number;
}

/** A worker that did not answer its first call within the start-up budget. */
class NotStarted extends Error {}

/**
 * Run `call` over the chunks on a pool; `onChunk` gets each chunk's results (with its index) as it
 * lands. `setup` runs once on each worker before its first chunk (to hand it the job's design once).
 * Resolves with all results in item order.
 *
 * Every job starts fresh workers (so running it again is a retry on new ones). A worker must answer
 * its first call within the start-up budget — a script that spins at start or never loads fails the
 * job with a message instead of leaving "0 of 36" on screen — and after workers failed to start,
 * the next job's wait for the backoff before spawning.
 */
export async function runOnPool<I, O>(items: readonly I[], call: (remote: Remote<WhatIfApi>, chunk: I[]) => Promise<O[]>, options: PoolOptions<O> = {}): Promise<O[]> {
  const { signal, onChunk, spawn = spawnWhatIfWorker, startMs = START_BUDGET_MS, starts: record = starts } = options;
  const now = options.now ?? (() => performance.now());
  if (signal?.aborted) throw new PoolCancelled();
  let cancel: () => void = () => {};
  const cancelled = new Promise<never>((_, reject) => {
    cancel = () => reject(new PoolCancelled());
    signal?.addEventListener('abort', cancel, { once: true });
  });
  cancelled.catch(() => {});
  const wait = (options.backoffMs ?? startBackoffMs)(record.failures);
  const workers: PoolWorker[] = [];
  const watchdogs: Watchdog[] = [];
  let started = false;
  try {
    if (wait > 0) await Promise.race([new Promise((r) => setTimeout(r, wait)), cancelled]);
    const size = poolSize(Math.max(1, Math.ceil(items.length)), options.cores);
    const chunks = chunk(items, size);
    const results: O[][] = new Array(chunks.length);
    workers.push(...Array.from({ length: Math.min(size, chunks.length) }, () => spawn()));
    let next = 0;
    let done = 0;
    await Promise.race([
      cancelled,
      Promise.all(
        workers.map(async (w) => {
          // Until its first answer, the worker is starting: bounded by the budget, and a failure
          // then counts towards the backoff.
          const watchdog = new Watchdog({ stallMs: Infinity, tickMs: Math.min(1000, startMs / 10), now, fromFirstWord: true, startMs });
          watchdogs.push(watchdog);
          const notStarted = watchdog.stalled().then(() => Promise.reject(new NotStarted(`The what-if workers did not start within ${seconds(startMs)}; they were stopped.`)));
          notStarted.catch(() => {});
          let first = true;
          const answered = (): void => {
            if (!first) return;
            first = false;
            watchdog.stop();
            record.failures = 0;
            if (!started) {
              started = true;
              options.onStarted?.();
            }
          };
          const run = <T>(p: Promise<T>): Promise<T> => Promise.race([p, w.died, cancelled, ...(first ? [notStarted] : [])]);
          try {
            if (options.setup) {
              await run(options.setup(w.remote));
              answered();
            }
            while (next < chunks.length) {
              const k = next++;
              results[k] = await run(call(w.remote, chunks[k]!));
              answered();
              done += chunks[k]!.length;
              onChunk?.(results[k]!, done, items.length);
            }
          } catch (e) {
            if (first && !(e instanceof PoolCancelled) && !(e instanceof NotStarted)) throw new Error(`A what-if worker could not start: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
            throw e;
          }
        }),
      ),
    ]);
    return results.flat();
  } catch (e) {
    // A job none of whose workers started: the next job waits a little longer before trying.
    if (!started && !(e instanceof PoolCancelled)) record.failures++;
    throw e;
  } finally {
    signal?.removeEventListener('abort', cancel);
    for (const d of watchdogs) d.stop();
    for (const w of workers) w.terminate();
  }
}
