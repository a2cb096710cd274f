// Tells a hung run from a slow one. The run reports progress (alive()); the watchdog declares a
// stall only when it has heard nothing for stallMs *and* its own tick came on time. A late tick
// means this thread was busy, so the worker's answer or progress may be queued behind it unread:
// judging then would kill a worker whose answer has already arrived. It looks again instead.
//
// With `fromFirstWord`, the stall clock starts only when the run first reports: a worker that is
// still starting (fetching and compiling its script on a machine whose cores are busy elsewhere)
// has not hung, it has not begun. But starting is bounded too: with `startMs`, a worker that has
// not said its first word that long after the watchdog was made (a script that spins at start,
// or answers garbage) did not start — `stalled()` resolves with 'start' rather than 'stall'.
export interface WatchdogOptions {
  stallMs: number;
  tickMs: number;
  now: () => number;
  fromFirstWord?: boolean;
  /** With fromFirstWord: how long the first word may take (the start-up budget); none: unbounded. */
  startMs?: number;
}

/** Why the watchdog gave up: the run never said its first word, or went silent after it. */
export type StallKind = 'start' | 'stall';

export class Watchdog {
  private readonly createdAt: number;
  private lastHeard: number;
  private heard: boolean;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private expectedAt = 0;
  private onStall: ((kind: StallKind) => void) | null = null;
  private readonly stalledPromise: Promise<StallKind>;

  constructor(private readonly options: WatchdogOptions) {
    this.createdAt = this.lastHeard = options.now();
    this.heard = !options.fromFirstWord;
    this.stalledPromise = new Promise<StallKind>((resolve) => {
      this.onStall = resolve;
    });
    if (this.heard || options.startMs !== undefined) this.arm();
  }

  /** Resolves when the run has stalled (or never started); never if it finishes first. */
  stalled(): Promise<StallKind> {
    return this.stalledPromise;
  }

  alive(): void {
    this.lastHeard = this.options.now();
    this.heard = true;
    if (!this.timer && this.onStall) this.arm(); // the first word starts the clock
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.onStall = null;
  }

  private arm(): void {
    this.expectedAt = this.options.now() + this.options.tickMs;
    this.timer = setTimeout(() => this.tick(), this.options.tickMs);
  }

  private tick(): void {
    this.timer = null;
    if (!this.onStall) return;
    const now = this.options.now();
    const late = now - this.expectedAt > Math.max(this.options.tickMs, 250);
    const kind: StallKind | null = late ? null : !this.heard ? (now - this.createdAt >= this.options.startMs! ? 'start' : null) : now - this.lastHeard >= this.options.stallMs ? 'stall' : null;
    if (kind) {
      const stall = this.onStall;
      this.onStall = null;
      stall(kind);
      return;
    }
    this.arm();
  }
}
