// The app's one store instance and its React hook. Components select narrowly (useShallow for
// objects) so an edit re-renders only what shows the edited thing (ARCHITECTURE.md pattern 7).
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { TemporalState } from 'zundo';
import type { Design } from '../domain';
import { createAppStore, type AppStore } from './store';
import type { AppState } from './types';

let instance: AppStore | null = null;

export function initAppStore(design: Design, theme: 'light' | 'dark'): AppStore {
  instance = createAppStore(design, { theme });
  return instance;
}

export function appStore(): AppStore {
  if (!instance) throw new Error('The app store is used before initAppStore().');
  return instance;
}

export function useApp<T>(selector: (s: AppState) => T): T {
  return useStore(appStore(), selector);
}

export function useAppShallow<T>(selector: (s: AppState) => T): T {
  return useStore(appStore(), useShallow(selector));
}

type History = TemporalState<{ design: Design }>;
export function useHistory<T>(selector: (s: History) => T): T {
  return useStore(appStore().temporal, selector);
}
