import { wrap, type Remote } from 'comlink';
import type { CapabilityResult, SimulationResult } from '../domain';
import type { ProgressSink } from '../sim';
import type { SimApi, SimulateRequest } from './api';
import type { SimBackend } from './client';
import { isProgressMessage } from './progressMessage';

/** A real Web Worker behind Comlink. A worker that dies (error event) fails its pending call at once. */
export function spawnWorkerBackend(): SimBackend {
  const worker = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module', name: 'simulator' });
  const remote: Remote<SimApi> = wrap<SimApi>(worker);
  let crashed: ((e: Error) => void) | null = null;
  let progress: ProgressSink | undefined;
  worker.addEventListener('error', (ev) => {
    ev.preventDefault();
    crashed?.(new Error(ev.message || 'the simulation worker stopped'));
  });
  worker.addEventListener('message', (ev: MessageEvent<unknown>) => {
    if (isProgressMessage(ev.data)) progress?.(ev.data.iovProgress);
  });
  return {
    simulate(req: SimulateRequest, onProgress?: ProgressSink): Promise<SimulationResult> {
      progress = onProgress;
      const died = new Promise<never>((_, reject) => {
        crashed = reject;
      });
      return Promise.race([remote.simulate(req) as Promise<SimulationResult>, died]);
    },
    capability(onProgress?: ProgressSink): Promise<CapabilityResult[]> {
      progress = onProgress;
      const died = new Promise<never>((_, reject) => {
        crashed = reject;
      });
      return Promise.race([remote.capability() as Promise<CapabilityResult[]>, died]);
    },
    terminate(): void {
      progress = undefined;
      worker.terminate();
    },
  };
}
