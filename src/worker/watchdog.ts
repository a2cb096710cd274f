// Tells a hung run from a slow one. The run reports progress (alive()); the watchdog declares a
// stall only when it has heard nothing for stallMs *and* its own tick came on time. A late tick
// means this thread was busy, so the worker's answer or progress may be queued behind it unread:
// judging then would kill a worker whose answer has already arrived. It looks again instead.
//
// With `fromFirstWord`, the clock starts only when the run first reports: a worker that is still
// starting (fetching and compiling its script on a machine whose cores are busy elsewhere) has
// not hung, it has not begun. A worker that fails to start raises an error event instead.
export interface WatchdogOptions {
  stallMs: number;
  tickMs: number;
  now: () => number;
  fromFirstWord?: boolean;
}

export class Watchdog {
  private lastHeard: number;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private expectedAt = 0;
  private onStall: (() => void) | null = null;
  private readonly stalledPromise: Promise<void>;

  constructor(private readonly options: WatchdogOptions) {
    this.lastHeard = options.now();
    this.stalledPromise = new Promise<void>((resolve) => {
      this.onStall = resolve;
    });
    if (!options.fromFirstWord) this.arm();
  }

  /** Resolves when the run has stalled; never if it finishes first. */
  stalled(): Promise<void> {
    return this.stalledPromise;
  }

  alive(): void {
    this.lastHeard = this.options.now();
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
    if (!late && now - this.lastHeard >= this.options.stallMs) {
      const stall = this.onStall;
      this.onStall = null;
      stall();
      return;
    }
    this.arm();
  }
}
