export { createAppStore, type AppStore } from './store';
export { appStore, initAppStore, useApp, useAppShallow, useHistory } from './appStore';
export type { AppState } from './types';
export type { Selection, NoticeKind, Theme } from './uiSlice';
export type { SimState } from './simSlice';
export { connectSimulation, type SimulationLink } from './simulation';
export { connectPersistence, loadSaved, broadcastChannel, type PersistenceLink } from './persistence';
export { idbStorage } from './idbStorage';
