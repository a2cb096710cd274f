// Hooks for the browser tests, compiled only into the e2e bundle (`vite build --mode e2e`): in a
// production build `import.meta.env.MODE` is "production", the body below is dead code and the
// minifier drops it, so no script on the page can stop recomputation or break autosave.
// e2e/hygiene.spec.ts checks that the production bundle has none of these names.
import { useSyncExternalStore } from 'react';
import { withFaults, type Faults, type Library, type SimulationLink } from '../store';
import type { Fault } from '../worker';

declare global {
  interface Window {
    __iov?: {
      failNextSimulation(fault: Fault): void;
      simulation: SimulationLink;
      storage: Faults;
      /** The named view ("Results", "Designs", …) throws whenever it renders, until mended. */
      breakView(view: string): void;
      mendView(view: string): void;
    };
  }
}

/** Views broken by a test (e2e bundle only): each throws at render until mended. */
const broken = new Set<string>();
const brokenListeners = new Set<() => void>();
let brokenVersion = 0;
const setBroken = (view: string, on: boolean): void => {
  if (on) broken.add(view);
  else broken.delete(view);
  brokenVersion++;
  brokenListeners.forEach((l) => l());
};
const subscribeBroken = (l: () => void): (() => void) => {
  brokenListeners.add(l);
  return () => brokenListeners.delete(l);
};

function FaultProbe({ view }: { view: string }): null {
  useSyncExternalStore(subscribeBroken, () => brokenVersion);
  if (broken.has(view)) throw new Error(`Injected failure of the ${view} view (test hook).`);
  return null;
}

/** Rendered first inside each view's boundary (ViewBoundary.tsx): in the e2e bundle, a broken view throws here. */
export const ViewFault: (props: { view: string }) => null = import.meta.env.MODE === 'e2e' ? FaultProbe : () => null;

const faults: Faults = { writeDelayMs: 0, failWrites: 0 };

/** In the e2e bundle, library writes can be slowed down or failed by a test. */
export function libraryForTests(library: Library): Library {
  if (import.meta.env.MODE !== 'e2e') return library;
  return withFaults(library, faults);
}

export function installTestHooks(simulation: SimulationLink): void {
  if (import.meta.env.MODE !== 'e2e') return;
  window.__iov = { failNextSimulation: (f) => simulation.failNext(f), simulation, storage: faults, breakView: (v) => setBroken(v, true), mendView: (v) => setBroken(v, false) };
}
