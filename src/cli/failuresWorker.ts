/**
 * A worker thread of `sim failures --jobs N` (failuresJobs.ts): it builds the intact design's
 * expansion and result once, then answers one class of alike failures at a time with the class's
 * impact — the same core call as n−1 in one thread (`classImpacts`), so the figures are the same.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { FailureClass } from '../sim';
import { classImpacts, whatIfBase } from '../sim/nMinus1';
import type { ClassJob, ClassAnswer, FailuresWorkerData } from './failuresJobs';

const { design, mode } = workerData as FailuresWorkerData;
// The design comes from this process's own main thread, already loaded and validated: not parsed again.
const base = whatIfBase(design, mode);
const port = parentPort!;
port.on('message', (job: ClassJob) => {
  const cls: FailureClass = job.cls;
  const answer: ClassAnswer = { index: job.index, impact: classImpacts(base, [cls])[0]! };
  port.postMessage(answer);
});
