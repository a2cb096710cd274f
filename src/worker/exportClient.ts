// Runs one export in a worker of its own, so the page never waits on a long task: the worker
// reports each stage (the watchdog hears them), a silent one is stopped, and the worker ends
// with the job. The heavy code (fonts, PDF, CSV) is only fetched when a first export starts.
import { wrap } from 'comlink';
import type { ExportFile, ExportRequest } from '../io/export/job';
import { isExportProgress } from './exportProgress';
import { Watchdog } from './watchdog';

export interface ExportJobOptions {
  onProgress?(stage: string): void;
  signal?: AbortSignal;
  /** A job silent this long is hung (default 30 s: no stage of a supported design takes that). */
  stallMs?: number;
}

export async function runExportJob(req: ExportRequest, options: ExportJobOptions = {}): Promise<ExportFile> {
  const stallMs = options.stallMs ?? 30_000;
  const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module', name: 'exporter' });
  const remote = wrap<{ exportFile(req: ExportRequest): Promise<ExportFile> }>(worker);
  // The watchdog starts with the worker's first word: loading the export code can take a while on a
  // busy machine, and a worker that cannot load reports an error event instead.
  let watchdog: Watchdog | null = null;
  let stalled!: (e: Error) => void;
  const stall = new Promise<never>((_, reject) => {
    stalled = reject;
  });
  worker.addEventListener('message', (ev: MessageEvent<unknown>) => {
    if (!isExportProgress(ev.data)) return;
    if (!watchdog) {
      watchdog = new Watchdog({ stallMs, tickMs: stallMs / 10, now: () => performance.now() });
      void watchdog.stalled().then(() => stalled(new Error(`The export made no progress for ${Math.round(stallMs / 1000)} s and was stopped.`)));
    }
    watchdog.alive();
    options.onProgress?.(ev.data.iovExportProgress);
  });
  const died = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (ev) => {
      ev.preventDefault();
      reject(new Error(ev.message || 'the export worker stopped'));
    });
  });
  const cancelled = new Promise<never>((_, reject) => {
    if (options.signal?.aborted) reject(new Error('Cancelled.'));
    options.signal?.addEventListener('abort', () => reject(new Error('Cancelled.')), { once: true });
  });
  try {
    return await Promise.race([remote.exportFile(req), died, cancelled, stall]);
  } finally {
    (watchdog as Watchdog | null)?.stop();
    worker.terminate();
  }
}
