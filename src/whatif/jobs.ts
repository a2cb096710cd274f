// What-if jobs on the worker pool: a job key per design revision, progressive results, cancel. Each
// worker gets the design once (`load`), then only the chunk's items.
import type { Design, Failure, FailureImpact, IovMode } from '../domain';
import type { SweepAxis, SweepPoint } from '../sim';
import { startBudgetMs } from '../worker/startBudget';
import { runOnPool } from '../worker/whatIfPool';

let seq = 0;
/** A new key per job: workers cache the job's intact expansion under it. */
const jobKey = (): string => `job-${Date.now().toString(36)}-${++seq}`;

export interface JobOptions<T> {
  signal?: AbortSignal;
  onChunk?(results: T[], done: number, total: number): void;
  /** The first worker answered: the job is past starting. */
  onStarted?(): void;
}

export function runImpacts(design: Design, mode: IovMode, sets: Failure[][], options: JobOptions<FailureImpact>): Promise<FailureImpact[]> {
  const key = jobKey();
  return runOnPool(sets, (remote, chunk) => remote.impacts({ key, mode, sets: chunk }) as Promise<FailureImpact[]>, { ...options, startMs: startBudgetMs(design), setup: (remote) => remote.load(key, design) });
}

export function runSweep(design: Design, axis: SweepAxis, values: number[], options: JobOptions<SweepPoint>): Promise<SweepPoint[]> {
  const key = jobKey();
  return runOnPool(values, (remote, chunk) => remote.sweep({ key, axis, values: chunk }) as Promise<SweepPoint[]>, { ...options, startMs: startBudgetMs(design), setup: (remote) => remote.load(key, design) });
}
