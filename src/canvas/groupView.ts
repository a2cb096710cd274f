// Which groups the user has expanded or collapsed this session. View state, like the zoom: not
// in the design (an expand is no edit, no undo step, and works in a read-only shared design); a
// file's `collapsed` says only how a group opens.
import { useSyncExternalStore } from 'react';

let overrides: ReadonlyMap<string, boolean> = new Map();
const listeners = new Set<() => void>();

const emit = (): void => {
  for (const l of listeners) l();
};

export function setGroupCollapsed(groupId: string, collapsed: boolean): void {
  if (overrides.get(groupId) === collapsed) return;
  overrides = new Map([...overrides, [groupId, collapsed]]);
  emit();
}

/** Another design opened: its groups open as its file says. */
export function resetGroupView(): void {
  if (!overrides.size) return;
  overrides = new Map();
  emit();
}

const subscribe = (l: () => void): (() => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export function useGroupOverrides(): ReadonlyMap<string, boolean> {
  return useSyncExternalStore(subscribe, () => overrides);
}
