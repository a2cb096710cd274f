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

/** A problem worth a dialog rather than a passing notice: a file or link that could not be opened. */
export interface Problem {
  title: string;
  message: string;
  /** One line per problem, with its path ("links[3].b: no port 'p9' on node 'ib-leaf'"). */
  details: string[];
  /** What the user can do instead, e.g. save to a file when a link is too long. */
  action?: 'save-file';
}

export interface UiSlice {
  selection: Selection;
  clipboard: Clip | null;
  notice: Notice | null;
  problem: Problem | null;
  theme: Theme;
  /** Ask the canvas to centre on a node; seq makes repeated requests for the same node count. */
  focus: { nodeId: string; seq: number } | null;
  /** Ask the canvas to bring these nodes into view if they are not (a paste beside an original off screen). */
  reveal: { nodeIds: string[]; seq: number } | null;
  select(selection: Selection): void;
  selectAll(): void;
  clearSelection(): void;
  notify(kind: NoticeKind, text: string): void;
  dismissNotice(): void;
  showProblem(problem: Problem | null): void;
  setTheme(theme: Theme): void;
  focusNode(nodeId: string): void;
  /** Select these nodes and bring them into view, zoom kept. */
  selectAndReveal(nodeIds: string[]): void;
}

let noticeSeq = 0;

export const createUiSlice =
  (theme: Theme): StateCreator<AppState, [['temporal', unknown]], [], UiSlice> =>
  (set, get) => ({
    selection: { nodes: [], links: [] },
    clipboard: null,
    notice: null,
    problem: null,
    theme,
    focus: null,
    reveal: null,
    select: (selection) => set({ selection }),
    selectAll: () => set({ selection: { nodes: get().design.nodes.map((n) => n.id), links: get().design.links.map((l) => l.id) } }),
    clearSelection: () => set({ selection: { nodes: [], links: [] } }),
    notify: (kind, text) => set({ notice: { id: ++noticeSeq, kind, text } }),
    dismissNotice: () => set({ notice: null }),
    showProblem: (problem) => set({ problem }),
    setTheme: (t) => set({ theme: t }),
    focusNode: (nodeId) => set({ focus: { nodeId, seq: (get().focus?.seq ?? 0) + 1 }, selection: { nodes: [nodeId], links: [] } }),
    selectAndReveal: (nodeIds) => set({ reveal: { nodeIds, seq: (get().reveal?.seq ?? 0) + 1 }, selection: { nodes: nodeIds, links: [] } }),
  });
