import { useEffect, useState } from 'react';

/**
 * True once `on` has stayed true for `ms`; false as soon as it turns false. For states worth
 * showing only when they last (a result being recomputed): most edits come back before the
 * delay, and then nothing on screen changes but the numbers.
 */
export function useAfter(on: boolean, ms: number): boolean {
  const [late, setLate] = useState(false);
  useEffect(() => {
    if (!on) return;
    const timer = setTimeout(() => setLate(true), ms);
    return () => {
      clearTimeout(timer);
      setLate(false);
    };
  }, [on, ms]);
  return on && late;
}

/** How long a result may be stale before it is shown dimmed, "updating". */
export const DIM_STALE_AFTER_MS = 150;

/**
 * A stale result (computed for an older design) shown as such: once it has been stale for
 * DIM_STALE_AFTER_MS, or at once when the run failed. Most edits come back sooner, and dimming
 * them for a blink was a flicker and two repaints of every panel and cable per edit.
 */
export function useDimmed(stale: boolean, failed: boolean): boolean {
  return useAfter(stale, DIM_STALE_AFTER_MS) || (stale && failed);
}
