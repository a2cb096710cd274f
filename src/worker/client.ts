// Talks to the simulation worker: the latest request wins, stale answers are dropped, and a
// worker that throws, dies or hangs is replaced (ARCHITECTURE.md pattern 2, Squoosh's bridge).
//
// Nothing strands a run on a dead worker. A worker that dies while no run is pending (a replacement
// whose script failed to load) is dropped at once, so the next run starts a fresh one; a worker
// that has not said its first word within its start-up budget is reported; workers that failed to
// start are replaced only after a backoff; and Retry always starts a fresh worker.
import type { CapabilityResult, SimulationResult } from '../domain';
import type { ProgressSink, SimProgress } from '../sim';
import type { SimulateRequest } from './api';
import { seconds, startBackoffMs, startBudgetMs } from './startBudget';
import { Watchdog, type StallKind } from './watchdog';

/** One live worker (or, in tests, a fake). */
export interface SimBackend {
  simulate(req: SimulateRequest, onProgress?: ProgressSink): Promise<SimulationResult>;
  /** Capability of the run just answered, when it asked for it (`req.capability`). */
  capability?(onProgress?: ProgressSink): Promise<CapabilityResult[]>;
  terminate(): void;
  /**
   * Rejects when the worker dies, whether a call is pending or not (a script that fails to load
   * raises its error while the worker is idle). A call on a worker that died rejects at once.
   */
  readonly died?: Promise<never>;
}

export type SimEvent =
  | { type: 'computing'; seq: number }
  /** The run waits for a worker that has not said its first word yet (or for the backoff before one). */
  | { type: 'starting'; seq: number }
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
  /** How long a run may wait for its first word (default: startBudgetMs of its design). */
  startMs?: (req: SimulateRequest) => number;
  /** The wait before starting a worker after that many failed to start in a row (default startBackoffMs). */
  backoffMs?: (failures: number) => number;
  /** How often the watchdog looks (default a tenth of stallMs). */
  tickMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

class Stalled extends Error {
  constructor(readonly kind: StallKind) {
    super(kind);
  }
}

/** A worker and whether it has said anything yet (a worker that has not, has not started). */
interface Live {
  backend: SimBackend;
  spoken: boolean;
  /** Why it died, once it has (recorded before any call hears of it). */
  death?: unknown;
}

export class SimClient {
  private live: Live | null = null;
  private latest = 0;
  private pending: { seq: number; req: SimulateRequest } | null = null;
  private busy = false;
  private disposed = false;
  /** Workers that failed before their first word, in a row: the backoff before the next. */
  private startFailures = 0;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly spawn: () => SimBackend,
    private readonly listener: (event: SimEvent) => void,
    private readonly options: SimClientOptions,
  ) {
    this.now = options.now ?? (() => performance.now());
    this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.install(); // starts loading at once, before the first run
  }

  /** Queue a run; any earlier run not yet started is dropped, one already running is answered but ignored. */
  request(req: SimulateRequest): number {
    const seq = ++this.latest;
    this.pending = { seq, req };
    this.listener({ type: 'computing', seq });
    if (!this.busy) void this.pump();
    return seq;
  }

  /** Run again on a fresh worker (after the backoff if workers failed to start), whatever the current one's state. */
  retry(req: SimulateRequest): number {
    // A running call is left to finish or to its watchdog: ending its worker would leave it unanswered.
    if (!this.busy && this.live) this.drop(this.live, false);
    return this.request(req);
  }

  dispose(): void {
    this.disposed = true;
    this.pending = null;
    this.live?.backend.terminate();
    this.live = null;
  }

  private install(): Live {
    const live: Live = { backend: this.spawn(), spoken: false };
    this.live = live;
    // Dies while idle (a replacement whose script failed to load): dropped now, not found dead by the next run.
    live.backend.died?.catch((e: unknown) => {
      live.death = e;
      this.drop(live, true);
    });
    return live;
  }

  /** End a worker (once); one that failed before its first word counts towards the backoff. */
  private drop(live: Live, failed: boolean): void {
    if (this.live !== live) return;
    this.live = null;
    live.backend.terminate();
    if (failed && !live.spoken) this.startFailures++;
  }

  /** A fresh worker, after the backoff (the run waiting for it is told it is starting). */
  private async fresh(seq: number): Promise<Live | null> {
    const wait = (this.options.backoffMs ?? startBackoffMs)(this.startFailures);
    if (wait > 0) {
      if (seq === this.latest) this.listener({ type: 'starting', seq });
      await this.sleep(wait);
    }
    if (this.disposed) return null;
    return this.live ?? this.install();
  }

  private async pump(): Promise<void> {
    this.busy = true;
    while (this.pending) {
      // The live worker takes the call at once (synchronously, as before); a new one may wait.
      const live = this.live ?? (await this.fresh(this.pending.seq));
      if (!live || !this.pending) break;
      const { seq, req } = this.pending;
      this.pending = null;
      const start = this.now();
      if (!live.spoken && seq === this.latest) this.listener({ type: 'starting', seq });
      const startMs = (this.options.startMs ?? ((r: SimulateRequest) => startBudgetMs(r.design)))(req);
      // The stall clock starts at the run's first report: the worker reports as soon as it takes
      // the call, so silence before that is a worker still starting up — bounded by its budget.
      const watchdog = new Watchdog({ stallMs: this.options.stallMs, tickMs: this.options.tickMs ?? this.options.stallMs / 10, now: this.now, fromFirstWord: true, startMs });
      const heard = (): void => {
        watchdog.alive();
        if (!live.spoken) {
          live.spoken = true;
          this.startFailures = 0;
        }
      };
      try {
        const onProgress: ProgressSink = (progress) => {
          heard();
          if (seq === this.latest) this.listener({ type: 'progress', seq, progress });
        };
        const stalled = watchdog.stalled().then((kind) => Promise.reject(new Stalled(kind)));
        const result = await Promise.race([live.backend.simulate(req, onProgress), stalled]);
        heard();
        if (seq === this.latest) this.listener({ type: 'result', seq, result, ms: this.now() - start });
        // The delivered result is on screen; its capability follows unless an edit already waits.
        if (req.capability && live.backend.capability && seq === this.latest && !this.pending) {
          const capability = await Promise.race([live.backend.capability(onProgress), stalled]);
          if (seq === this.latest) this.listener({ type: 'capability', seq, capability, ms: this.now() - start });
        }
      } catch (e) {
        // An exception thrown in the worker came back as an answer: its script ran.
        if (e !== live.death && !(e instanceof Stalled)) heard();
        // Whatever went wrong, the worker's state is suspect: end it. One that had been working is
        // replaced at once (its script loads); one that never started is replaced by the next run,
        // after the backoff.
        const started = live.spoken;
        this.drop(live, true);
        if (started && !this.live && !this.disposed) this.install();
        if (seq === this.latest) this.listener({ type: 'error', seq, message: this.describe(e, started, startMs), restarted: true });
      } finally {
        watchdog.stop();
      }
    }
    this.busy = false;
  }

  private describe(e: unknown, started: boolean, startMs: number): string {
    if (e instanceof Stalled && e.kind === 'start') return `The simulator did not start within ${seconds(startMs)}; it was stopped.`;
    if (e instanceof Stalled) return `The simulator did not answer and made no progress for ${seconds(this.options.stallMs)}; it was restarted.`;
    const why = e instanceof Error ? e.message : String(e);
    return started ? `The simulator failed: ${why}` : `The simulator could not start: ${why}`;
  }
}
