import type { StateCreator } from 'zustand';
import type { SimulationResult } from '../domain';
import type { AppState } from './types';

export interface SimState {
  /** computing: a run for the current design is under way; the shown result is for an older one. */
  status: 'computing' | 'ready' | 'error';
  result: SimulationResult | null;
  /** Bumped on every edit that can change results (moving a node cannot). */
  revision: number;
  /** The revision `result` was computed for: anything else means it is stale. */
  resultRevision: number;
  error: string | null;
  /** Edit → result round trip of the last run, ms. */
  lastMs: number | null;
  /** What the running simulation reports it is doing (long runs only; null otherwise). */
  progress: { stage: string; done: number; total: number } | null;
  /** The run waits for a worker that has not started yet (shown as "Starting…" once it takes a while). */
  starting: boolean;
}

export interface SimSlice {
  sim: SimState;
  setSim(patch: Partial<SimState>): void;
}

export const createSimSlice: StateCreator<AppState, [['temporal', unknown]], [], SimSlice> = (set, get) => ({
  sim: { status: 'computing', result: null, revision: 0, resultRevision: -1, error: null, lastMs: null, progress: null, starting: false },
  setSim: (patch) => set({ sim: { ...get().sim, ...patch } }),
});
