// Progressive drawing: a big view shows its parts one commit per frame instead of all in one task
// that holds the main thread (the Compare view's table, then its charts, then Table 3).
import { startTransition, useEffect, useState } from 'react';

/**
 * 0 until both `a` and `b` are there; then 0, 1, … `last`, one step per frame after the previous
 * one painted. A new `a` or `b` starts again at 0, so a new pair of results never shows the old
 * pair's later parts.
 */
export function useStages(a: unknown, b: unknown, last: number): number {
  const [state, setState] = useState<{ a: unknown; b: unknown; stage: number }>({ a: null, b: null, stage: 0 });
  const ready = a != null && b != null;
  const stage = ready && state.a === a && state.b === b ? state.stage : 0;
  useEffect(() => {
    if (!ready || stage >= last) return;
    let timer = 0;
    // After the frame that shows this step has painted: a rAF, then a task.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setState({ a, b, stage: stage + 1 })), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready, stage, last, a, b]);
  return stage;
}
