import type { ReactNode } from 'react';
import { DEMO_TEMPLATE_ID, getTemplate } from '../scenarios';
import { broadcastChannel, connectPersistence, connectSimulation, idbStorage, initAppStore, loadSaved, type SimulationLink } from '../store';
import { SimClient, spawnWorkerBackend, type Fault } from '../worker';
import { App } from './App';

/**
 * A run that reports no progress for this long is hung. The engine reports every stage and, inside
 * its long loops (expansion, routing, building the flow problem, solving), at least every quarter
 * second of work; a design over the engine's limits is refused before any of it. So 10 s of
 * silence is a hang even on a slow laptop with both cores busy, and a long honest run is never cut.
 */
const SIM_STALL_MS = 10_000;

declare global {
  interface Window {
    /** Hooks for the browser tests: inject a simulator failure, read state. */
    __iov?: { failNextSimulation(fault: Fault): void; simulation: SimulationLink };
  }
}

/** Load the autosaved design (or the demo), wire the worker and autosave, render. */
export async function startApp(root: HTMLElement, render: (root: HTMLElement, node: ReactNode) => void): Promise<void> {
  const storage = idbStorage();
  const saved = await loadSaved(storage);
  const design = saved.design ?? getTemplate(DEMO_TEMPLATE_ID)!.build();
  const theme = localStorage.getItem('iov-theme') === 'dark' ? 'dark' : matchMedia('(prefers-color-scheme: dark)').matches && !localStorage.getItem('iov-theme') ? 'dark' : 'light';
  const store = initAppStore(design, theme);
  if (!saved.design && 'problem' in saved && saved.problem) store.getState().notify('error', saved.problem);
  const simulation = connectSimulation(store, (listener) => new SimClient(spawnWorkerBackend, listener, { stallMs: SIM_STALL_MS }));
  const tabId = crypto.randomUUID();
  const persistence = connectPersistence(store, storage, tabId, broadcastChannel());
  // Write the last edits when the tab is hidden or closed (throttled writes may be pending).
  const flush = (): void => void persistence.flush();
  addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && flush());
  window.__iov = { failNextSimulation: (f) => simulation.failNext(f), simulation };
  render(root, <App persistence={persistence} simulation={simulation} />);
}
