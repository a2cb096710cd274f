// Workers kept between one-off simulations. Starting a worker (loading and compiling the engine)
// and ending one (tearing down its heap) each keep a core busy for ~50–100 ms; on a 2-core machine
// that lands beside the page's own frame that shows the result and made it a long task (comparing
// two designs: 50–110 ms frames whose own CPU was 25–35 ms). A worker that answered is parked here
// and the next run takes it; one idle too long is ended, when nothing else is going on.
import type { SimBackend } from './client';

export class IdleWorkers {
  private readonly idle: Array<{ backend: SimBackend; timer: ReturnType<typeof setTimeout> }> = [];

  constructor(
    private readonly spawn: () => SimBackend,
    private readonly keepMs: number,
    private readonly max: number,
  ) {}

  /** An idle worker if there is one, else a new one. */
  take(): SimBackend {
    const parked = this.idle.pop();
    if (!parked) return this.spawn();
    clearTimeout(parked.timer);
    return parked.backend;
  }

  /** A worker that finished its run cleanly: kept for the next one (or ended, past `max`). */
  give(backend: SimBackend): void {
    if (this.idle.length >= this.max) return backend.terminate();
    const entry = {
      backend,
      timer: setTimeout(() => {
        const i = this.idle.indexOf(entry);
        if (i >= 0) this.idle.splice(i, 1);
        backend.terminate();
      }, this.keepMs),
    };
    this.idle.push(entry);
    // One that dies while parked is never handed out.
    backend.died?.catch(() => {
      const i = this.idle.indexOf(entry);
      if (i < 0) return;
      this.idle.splice(i, 1);
      clearTimeout(entry.timer);
      backend.terminate();
    });
  }

  get size(): number {
    return this.idle.length;
  }
}
