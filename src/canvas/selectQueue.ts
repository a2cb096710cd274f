// React Flow's select changes, applied to the store in a task of their own.
import type { Selection } from '../store';
import { applySelect } from './interaction';

export type SelectChange = { id: string; selected: boolean };
type Side = 'nodes' | 'links';
interface SelectionStore {
  selection: Selection;
  select: (selection: Selection) => void;
}

/**
 * A drag on an unselected node selects it in the pointer move that starts the drag. Applying that
 * selection at once rendered the whole canvas, the palette and the inspector inside the drag's
 * first task (55–80 ms on a 1,000-node design on 2 cores). Deferred, React Flow starts the drag in
 * one task and the selection shows in the next, a few milliseconds later.
 *
 * Only changes made during a pointer move wait (`defer`): a click's or a key's selection is
 * applied at once, in order with what the app's own handlers do next (Escape on a focused node
 * makes React Flow select it just before the app clears the selection). `flush` applies what
 * waits: the browser runs input before timers, so a key pressed during that blink flushes first.
 */
export function createSelectQueue(
  store: () => SelectionStore,
  defer: () => boolean = duringPointerMove,
  later: (flush: () => void) => void = (f) => void setTimeout(f, 0),
): { queue: (side: Side, changes: readonly SelectChange[]) => void; flush: () => void } {
  let pending: Array<[Side, readonly SelectChange[]]> | null = null;
  const flush = (): void => {
    if (!pending) return;
    const batch = pending;
    pending = null;
    const s = store();
    let next = s.selection;
    for (const [side, changes] of batch) next = applySelect(next, side, changes) ?? next;
    if (!sameSelection(next, s.selection)) s.select(next);
  };
  const queue = (side: Side, changes: readonly SelectChange[]): void => {
    if (changes.length === 0) return;
    const first = !pending;
    (pending ??= []).push([side, changes]);
    if (!defer()) flush();
    else if (first) later(flush);
  };
  return { queue, flush };
}

const sameIds = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id, i) => id === b[i]);
const sameSelection = (a: Selection, b: Selection): boolean =>
  a === b || (sameIds(a.nodes, b.nodes) && sameIds(a.links, b.links) && a.adapter?.nodeId === b.adapter?.nodeId && a.adapter?.adapterId === b.adapter?.adapterId);

/** Is the event being handled a pointer move (where React Flow starts a drag)? */
function duringPointerMove(): boolean {
  // window.event is legacy but exact here: React Flow calls back from inside its own listeners.
  const type = typeof window === 'undefined' ? '' : (window.event?.type ?? '');
  return type === 'mousemove' || type === 'pointermove' || type === 'touchmove';
}
