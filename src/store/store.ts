import { temporal } from 'zundo';
import { createStore } from 'zustand/vanilla';
import type { Design } from '../domain';
import { createDesignSlice } from './designSlice';
import { createPersistSlice } from './persistSlice';
import { createSimSlice } from './simSlice';
import type { AppState } from './types';
import { createUiSlice, type Theme } from './uiSlice';

const HISTORY_LIMIT = 200;

/** One store from typed slices; undo history covers the design only (ARCHITECTURE.md pattern 6). */
export function createAppStore(initial: Design, options: { theme?: Theme } = {}) {
  return createStore<AppState>()(
      temporal(
        (...a) => ({
          ...createDesignSlice(initial)(...a),
          ...createUiSlice(options.theme ?? 'light')(...a),
          ...createSimSlice(...a),
          ...createPersistSlice(...a),
        }),
        {
          partialize: (s) => ({ design: s.design }),
          equality: (a, b) => a.design === b.design,
          limit: HISTORY_LIMIT,
        },
      ),
    );
}

export type AppStore = ReturnType<typeof createAppStore>;
