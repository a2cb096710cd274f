// The one typed API the simulation worker exposes (ARCHITECTURE.md pattern 2). Plain functions
// over the pure core; the worker file only wires it to Comlink.
import { DesignSchema, type Design, type SimulationResult } from '../domain';
import { simulate, type ProgressSink } from '../sim';

/** Test hook: make the next call fail the way a simulator bug would (exception or endless loop). */
export type Fault = 'throw' | 'hang';

export interface SimulateRequest {
  design: Design;
  saturate: boolean;
  /** Also run the saturation (every flow unlimited) in this request: what each VM could get. */
  capability?: boolean;
  fault?: Fault;
}

function injectFault(fault: Fault | undefined): void {
  if (fault === 'throw') throw new Error('Injected simulator failure (test hook).');
  if (fault === 'hang') {
    // Blocks this thread as a runaway loop would; the client's watchdog must restart the worker.
    for (;;) {
      /* spin */
    }
  }
}

/** Every typed array of every mode, so Comlink transfers them instead of copying. */
export function transferables(result: SimulationResult): ArrayBuffer[] {
  return result.modes.flatMap((m) => Object.values(m.perVm).map((a) => (a as Uint32Array | Float64Array).buffer as ArrayBuffer));
}

export const simApi = {
  simulate(req: SimulateRequest, onProgress?: ProgressSink): SimulationResult {
    onProgress?.({ stage: 'checking the design', done: 0, total: 1 });
    injectFault(req.fault);
    // The design crossed a boundary: validate it as we would a file, so a bad edit is a message, not a crash.
    const design = DesignSchema.parse(req.design);
    const result = simulate(design, { saturate: req.saturate, ...(onProgress ? { onProgress } : {}) });
    if (!req.capability || req.saturate || result.modes.length === 0) return result;
    // Same design, same request: demand and capability can never come from two different edits.
    const saturated = simulate(design, { saturate: true, ...(onProgress ? { onProgress: (p) => onProgress({ ...p, stage: `capability: ${p.stage}` }) } : {}) });
    return { ...result, capability: saturated.modes.map((m) => ({ mode: m.mode, vm: { lanGbps: m.vm.lanGbps, sanMBps: m.vm.sanMBps, ipcGbps: m.vm.ipcGbps }, totals: m.totals, bottlenecks: m.bottlenecks })) };
  },
};

export type SimApi = typeof simApi;
