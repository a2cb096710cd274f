// Progressive drawing: a big view shows its parts one commit per frame instead of all in one task
// that holds the main thread (the Compare view's table, then its charts, then Table 3).
import { startTransition, useEffect, useState } from 'react';

/**
 * 0 while `key` is null; then 0, 1, … `last`, one step per frame after the previous one painted.
 * A new key starts again at 0, so a new pair of results never shows the old pair's later parts.
 */
export function useStages(key: readonly unknown[] | null, last: number): number {
  const [state, setState] = useState<{ key: readonly unknown[] | null; stage: number }>({ key: null, stage: 0 });
  const same = state.key !== null && key !== null && state.key.length === key.length && state.key.every((k, i) => k === key[i]);
  const stage = same ? state.stage : 0;
  useEffect(() => {
    if (!key || stage >= last) return;
    let timer = 0;
    // After the frame that shows this step has painted: a rAF, then a task.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setState({ key, stage: stage + 1 })), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
    // The key's members are what matter, not the array's identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stage, last, ...(key ?? [null, null])]);
  return stage;
}
