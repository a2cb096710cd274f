// Hooks for the browser tests, compiled only into the e2e bundle (`vite build --mode e2e`): in a
// production build `import.meta.env.MODE` is "production", the body below is dead code and the
// minifier drops it, so no script on the page can stop recomputation or break autosave.
// e2e/hygiene.spec.ts checks that the production bundle has none of these names.
import { withFaults, type Faults, type Library, type SimulationLink } from '../store';
import type { Fault } from '../worker';

declare global {
  interface Window {
    __iov?: { failNextSimulation(fault: Fault): void; simulation: SimulationLink; storage: Faults };
  }
}

const faults: Faults = { writeDelayMs: 0, failWrites: 0 };

/** In the e2e bundle, library writes can be slowed down or failed by a test. */
export function libraryForTests(library: Library): Library {
  if (import.meta.env.MODE !== 'e2e') return library;
  return withFaults(library, faults);
}

export function installTestHooks(simulation: SimulationLink): void {
  if (import.meta.env.MODE !== 'e2e') return;
  window.__iov = { failNextSimulation: (f) => simulation.failNext(f), simulation, storage: faults };
}
