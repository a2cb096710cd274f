// How many background simulations may run at once. On a 2-core machine, two workers at full speed
// left the page's main thread waiting for a core: comparing two designs gave 80–130 ms frames on
// an otherwise idle machine, though no task of ours used more than ~30 ms of CPU. One core stays
// for the page.

/** Cores the browser reports, less one for the page; at least 1. */
export function backgroundCores(cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2): number {
  return Math.max(1, cores - 1);
}

/** A counting semaphore: acquire() resolves when a slot is free (first come, first served). */
export class Slots {
  private free: number;
  private readonly waiting: Array<() => void> = [];
  constructor(size: number) {
    this.free = size;
  }
  acquire(signal?: AbortSignal): Promise<() => void> {
    const release = (): void => {
      const next = this.waiting.shift();
      if (next) next();
      else this.free++;
    };
    if (this.free > 0) {
      this.free--;
      return Promise.resolve(once(release));
    }
    return new Promise((resolve, reject) => {
      const grant = (): void => {
        signal?.removeEventListener('abort', cancel);
        resolve(once(release));
      };
      const cancel = (): void => {
        const i = this.waiting.indexOf(grant);
        if (i >= 0) this.waiting.splice(i, 1);
        reject(new DOMException('Cancelled.', 'AbortError'));
      };
      this.waiting.push(grant);
      signal?.addEventListener('abort', cancel, { once: true });
    });
  }
}

function once(f: () => void): () => void {
  let done = false;
  return () => {
    if (!done) {
      done = true;
      f();
    }
  };
}
