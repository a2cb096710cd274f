import type { StateCreator } from 'zustand';
import type { AppState } from './types';

/** Two tabs saved the same design at once: this tab's version was kept as a copy, now open here. */
export interface ConflictNotice {
  copyId: string;
  copyName: string;
  originalId: string;
  originalName: string;
  /** The original was deleted in another tab (rather than changed). */
  deleted: boolean;
}

export interface PersistSlice {
  persist: {
    status: 'loading' | 'saved' | 'saving' | 'error';
    error: string | null;
    savedAt: number | null;
    /** The library entry this tab edits; null for a shared design opened read-only (not stored). */
    designId: string | null;
    conflict: ConflictNotice | null;
    /** Unsaved edits that only the (pending) save can keep: leaving the page now would lose them. */
    atRisk: boolean;
  };
  setPersist(patch: Partial<PersistSlice['persist']>): void;
}

export const createPersistSlice: StateCreator<AppState, [['temporal', unknown]], [], PersistSlice> = (set, get) => ({
  persist: { status: 'loading', error: null, savedAt: null, designId: null, conflict: null, atRisk: false },
  setPersist: (patch) => set({ persist: { ...get().persist, ...patch } }),
});
