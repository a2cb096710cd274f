import { describe, expect, it } from 'vitest';
import { tinyIbDesign } from '../scenarios/testDesigns';
import type { ExportRequest } from '../io/export/job';
import { runExportJob } from './exportClient';

/** A worker that never says a word (its script spins at start), or raises a bare error event (its script did not load). */
class FakeWorker extends EventTarget {
  ended = false;
  constructor(private readonly behaviour: 'spin' | 'no-script') {
    super();
    if (behaviour === 'no-script') setTimeout(() => this.dispatchEvent(new Event('error', { cancelable: true })), 1);
  }
  postMessage(): void {}
  terminate(): void {
    this.ended = true;
  }
}

const req: ExportRequest = { format: 'bom', design: tinyIbDesign(), now: 0 };

describe('runExportJob: starting', () => {
  it('stops a worker that does not say its first word within the start-up budget', async () => {
    const made: FakeWorker[] = [];
    const spawn = (): Worker => {
      const w = new FakeWorker('spin');
      made.push(w);
      return w as unknown as Worker;
    };
    const t0 = performance.now();
    await expect(runExportJob(req, { spawn, startMs: 50 })).rejects.toThrow('The export worker did not start within 0 s and was stopped');
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(made[0]!.ended).toBe(true);
  });

  it('says when the script could not be loaded, and waits for the backoff before the next worker', async () => {
    const made: FakeWorker[] = [];
    const spawn = (): Worker => {
      const w = new FakeWorker('no-script');
      made.push(w);
      return w as unknown as Worker;
    };
    await expect(runExportJob(req, { spawn })).rejects.toThrow(/export worker's script could not be loaded/);
    expect(made[0]!.ended).toBe(true);
    // Two failed starts in a row so far (this test's and the previous one's): 1 s before the next.
    const t0 = performance.now();
    await expect(runExportJob(req, { spawn })).rejects.toThrow(/could not be loaded/);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(900);
  });
});
