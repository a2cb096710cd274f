// Keeps results in step with the design: every edit that can change a number re-simulates in
// the worker; moving nodes on the canvas and switching the IOV mode shown do not.
import type { Design } from '../domain';
import type { Fault, SimClient, SimEvent } from '../worker';
import type { AppStore } from './store';

/** Shallowly equal but for one key (a node's position, the settings' mode). */
function sameExcept<T extends object>(a: T, b: T, ignored: keyof T): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as Array<keyof T>);
  keys.delete(ignored);
  return [...keys].every((k) => a[k] === b[k]);
}

/**
 * Could this edit change any simulated number? Position-only changes (drags) cannot, nor can the
 * IOV mode setting: every run computes all three modes and the setting only picks the one shown
 * (simulate.test.ts proves the result does not depend on it), so a mode switch shows at once.
 */
export function affectsResults(prev: Design, next: Design): boolean {
  if (prev === next) return false;
  if (prev.links !== next.links || prev.workloads !== next.workloads || !sameExcept(prev.settings, next.settings, 'mode')) return true;
  // The name does not change any number: a rename of a 5,000-node design must not re-simulate it.
  if (prev.priceList !== next.priceList || prev.customParts !== next.customParts) return true;
  // What-if: the live results show the design with its failed parts (docs/failures.md).
  if (prev.failures !== next.failures) return true;
  if (prev.nodes.length !== next.nodes.length) return true;
  return prev.nodes.some((n, i) => !sameExcept(n, next.nodes[i]!, 'position'));
}

/** Progress is shown only for runs that take longer than this. */
const PROGRESS_AFTER_MS = 400;

export interface SimulationLink {
  /** Test hook: the next run fails this way (the e2e spec proves the UI survives it). */
  failNext(fault: Fault): void;
  /** Run again on a fresh worker (Retry after a failure). */
  rerun(): void;
  dispose(): void;
}

export function connectSimulation(store: AppStore, makeClient: (listener: (e: SimEvent) => void) => SimClient): SimulationLink {
  let nextFault: Fault | undefined;
  const revisionOf = new Map<number, number>();
  let startingTimer: ReturnType<typeof setTimeout> | undefined;
  const client = makeClient((event) => {
    const { sim, setSim } = store.getState();
    if (event.type === 'computing') return;
    if (event.type === 'starting') {
      // A worker starting up says so only once it takes a while, as progress does. (This can be
      // heard inside request(), before the run's revision is mapped: it is looked up later.)
      clearTimeout(startingTimer);
      startingTimer = setTimeout(() => {
        const now = store.getState().sim;
        if (now.status === 'computing' && now.revision === revisionOf.get(event.seq) && !now.progress && !now.starting) store.getState().setSim({ starting: true });
      }, Math.max(0, PROGRESS_AFTER_MS - (performance.now() - startedAt)));
      return;
    }
    clearTimeout(startingTimer);
    if (sim.starting) setSim({ starting: false });
    if (event.type === 'progress') {
      // Only a run that is taking a while says what it is doing; quick ones would just flicker.
      // (Not the capability runs that follow a result: the figures are on screen by then.)
      if (sim.status === 'computing' && revisionOf.get(event.seq) === sim.revision && performance.now() - startedAt > PROGRESS_AFTER_MS) setSim({ progress: event.progress });
      return;
    }
    const revision = revisionOf.get(event.seq);
    // Requests the client dropped unanswered (superseded) never report: forget them too. A result
    // keeps its own entry for the capability that follows it.
    for (const seq of revisionOf.keys()) if (seq < event.seq || (seq === event.seq && event.type !== 'result')) revisionOf.delete(seq);
    if (revision === undefined || revision !== sim.revision) return; // stale: a newer edit is on its way
    if (event.type === 'result') setSim({ status: 'ready', result: event.result, resultRevision: revision, error: null, lastMs: event.ms, progress: null });
    else if (event.type === 'capability') {
      // Joins the result it belongs to (same run): never a capability from another edit.
      if (sim.result && sim.resultRevision === revision) setSim({ result: { ...sim.result, capability: event.capability } });
    }
    else setSim({ status: 'error', error: event.message, progress: null });
  });
  let startedAt = 0;
  /** A run of the current design; a retry's on a fresh worker. */
  const run = (retry = false): void => {
    const { design, sim, setSim } = store.getState();
    const revision = sim.revision + 1;
    startedAt = performance.now();
    setSim({ status: 'computing', revision, progress: null, starting: false });
    const fault = nextFault;
    nextFault = undefined;
    // Capability follows the result from the same run in the same worker: it always matches the figures shown.
    const req = { design, saturate: false, capability: true, ...(fault ? { fault } : {}) };
    const seq = retry ? client.retry(req) : client.request(req);
    revisionOf.set(seq, revision);
  };
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.design !== prev.design && affectsResults(prev.design, state.design)) run();
  });
  run();
  return {
    failNext: (fault) => {
      nextFault = fault;
    },
    rerun: () => run(true),
    dispose: () => {
      clearTimeout(startingTimer);
      unsubscribe();
      client.dispose();
    },
  };
}
