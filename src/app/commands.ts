// Every user intent is a command, registered once (ARCHITECTURE.md pattern 5, after Excalidraw's
// actions): the top bar, the keyboard and tests call the same thing, and each says if it is undoable.
import type { AppStore } from '../store';

export interface Command {
  id: string;
  label: string;
  /** Shown in tooltips; Mod = Ctrl on Windows/Linux, ⌘ on macOS. */
  shortcut?: string;
  undoable: boolean;
  /** Does this key event trigger the command? */
  keyTest?: (e: KeyboardEvent) => boolean;
  enabled?: (store: AppStore) => boolean;
  perform: (store: AppStore) => void;
}

const mod = (e: KeyboardEvent): boolean => e.ctrlKey || e.metaKey;
const key = (e: KeyboardEvent, k: string): boolean => e.key.toLowerCase() === k;
const hasSelection = (s: AppStore): boolean => {
  const { nodes, links, adapter } = s.getState().selection;
  return nodes.length > 0 || links.length > 0 || adapter !== undefined;
};

export const COMMANDS: readonly Command[] = [
  {
    id: 'undo',
    label: 'Undo',
    shortcut: 'Mod+Z',
    undoable: false,
    keyTest: (e) => mod(e) && !e.shiftKey && key(e, 'z'),
    enabled: (s) => s.temporal.getState().pastStates.length > 0,
    perform: (s) => s.temporal.getState().undo(),
  },
  {
    id: 'redo',
    label: 'Redo',
    shortcut: 'Shift+Mod+Z',
    undoable: false,
    keyTest: (e) => mod(e) && ((e.shiftKey && key(e, 'z')) || key(e, 'y')),
    enabled: (s) => s.temporal.getState().futureStates.length > 0,
    perform: (s) => s.temporal.getState().redo(),
  },
  {
    id: 'delete',
    label: 'Delete selection',
    shortcut: 'Delete',
    undoable: true,
    keyTest: (e) => e.key === 'Delete' || e.key === 'Backspace',
    enabled: hasSelection,
    perform: (s) => s.getState().deleteSelection(),
  },
  // No keyTest for copy and paste: Ctrl/⌘+C and Ctrl/⌘+V must reach the browser as copy and paste
  // events, which App handles. Copy also replaces the system clipboard's text, so a design's JSON
  // copied earlier is not what the next paste opens; pasted design JSON opens as a new design,
  // anything else pastes the copied nodes.
  { id: 'copy', label: 'Copy', shortcut: 'Mod+C', undoable: false, enabled: hasSelection, perform: (s) => s.getState().copySelection() },
  { id: 'paste', label: 'Paste', shortcut: 'Mod+V', undoable: true, perform: (s) => s.getState().paste() },
  {
    id: 'duplicate',
    label: 'Duplicate',
    shortcut: 'Mod+D',
    undoable: true,
    keyTest: (e) => mod(e) && key(e, 'd'),
    enabled: (s) => s.getState().selection.nodes.length > 0,
    perform: (s) => s.getState().duplicateSelection(),
  },
  { id: 'select-all', label: 'Select all', shortcut: 'Mod+A', undoable: false, keyTest: (e) => mod(e) && key(e, 'a'), perform: (s) => s.getState().selectAll() },
  {
    id: 'escape',
    label: 'Clear selection',
    shortcut: 'Escape',
    undoable: false,
    keyTest: (e) => e.key === 'Escape',
    perform: (s) => {
      s.getState().clearSelection();
      s.getState().dismissNotice();
    },
  },
];

export const command = (id: string): Command => {
  const c = COMMANDS.find((x) => x.id === id);
  if (!c) throw new Error(`Unknown command ${id}`);
  return c;
};

/** Typing in a field keeps its own keys (Backspace deletes a character, not the selected server). */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function handleShortcut(store: AppStore, e: KeyboardEvent): boolean {
  if (isTextEntry(e.target)) return false;
  if (document.querySelector('[aria-modal="true"]')) return false;
  const c = COMMANDS.find((x) => x.keyTest?.(e));
  if (!c || (c.enabled && !c.enabled(store))) return false;
  e.preventDefault();
  c.perform(store);
  return true;
}

export const shortcutText = (shortcut: string): string =>
  shortcut.replace('Mod', /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl');
