import type { StateCreator } from 'zustand';
import type { Clip } from './designOps';
import type { AppState } from './types';

export interface Selection {
  nodes: string[];
  links: string[];
  /** An adapter inside a server, selected on its own (to inspect, move or remove it). */
  adapter?: { nodeId: string; adapterId: string };
}

export type NoticeKind = 'error' | 'warning' | 'info';
export interface Notice {
  id: number;
  kind: NoticeKind;
  text: string;
}

export type Theme = 'light' | 'dark';

export interface UiSlice {
  selection: Selection;
  clipboard: Clip | null;
  notice: Notice | null;
  theme: Theme;
  /** Ask the canvas to centre on a node; seq makes repeated requests for the same node count. */
  focus: { nodeId: string; seq: number } | null;
  select(selection: Selection): void;
  selectAll(): void;
  clearSelection(): void;
  notify(kind: NoticeKind, text: string): void;
  dismissNotice(): void;
  setTheme(theme: Theme): void;
  focusNode(nodeId: string): void;
}

let noticeSeq = 0;

export const createUiSlice =
  (theme: Theme): StateCreator<AppState, [['temporal', unknown]], [], UiSlice> =>
  (set, get) => ({
    selection: { nodes: [], links: [] },
    clipboard: null,
    notice: null,
    theme,
    focus: null,
    select: (selection) => set({ selection }),
    selectAll: () => set({ selection: { nodes: get().design.nodes.map((n) => n.id), links: get().design.links.map((l) => l.id) } }),
    clearSelection: () => set({ selection: { nodes: [], links: [] } }),
    notify: (kind, text) => set({ notice: { id: ++noticeSeq, kind, text } }),
    dismissNotice: () => set({ notice: null }),
    setTheme: (t) => set({ theme: t }),
    focusNode: (nodeId) => set({ focus: { nodeId, seq: (get().focus?.seq ?? 0) + 1 }, selection: { nodes: [nodeId], links: [] } }),
  });
