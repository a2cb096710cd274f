export { createAppStore, type AppStore } from './store';
export { appStore, initAppStore, useApp, useAppShallow, useHistory } from './appStore';
export type { AppState } from './types';
export type { Selection, Notice, NoticeKind, Theme } from './uiSlice';
export type { SimState } from './simSlice';
export { affectsResults, connectSimulation, type SimulationLink } from './simulation';
export { connectPersistence, loadSaved, broadcastChannel, SAVE_THROTTLE_MS, type PersistenceLink } from './persistence';
export { idbStorage, type DesignStorage, type SavedRecord } from './idbStorage';
export * as designOps from './designOps';
