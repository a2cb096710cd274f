// One side of the comparison: resolve the choice to a design, then simulate it in a worker of its
// own (planned demand and capability in one request). Never on the main thread.
import { startTransition, useEffect, useMemo, useState } from 'react';
import type { Design, SimulationResult } from '../domain';
import { simulateOnce } from '../worker';
import type { DesignSession } from '../store';
import { resolveChoice, type Choice } from './choices';

export type SideRun =
  | { status: 'loading'; design: Design | null; stage: string | null }
  | { status: 'ready'; design: Design; result: SimulationResult }
  | { status: 'error'; design: Design | null; message: string };

export function useSideRun(choice: Choice, current: Design, session: DesignSession | null): SideRun {
  // The run belongs to one request: a state left from an earlier choice reads as loading.
  const request = useMemo(() => ({ choice, current, session }), [choice, current, session]);
  const [state, setState] = useState<{ request: typeof request; run: SideRun } | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    let alive = true;
    // A transition: rendering a whole comparison yields to input instead of holding the main thread.
    const setRun = (run: SideRun): void => startTransition(() => setState({ request, run }));
    void (async () => {
      const resolved = await resolveChoice(choice, current, session).catch((e: unknown) => ({ ok: false as const, message: e instanceof Error ? e.message : String(e) }));
      if (!alive) return;
      if (!resolved.ok) return setRun({ status: 'error', design: null, message: resolved.message });
      const design = resolved.design;
      setRun({ status: 'loading', design, stage: null });
      let stage: string | null = null;
      try {
        const result = await simulateOnce(design, {
          capability: true,
          signal: abort.signal,
          // A re-render per stage, not per progress tick.
          onProgress: (p) => {
            if (!alive || p.stage === stage) return;
            stage = p.stage;
            setRun({ status: 'loading', design, stage });
          },
        });
        if (alive) setRun({ status: 'ready', design, result });
      } catch (e) {
        if (alive) setRun({ status: 'error', design, message: e instanceof Error ? e.message : String(e) });
      }
    })();
    return () => {
      alive = false;
      abort.abort();
    };
  }, [request, choice, current, session]);
  return state?.request === request ? state.run : { status: 'loading', design: null, stage: null };
}
