import { wrap, type Remote } from 'comlink';
import type { CapabilityResult, SimulationResult } from '../domain';
import type { ProgressSink } from '../sim';
import type { SimApi, SimulateRequest } from './api';
import type { SimBackend } from './client';
import { isProgressMessage } from './progressMessage';

/**
 * Why a worker raised an error event: an uncaught error has a message; a script that could not be
 * fetched or parsed raises a bare event before the worker has said anything.
 */
export function workerErrorMessage(ev: Event, heard: boolean, what: string): string {
  const message = 'message' in ev && typeof ev.message === 'string' ? ev.message : '';
  if (message) return message;
  return heard ? `the ${what} stopped` : `the ${what}'s script could not be loaded (a network problem, or the app was updated: reload the page if Retry does not help)`;
}

/**
 * A real Web Worker behind Comlink. A worker that dies (error event) fails its pending call at once,
 * and any later call: `died` stays rejected, so nothing waits on a dead worker.
 */
export function spawnWorkerBackend(): SimBackend {
  const worker = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module', name: 'simulator' });
  const remote: Remote<SimApi> = wrap<SimApi>(worker);
  let heard = false;
  let progress: ProgressSink | undefined;
  let crash!: (e: Error) => void;
  const died = new Promise<never>((_, reject) => {
    crash = reject;
  });
  died.catch(() => {}); // handled by whoever races it
  worker.addEventListener('error', (ev) => {
    ev.preventDefault();
    crash(new Error(workerErrorMessage(ev, heard, 'simulation worker')));
  });
  worker.addEventListener('message', (ev: MessageEvent<unknown>) => {
    heard = true;
    if (isProgressMessage(ev.data)) progress?.(ev.data.iovProgress);
  });
  return {
    died,
    simulate(req: SimulateRequest, onProgress?: ProgressSink): Promise<SimulationResult> {
      progress = onProgress;
      return Promise.race([remote.simulate(req) as Promise<SimulationResult>, died]);
    },
    capability(onProgress?: ProgressSink): Promise<CapabilityResult[]> {
      progress = onProgress;
      return Promise.race([remote.capability() as Promise<CapabilityResult[]>, died]);
    },
    terminate(): void {
      progress = undefined;
      worker.terminate();
    },
  };
}
