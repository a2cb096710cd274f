import type { ReactNode } from 'react';
import type { Design } from '../domain';
import { decodeShareFragment, importProblems, isShareFragment } from '../io';
import { DEMO_TEMPLATE_ID, emptyDesign, getTemplate } from '../scenarios';
import {
  broadcastChannel,
  browserPresence,
  chooseInitialDesign,
  connectSimulation,
  createJournal,
  createSession,
  initAppStore,
  openDurableStore,
  withDurableCopy,
  nextTask,
  openLibrary,
  type DesignSession,
  type Journal,
  type Library,
  type OpenedDesign,
  type Problem,
} from '../store';
import { SimClient, spawnWorkerBackend } from '../worker';
import { App } from './App';
import { designIdFromHash, followAddress } from './address';
import { setOpeningSession } from './openDesign';
import { installTestHooks, libraryForTests } from './testHooks';

/**
 * A run that reports no progress for this long is hung. The engine reports every stage and, inside
 * its long loops (expansion, routing, building the flow problem, solving), at least every quarter
 * second of work; a design over the engine's limits is refused before any of it. So 10 s of
 * silence is a hang even on a slow laptop with both cores busy, and a long honest run is never cut.
 */
const SIM_STALL_MS = 10_000;
const LAST_OPEN_KEY = 'iov-last-design';

const storage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null; // blocked by the browser's settings
  }
};

const demo = (): { design: Design; source: 'template' } => ({ design: getTemplate(DEMO_TEMPLATE_ID)!.build(), source: 'template' });

/** The journal with its durable copy in IndexedDB, or localStorage alone where IndexedDB fails. */
async function durableJournal(local: Journal): Promise<Journal> {
  try {
    const store = await openDurableStore();
    return withDurableCopy(local, store, await store.all());
  } catch {
    return local;
  }
}

/** Open the library (replaying closed tabs' unsaved edits), pick the design, wire worker and autosave, render. */
export async function startApp(root: HTMLElement, render: (root: HTMLElement, node: ReactNode) => void): Promise<void> {
  const local = storage();
  const savedTheme = local?.getItem('iov-theme');
  const theme = savedTheme === 'dark' || (!savedTheme && matchMedia('(prefers-color-scheme: dark)').matches) ? 'dark' : 'light';
  const problems: string[] = [];
  let problem: Problem | null = null;
  let notice: string | null = null;

  let library: Library | null = null;
  try {
    library = libraryForTests(
      await openLibrary({
        onBlocked: () => (notice = 'Close other IOV Planner tabs (an older version) so this one can open the designs library.'),
        onVersionChange: () => alert('IOV Planner was updated in another tab. Reload this tab to go on editing.'),
      }),
    );
  } catch (e) {
    notice = `Designs cannot be stored in this browser (${e instanceof Error ? e.message : String(e)}). Save your work to a file.`;
  }
  const lastOpen = { get: () => local?.getItem(LAST_OPEN_KEY) ?? null, set: (id: string) => local?.setItem(LAST_OPEN_KEY, id) };
  const session: DesignSession | null = library
    ? createSession({ library, journal: await durableJournal(createJournal(local)), tabId: crypto.randomUUID(), channel: broadcastChannel(), presence: browserPresence(), lastOpen, blank: () => emptyDesign() })
    : null;
  if (session) problems.push(...(await session.replay()));

  let shared: Design | null = null;
  if (isShareFragment(location.hash)) {
    const decoded = decodeShareFragment(location.hash);
    if (decoded.ok) shared = decoded.design;
    else problem = { title: 'This share link could not be opened', message: decoded.error.message, details: importProblems(decoded.error).map((i) => `${i.path}: ${i.message}`) };
  }
  let opened: OpenedDesign | null = null;
  if (!shared && library) {
    const chosen = await chooseInitialDesign(library, designIdFromHash(location.hash), lastOpen, demo);
    opened = chosen.opened;
    problems.push(...chosen.problems);
    await nextTask();
  }

  const store = initAppStore(shared ?? opened?.design ?? demo().design, theme);
  if (shared) store.getState().setReadOnly(true);
  if (session) session.attach(store, shared ? null : opened);
  else store.getState().setPersist({ status: 'error', error: notice });
  setOpeningSession(session);
  if (!problem && problems.length > 0) problem = { title: problems.length === 1 ? 'A design could not be opened' : 'Some designs could not be opened', message: problems[0]!, details: problems.slice(1) };
  if (problem) store.getState().showProblem(problem);
  if (notice) store.getState().notify('error', notice);

  const simulation = connectSimulation(store, (listener) => new SimClient(spawnWorkerBackend, listener, { stallMs: SIM_STALL_MS }));
  followAddress(store, session);
  // The journal has every committed edit already; this catches a drag in progress and starts a last write.
  const hide = (): void => session?.pageHide();
  addEventListener('pagehide', hide);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && hide());
  addEventListener('beforeunload', (e) => {
    const unsaved = session ? session.leaveWarning() : store.temporal.getState().pastStates.length > 0;
    if (unsaved) e.preventDefault();
  });
  installTestHooks(simulation);
  // Sending a large design to the simulator's worker copies it here, on the main thread: the
  // first render gets a task of its own.
  await nextTask();
  render(root, <App session={session} simulation={simulation} />);
}
