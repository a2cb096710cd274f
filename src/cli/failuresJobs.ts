/**
 * `sim failures --jobs N`: the classes of alike single failures (failureClasses.ts) spread over N
 * worker threads, as the app's what-if pool spreads them over web workers. Each worker builds the
 * intact design's base once and takes the next class whenever it is free; the impacts are put back
 * in class order and ranked by the same core call as in one thread (`nMinus1Result`), so the
 * output is the same, byte for byte, whatever N. With N = 1 the classes run in this thread.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { catalogFor } from '../catalog';
import type { Design, FailureImpact, IovMode } from '../domain';
import { summarizeDesign } from '../io';
import { failureClasses, type FailureClass } from '../sim';
import { classImpacts, nMinus1Result, whatIfBase, type NMinus1Result } from '../sim/nMinus1';
import { CliError, EXIT_FAILURE, EXIT_INTERRUPTED } from './errors';
import { startWorker } from './threads';

/** The most worker threads `--jobs` takes. */
export const MAX_JOBS = 64;

/**
 * Below this much work (classes × VMs planned) one thread is as fast: a worker's start under tsx
 * (~0.5 s) and its own intact simulation cost about what it saves. Measured on a 2-core machine:
 * the 1,000-server HA design (62 classes × 10,000 VMs) spends ~1.3 s on the classes themselves.
 */
export const WORK_FOR_WORKERS = 2_000_000;

/**
 * One core for the rest of the machine (as the app keeps one for the page), at least 1 — and one
 * thread for a design too small to repay starting workers (`work`: classes × VMs planned).
 */
export const defaultJobs = (cores = availableParallelism(), work = Infinity): number =>
  work < WORK_FOR_WORKERS ? 1 : Math.min(MAX_JOBS, Math.max(1, cores - 1));

export interface FailuresWorkerData {
  design: Design;
  mode: IovMode;
}
export interface ClassJob {
  index: number;
  cls: FailureClass;
}
export interface ClassAnswer {
  index: number;
  impact: FailureImpact;
}

export interface ClassRunOptions {
  /** Worker threads; 1 runs in this thread; 'auto': `defaultJobs` for this design's size. */
  jobs: number | 'auto';
  onProgress?: (done: number, total: number) => void;
  /** Subscribes `stop` to the user's interrupt (Ctrl-C); returns the unsubscribe. */
  onInterrupt?: (stop: () => void) => () => void;
}

const interrupted = (done: number, total: number): CliError =>
  new CliError(`interrupted: n−1 stopped after ${done} of ${total} classes of failures; nothing printed.`, EXIT_INTERRUPTED);

/** The n−1 analysis of `design` (its own failures pinning what they name), on `jobs` threads. */
export async function nMinus1OnThreads(design: Design, mode: IovMode, options: ClassRunOptions): Promise<NMinus1Result> {
  const classes = failureClasses(design, catalogFor(design));
  let stop: () => void = () => {};
  const stopped = new Promise<never>((_, reject) => (stop = () => reject(interrupted(done, classes.length))));
  stopped.catch(() => {});
  let done = 0;
  const progress = (): void => options.onProgress?.(++done, classes.length);
  const unsubscribe = options.onInterrupt?.(() => stop()) ?? (() => {});
  // At once: the workers' start and the intact simulation take seconds on a large design.
  options.onProgress?.(0, classes.length);
  try {
    const asked = options.jobs === 'auto' ? defaultJobs(availableParallelism(), classes.length * summarizeDesign(design).vms) : options.jobs;
    const jobs = Math.min(asked, classes.length);
    const impacts = jobs <= 1 ? await inThisThread(design, mode, classes, progress, stopped) : await onWorkers(design, mode, classes, jobs, progress, stopped);
    return nMinus1Result(mode, classes, impacts);
  } finally {
    unsubscribe();
  }
}

/** One class at a time, yielding to the event loop between them so that an interrupt is heard. */
async function inThisThread(design: Design, mode: IovMode, classes: readonly FailureClass[], progress: () => void, stopped: Promise<never>): Promise<FailureImpact[]> {
  const base = whatIfBase(design, mode);
  const impacts: FailureImpact[] = [];
  for (const cls of classes) {
    await Promise.race([new Promise((resolve) => setImmediate(resolve)), stopped]);
    impacts.push(classImpacts(base, [cls])[0]!);
    progress();
  }
  return impacts;
}

async function onWorkers(design: Design, mode: IovMode, classes: readonly FailureClass[], jobs: number, progress: () => void, stopped: Promise<never>): Promise<FailureImpact[]> {
  const impacts: FailureImpact[] = new Array(classes.length);
  const workerData: FailuresWorkerData = { design, mode };
  const workers: Worker[] = [];
  let next = 0;
  try {
    const all = Array.from({ length: jobs }, () => {
      const worker = startWorker(new URL('./failuresWorker.ts', import.meta.url), workerData);
      workers.push(worker);
      return new Promise<void>((resolve, reject) => {
        const give = (): void => {
          if (next >= classes.length) return resolve();
          const job: ClassJob = { index: next, cls: classes[next++]! };
          worker.postMessage(job);
        };
        worker.on('message', (answer: ClassAnswer) => {
          impacts[answer.index] = answer.impact;
          progress();
          give();
        });
        worker.on('error', (e) => reject(new CliError(`a worker thread failed: ${e.message}`, EXIT_FAILURE)));
        worker.on('exit', (code) => reject(new CliError(`a worker thread stopped (exit code ${code}) before its classes were done.`, EXIT_FAILURE)));
        give();
      });
    });
    await Promise.race([Promise.all(all), stopped]);
    return impacts;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
