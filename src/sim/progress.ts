/**
 * How far a long computation has got. The simulator reports it between stages and inside its
 * long loops (expansion, routing, building the flow problem) so that whoever waits for it can
 * tell slow honest work from a hang, however slow the machine.
 */
export interface SimProgress {
  /** What the engine is doing, in a user's words ("routing flows"). */
  stage: string;
  done: number;
  total: number;
}

export type ProgressSink = (progress: SimProgress) => void;

export const noProgress: ProgressSink = () => undefined;

// The core compiles without DOM or Node types; both runtimes have a global performance clock.
const clock = (globalThis as { performance?: { now(): number } }).performance;
export const now = (): number => (clock ? clock.now() : Date.now());

/** Reports at most this often from inside a loop (a report costs a message to the page). */
const REPORT_EVERY_MS = 250;

/**
 * A cheap in-loop reporter: `tick(i)` at each iteration reads the clock once every `every` calls
 * (a power of two: light iterations look rarely, heavy ones each time) and tells the sink when a
 * quarter second has passed since the last report. The first call always reports, so every
 * stage is announced.
 */
export function progressTicker(sink: ProgressSink, stage: string, total: number, every = 1024): (done: number) => void {
  if (sink === noProgress) return () => undefined;
  const mask = every - 1;
  let calls = 0;
  let last = -Infinity;
  return (done) => {
    if ((calls++ & mask) !== 0) return;
    const t = now();
    if (t - last < REPORT_EVERY_MS) return;
    last = t;
    sink({ stage, done, total });
  };
}
