// Nodes on the move while the overview is drawn: a drag of an overview box (useOverviewPointer)
// or of a mounted node over it (React Flow's drag). Outside React state so that a drag redraws
// the overview's <canvas> each frame without rendering the canvas's component tree.
import type { XY } from './derive';

let moving: ReadonlyMap<string, XY> | null = null;
const listeners = new Set<() => void>();

export function setOverviewMoves(positions: ReadonlyMap<string, XY> | null): void {
  if (moving === positions) return;
  moving = positions;
  for (const l of listeners) l();
}

export const overviewMoves = (): ReadonlyMap<string, XY> | null => moving;

export function onOverviewMoves(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
