// Talks to the simulation worker: the latest request wins, stale answers are dropped, and a
// worker that throws, dies or hangs is replaced (ARCHITECTURE.md pattern 2, Squoosh's bridge).
import type { CapabilityResult, SimulationResult } from '../domain';
import type { ProgressSink, SimProgress } from '../sim';
import type { SimulateRequest } from './api';
import { Watchdog } from './watchdog';

/** One live worker (or, in tests, a fake). */
export interface SimBackend {
  simulate(req: SimulateRequest, onProgress?: ProgressSink): Promise<SimulationResult>;
  /** Capability of the run just answered, when it asked for it (`req.capability`). */
  capability?(onProgress?: ProgressSink): Promise<CapabilityResult[]>;
  terminate(): void;
}

export type SimEvent =
  | { type: 'computing'; seq: number }
  | { type: 'progress'; seq: number; progress: SimProgress }
  | { type: 'result'; seq: number; result: SimulationResult; ms: number }
  /** Follows the result of the same run: what each VM could get (skipped if a newer run waits). */
  | { type: 'capability'; seq: number; capability: CapabilityResult[]; ms: number }
  | { type: 'error'; seq: number; message: string; restarted: boolean };

export interface SimClientOptions {
  /**
   * A run that reports no progress for this long is hung: it is terminated and replaced. Slow
   * honest work keeps reporting, so it is never cut off however long it takes.
   */
  stallMs: number;
  /** How often the watchdog looks (default a tenth of stallMs). */
  tickMs?: number;
  now?: () => number;
}

class Stalled extends Error {}

export class SimClient {
  private backend: SimBackend;
  private latest = 0;
  private pending: { seq: number; req: SimulateRequest } | null = null;
  private busy = false;
  private readonly now: () => number;

  constructor(
    private readonly spawn: () => SimBackend,
    private readonly listener: (event: SimEvent) => void,
    private readonly options: SimClientOptions,
  ) {
    this.backend = spawn();
    this.now = options.now ?? (() => performance.now());
  }

  /** Queue a run; any earlier run not yet started is dropped, one already running is answered but ignored. */
  request(req: SimulateRequest): number {
    const seq = ++this.latest;
    this.pending = { seq, req };
    this.listener({ type: 'computing', seq });
    if (!this.busy) void this.pump();
    return seq;
  }

  dispose(): void {
    this.pending = null;
    this.backend.terminate();
  }

  private async pump(): Promise<void> {
    this.busy = true;
    while (this.pending) {
      const { seq, req } = this.pending;
      this.pending = null;
      const start = this.now();
      // Judged from the run's first report on: the worker reports as soon as it takes the call, so
      // silence before that is a worker still starting up, not a hang.
      const watchdog = new Watchdog({ stallMs: this.options.stallMs, tickMs: this.options.tickMs ?? this.options.stallMs / 10, now: this.now, fromFirstWord: true });
      try {
        const onProgress: ProgressSink = (progress) => {
          watchdog.alive();
          if (seq === this.latest) this.listener({ type: 'progress', seq, progress });
        };
        const stalled = watchdog.stalled().then(() => Promise.reject(new Stalled()));
        const result = await Promise.race([this.backend.simulate(req, onProgress), stalled]);
        if (seq === this.latest) this.listener({ type: 'result', seq, result, ms: this.now() - start });
        // The delivered result is on screen; its capability follows unless an edit already waits.
        if (req.capability && this.backend.capability && seq === this.latest && !this.pending) {
          const capability = await Promise.race([this.backend.capability(onProgress), stalled]);
          if (seq === this.latest) this.listener({ type: 'capability', seq, capability, ms: this.now() - start });
        }
      } catch (e) {
        // Whatever went wrong, the worker's state is suspect: start a fresh one.
        this.backend.terminate();
        this.backend = this.spawn();
        if (seq === this.latest) {
          const message =
            e instanceof Stalled
              ? `The simulator did not answer and made no progress for ${Math.round(this.options.stallMs / 1000)} s; it was restarted.`
              : `The simulator failed: ${e instanceof Error ? e.message : String(e)}`;
          this.listener({ type: 'error', seq, message, restarted: true });
        }
      } finally {
        watchdog.stop();
      }
    }
    this.busy = false;
  }
}
