// Which cable the pointer is over: its label shows even where there is no room for it at rest.
import { useSyncExternalStore } from 'react';

let hovered: string | null = null;
const listeners = new Set<() => void>();

export function setHoveredEdge(id: string | null): void {
  if (hovered === id) return;
  hovered = id;
  for (const l of listeners) l();
}

export function useIsHovered(id: string): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => hovered === id,
  );
}
