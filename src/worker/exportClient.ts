// Runs one export in a worker of its own, so the page never waits on a long task: the worker
// reports each stage (the watchdog hears them), a silent one is stopped, and the worker ends
// with the job. The heavy code (fonts, PDF, CSV) is only fetched when a first export starts.
//
// Starting is bounded too: a worker that has not said its first word within the start-up budget
// (its script spins, or never arrives) is stopped with a message; exporting again is a retry on a
// fresh worker, after a backoff when workers failed to start in a row.
import { wrap } from 'comlink';
import type { ExportFile, ExportRequest } from '../io/export/job';
import { workerErrorMessage } from './browserBackend';
import { isExportProgress } from './exportProgress';
import { seconds, startBackoffMs, startBudgetMs } from './startBudget';
import { Watchdog } from './watchdog';

export interface ExportJobOptions {
  onProgress?(stage: string): void;
  signal?: AbortSignal;
  /** A job silent this long is hung (default 30 s: no stage of a supported design takes that). */
  stallMs?: number;
  /** How long the worker may take to say its first word (default: startBudgetMs of the design). */
  startMs?: number;
  /** Where the job runs (tests pass a fake worker). */
  spawn?: () => Worker;
}

/** Export workers that failed to start, in a row: the backoff before the next. */
let startFailures = 0;

const spawnExportWorker = (): Worker => new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module', name: 'exporter' });

export async function runExportJob(req: ExportRequest, options: ExportJobOptions = {}): Promise<ExportFile> {
  const stallMs = options.stallMs ?? 30_000;
  const startMs = options.startMs ?? startBudgetMs(req.design);
  const cancelled = new Promise<never>((_, reject) => {
    if (options.signal?.aborted) reject(new Error('Cancelled.'));
    options.signal?.addEventListener('abort', () => reject(new Error('Cancelled.')), { once: true });
  });
  cancelled.catch(() => {});
  const wait = startBackoffMs(startFailures);
  if (wait > 0) await Promise.race([new Promise((r) => setTimeout(r, wait)), cancelled]);
  const worker = (options.spawn ?? spawnExportWorker)();
  const remote = wrap<{ exportFile(req: ExportRequest): Promise<ExportFile> }>(worker);
  // The stall clock starts with the worker's first word: loading the export code can take a while
  // on a busy machine — up to the start-up budget.
  let heard = false;
  let spoke = false;
  const watchdog = new Watchdog({ stallMs, tickMs: Math.min(stallMs, startMs) / 10, now: () => performance.now(), fromFirstWord: true, startMs });
  const stall = watchdog
    .stalled()
    .then((kind) => Promise.reject(new Error(kind === 'start' ? `The export worker did not start within ${seconds(startMs)} and was stopped` : `The export made no progress for ${seconds(stallMs)} and was stopped.`)));
  worker.addEventListener('message', (ev: MessageEvent<unknown>) => {
    heard = true;
    if (!isExportProgress(ev.data)) return;
    watchdog.alive();
    spoke = true;
    startFailures = 0;
    options.onProgress?.(ev.data.iovExportProgress);
  });
  const died = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (ev) => {
      ev.preventDefault();
      reject(new Error(workerErrorMessage(ev, heard, 'export worker')));
    });
  });
  try {
    return await Promise.race([remote.exportFile(req), died, cancelled, stall]);
  } catch (e) {
    if (!spoke && !(e instanceof Error && e.message === 'Cancelled.')) startFailures++;
    throw e;
  } finally {
    watchdog.stop();
    worker.terminate();
  }
}
