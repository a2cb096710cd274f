// One simulation of a design that is not the live one (a baseline for the proposal, the other
// side of a comparison): its own worker, its own watchdog. A worker that answered is kept for the
// next run; one that failed, hung or was cancelled is ended. It never goes through the live design's
// latest-wins client, so it neither cancels nor is cancelled by edits.
import type { Design, SimulationResult } from '../domain';
import type { ProgressSink } from '../sim';
import { spawnWorkerBackend } from './browserBackend';
import type { SimBackend } from './client';
import { IdleWorkers } from './idleWorkers';
import { backgroundCores, Slots } from './slots';
import { seconds, startBudgetMs } from './startBudget';
import { Watchdog } from './watchdog';

/** Runs beyond the live design's own worker: queued so that one core stays for the page. */
const slots = new Slots(backgroundCores());
/** Idle workers per spawner (the real one in the app; tests bring their own). */
const pools = new WeakMap<() => SimBackend, IdleWorkers>();
/** How long an idle worker is kept: long enough for a comparison's next pick. */
const KEEP_IDLE_MS = 60_000;

function poolOf(spawn: () => SimBackend): IdleWorkers {
  let pool = pools.get(spawn);
  if (!pool) pools.set(spawn, (pool = new IdleWorkers(spawn, KEEP_IDLE_MS, backgroundCores())));
  return pool;
}

export interface SimulateOnceOptions {
  /** Unlimited demand: what the design can deliver. */
  saturate?: boolean;
  /** Also compute what each VM could get (capability), from the same routes, before answering. */
  capability?: boolean;
  /** A run silent for this long is hung (the engine reports between stages). */
  stallMs?: number;
  /** How long a worker may take to say its first word (default: startBudgetMs of the design). */
  startMs?: number;
  onProgress?: ProgressSink;
  signal?: AbortSignal;
  /** Where the run happens; tests pass a fake. */
  spawn?: () => SimBackend;
  now?: () => number;
}

export class SimulateOnceError extends Error {}

export async function simulateOnce(design: Design, options: SimulateOnceOptions = {}): Promise<SimulationResult> {
  const { saturate = false, capability = false, stallMs = 10_000, onProgress, signal, spawn = spawnWorkerBackend } = options;
  if (signal?.aborted) throw new SimulateOnceError('Cancelled.');
  const release = await slots.acquire(signal).catch(() => {
    throw new SimulateOnceError('Cancelled.');
  });
  const pool = poolOf(spawn);
  const backend = pool.take();
  let clean = false;
  // The stall clock starts at the run's first word; a worker that does not start is bounded by its budget.
  const startMs = options.startMs ?? startBudgetMs(design);
  const watchdog = new Watchdog({ stallMs, tickMs: stallMs / 10, now: options.now ?? (() => performance.now()), fromFirstWord: true, startMs });
  let onAbort: (() => void) | null = null;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(new SimulateOnceError('Cancelled.'));
    if (signal?.aborted) onAbort(); // while it waited for a slot
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    const sink: ProgressSink = (p) => {
      watchdog.alive();
      onProgress?.(p);
    };
    const stalled = watchdog
      .stalled()
      .then((kind) => Promise.reject(new SimulateOnceError(kind === 'start' ? `The simulator did not start within ${seconds(startMs)} and was stopped.` : `The simulator made no progress for ${seconds(stallMs)} and was stopped.`)));
    const result = await Promise.race([backend.simulate({ design, saturate, ...(capability ? { capability } : {}) }, sink), stalled, aborted]);
    watchdog.alive();
    const withCapability = capability && backend.capability ? { ...result, capability: await Promise.race([backend.capability(sink), stalled, aborted]) } : result;
    clean = true;
    return withCapability;
  } catch (e) {
    if (e instanceof SimulateOnceError) throw e;
    throw new SimulateOnceError(`The simulator failed: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    watchdog.stop();
    if (onAbort) signal?.removeEventListener('abort', onAbort);
    if (clean) pool.give(backend);
    else backend.terminate();
    release();
  }
}
