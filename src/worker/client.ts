// Talks to the simulation worker: the latest request wins, stale answers are dropped, and a
// worker that throws, dies or hangs is replaced (ARCHITECTURE.md pattern 2, Squoosh's bridge).
import type { SimulationResult } from '../domain';
import type { SimulateRequest } from './api';

/** One live worker (or, in tests, a fake). */
export interface SimBackend {
  simulate(req: SimulateRequest): Promise<SimulationResult>;
  terminate(): void;
}

export type SimEvent =
  | { type: 'computing'; seq: number }
  | { type: 'result'; seq: number; result: SimulationResult; ms: number }
  | { type: 'error'; seq: number; message: string; restarted: boolean };

export interface SimClientOptions {
  /** A call taking longer is treated as a hung worker: it is terminated and replaced. */
  timeoutMs: number;
  now?: () => number;
}

class Timeout extends Error {}

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
      try {
        const result = await this.withTimeout(this.backend.simulate(req));
        if (seq === this.latest) this.listener({ type: 'result', seq, result, ms: this.now() - start });
      } catch (e) {
        // Whatever went wrong, the worker's state is suspect: start a fresh one.
        this.backend.terminate();
        this.backend = this.spawn();
        if (seq === this.latest) {
          const message =
            e instanceof Timeout
              ? `The simulator did not answer within ${Math.round(this.options.timeoutMs / 1000)} s and was restarted.`
              : `The simulator failed: ${e instanceof Error ? e.message : String(e)}`;
          this.listener({ type: 'error', seq, message, restarted: true });
        }
      }
    }
    this.busy = false;
  }

  private withTimeout<T>(p: Promise<T>): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const watchdog = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Timeout()), this.options.timeoutMs);
    });
    return Promise.race([p, watchdog]).finally(() => clearTimeout(timer));
  }
}
