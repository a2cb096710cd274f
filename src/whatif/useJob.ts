import { useCallback, useEffect, useRef, useState } from 'react';
import { PoolCancelled } from '../worker/whatIfPool';

export interface JobState<T> {
  status: 'idle' | 'running' | 'done' | 'cancelled' | 'error';
  results: T[];
  done: number;
  total: number;
  error: string | null;
}

/**
 * One cancellable pool job at a time: results accumulate as chunks land; starting again or
 * unmounting cancels the run in flight (its workers are terminated).
 */
export function useJob<T>() {
  const [state, setState] = useState<JobState<T>>({ status: 'idle', results: [], done: 0, total: 0, error: null });
  const ctrl = useRef<AbortController | null>(null);
  useEffect(() => () => ctrl.current?.abort(), []);
  const start = useCallback((total: number, run: (signal: AbortSignal, onChunk: (results: T[], done: number) => void) => Promise<T[]>) => {
    ctrl.current?.abort();
    const c = new AbortController();
    ctrl.current = c;
    setState({ status: 'running', results: [], done: 0, total, error: null });
    run(c.signal, (results, done) => {
      if (ctrl.current === c) setState((s) => ({ ...s, results: [...s.results, ...results], done }));
    }).then(
      (results) => {
        if (ctrl.current === c) setState({ status: 'done', results, done: total, total, error: null });
      },
      (e: unknown) => {
        if (ctrl.current !== c) return;
        if (e instanceof PoolCancelled) setState((s) => ({ ...s, status: 'cancelled' }));
        else setState((s) => ({ ...s, status: 'error', error: e instanceof Error ? e.message : String(e) }));
      },
    );
  }, []);
  const cancel = useCallback(() => ctrl.current?.abort(), []);
  const reset = useCallback(() => {
    ctrl.current?.abort();
    ctrl.current = null;
    setState({ status: 'idle', results: [], done: 0, total: 0, error: null });
  }, []);
  return { state, start, cancel, reset };
}
