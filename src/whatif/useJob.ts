import { useCallback, useEffect, useRef, useState } from 'react';
import { PoolCancelled } from '../worker/whatIfPool';

export interface JobState<T> {
  status: 'idle' | 'running' | 'done' | 'cancelled' | 'error';
  results: T[];
  done: number;
  total: number;
  error: string | null;
  /** Running, but no worker has answered yet (shown as "Starting…"). */
  starting: boolean;
}

/**
 * Results that landed since the last frame: `flush` gets them all once, in the next animation
 * frame, however many chunks arrived before then.
 */
function frameBuffer<T>(flush: (results: T[], done: number) => void) {
  let frame: number | null = null;
  let results: T[] = [];
  let done = 0;
  const stop = (): void => {
    if (frame !== null) cancelAnimationFrame(frame);
    frame = null;
  };
  return {
    push(chunk: T[], doneNow: number): void {
      results = results.concat(chunk);
      done = doneNow;
      frame ??= requestAnimationFrame(() => {
        frame = null;
        const out = results;
        results = [];
        flush(out, done);
      });
    },
    /** What has not been flushed yet (and nothing is flushed after this). */
    take(): { results: T[]; done: number } {
      stop();
      const out = { results, done };
      results = [];
      return out;
    },
    clear(): void {
      stop();
      results = [];
      done = 0;
    },
  };
}

/**
 * One cancellable pool job at a time: results accumulate as chunks land; starting again or
 * unmounting cancels the run in flight (its workers are terminated). Chunks that land within one
 * frame are merged into one React commit: with several workers answering at once, a commit per
 * message would redraw the section more often than the screen can show it.
 */
export function useJob<T>() {
  const [state, setState] = useState<JobState<T>>({ status: 'idle', results: [], done: 0, total: 0, error: null, starting: false });
  const ctrl = useRef<AbortController | null>(null);
  const [batch] = useState(() => frameBuffer<T>((results, done) => setState((s) => (s.status === 'running' ? { ...s, results: s.results.concat(results), done } : s))));
  useEffect(
    () => () => {
      ctrl.current?.abort();
      batch.clear();
    },
    [batch],
  );
  const start = useCallback((total: number, run: (signal: AbortSignal, onChunk: (results: T[], done: number) => void, onStarted: () => void) => Promise<T[]>) => {
    ctrl.current?.abort();
    batch.clear();
    const c = new AbortController();
    ctrl.current = c;
    setState({ status: 'running', results: [], done: 0, total, error: null, starting: true });
    run(
      c.signal,
      (results, done) => {
        if (ctrl.current === c) batch.push(results, done);
      },
      () => {
        if (ctrl.current === c) setState((s) => (s.status === 'running' ? { ...s, starting: false } : s));
      },
    ).then(
      (results) => {
        if (ctrl.current !== c) return;
        // The whole result replaces what was buffered: nothing pending is drawn after it.
        batch.clear();
        setState({ status: 'done', results, done: total, total, error: null, starting: false });
      },
      (e: unknown) => {
        if (ctrl.current !== c) return;
        const { results, done } = batch.take();
        const merge = (s: JobState<T>): JobState<T> => ({ ...s, results: results.length ? s.results.concat(results) : s.results, done: Math.max(s.done, done), starting: false });
        if (e instanceof PoolCancelled) setState((s) => ({ ...merge(s), status: 'cancelled' }));
        else setState((s) => ({ ...merge(s), status: 'error', error: e instanceof Error ? e.message : String(e) }));
      },
    );
  }, [batch]);
  const cancel = useCallback(() => ctrl.current?.abort(), []);
  const reset = useCallback(() => {
    ctrl.current?.abort();
    ctrl.current = null;
    batch.clear();
    setState({ status: 'idle', results: [], done: 0, total: 0, error: null, starting: false });
  }, [batch]);
  return { state, start, cancel, reset };
}
