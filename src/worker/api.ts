// The one typed API the simulation worker exposes (ARCHITECTURE.md pattern 2). Plain functions
// over the pure core; the worker file only wires it to Comlink.
import { DesignSchema, type CapabilityResult, type Design, type SimulationResult } from '../domain';
import { simulateSession, type ProgressSink, type SimulationSession } from '../sim';

/** Test hook: make the next call fail the way a simulator bug would (exception or endless loop). */
export type Fault = 'throw' | 'hang';

export interface SimulateRequest {
  design: Design;
  saturate: boolean;
  /**
   * Keep what the capability runs need, for the `capability` call that follows: the delivered
   * result goes back first, and what each VM could get comes from the same routes and solutions.
   */
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

export const capabilityTransferables = (capability: readonly CapabilityResult[]): ArrayBuffer[] => capability.flatMap((c) => Object.values(c.perVm).map((a) => a.buffer as ArrayBuffer));

/** The last run that asked for capability; its `capability` call comes next from the same client. */
let kept: SimulationSession | null = null;

export const simApi = {
  simulate(req: SimulateRequest, onProgress?: ProgressSink): SimulationResult {
    kept = null;
    onProgress?.({ stage: 'checking the design', done: 0, total: 1 });
    injectFault(req.fault);
    // The design crossed a boundary: validate it as we would a file, so a bad edit is a message, not a crash.
    const design = DesignSchema.parse(req.design);
    const session = simulateSession(design, { saturate: req.saturate, ...(onProgress ? { onProgress } : {}) });
    if (req.capability) kept = session;
    else session.release();
    return session.result;
  },
  /** Capability of the run just answered (same design, same routes): never from another edit. */
  capability(onProgress?: ProgressSink): CapabilityResult[] {
    const session = kept;
    kept = null;
    return session ? session.capability(onProgress) : [];
  },
};

export type SimApi = typeof simApi;
