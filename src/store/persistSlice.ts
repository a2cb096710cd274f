import type { StateCreator } from 'zustand';
import type { AppState } from './types';

export interface PersistSlice {
  persist: {
    status: 'loading' | 'saved' | 'saving' | 'error';
    error: string | null;
    savedAt: number | null;
    /** Another tab saved this design after we loaded it. */
    conflict: boolean;
  };
  setPersist(patch: Partial<PersistSlice['persist']>): void;
}

export const createPersistSlice: StateCreator<AppState, [['temporal', unknown]], [], PersistSlice> = (set, get) => ({
  persist: { status: 'loading', error: null, savedAt: null, conflict: false },
  setPersist: (patch) => set({ persist: { ...get().persist, ...patch } }),
});
