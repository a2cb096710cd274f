// The design session: which library entry this tab edits, and how its edits are kept
// (ARCHITECTURE.md pattern 8, after tldraw's local sync). Every committed edit is journaled
// synchronously (journal.ts) and saved, throttled, to IndexedDB with a revision check; a save
// that lost a race with another tab becomes a conflict copy that stays open here; an idle tab
// follows the other tab's saves; failed writes are shown and retried, and never touch the last
// good copy. Switching designs (open, new, template, file) goes through here.
import type { Design } from '../domain';
import { byModified, importDesignValue, type LibraryEntry } from '../io';
import { JOURNAL_DEFER_NODES, journalDesign, type Journal } from './journal';
import type { Library, Origin } from './libraryDb';
import { replayJournals, type LastOpen } from './sessionStart';
import type { AppStore } from './store';
import type { Channel, LibraryMessage, TabPresence } from './tabs';

export const SAVE_THROTTLE_MS = 350;
const RETRY_MS = 2000;

export interface SessionDeps {
  library: Library;
  journal: Journal;
  tabId: string;
  channel?: Channel;
  presence?: TabPresence;
  lastOpen?: LastOpen;
  /** A design to open when the library is left empty (the last design deleted). */
  blank(): Design;
  now?(): number;
  /** Tests shorten these. */
  throttleMs?: number;
  retryMs?: number;
}

export interface OpenedDesign {
  entry: LibraryEntry;
  design: Design;
}

export type OpenResult = { ok: true; entry: LibraryEntry } | { ok: false; message: string };

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function createSession(deps: SessionDeps) {
  const { library, journal, tabId, channel } = deps;
  const now = deps.now ?? Date.now;
  const throttleMs = deps.throttleMs ?? SAVE_THROTTLE_MS;
  const retryMs = deps.retryMs ?? RETRY_MS;
  let store: AppStore | null = null;
  let id: string | null = null;
  let rev = 0;
  let source: Origin['source'] = 'empty';
  let savedDesign: Design | null = null;
  let journaled = true;
  /** The journal holds a patch against `savedDesign`, not the design. */
  let compactJournal = false;
  let switching = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let journalTimer: ReturnType<typeof setTimeout> | null = null;
  let queue: Promise<void> = Promise.resolve();
  let inFlight = 0;
  let lastJson: { design: Design; json: string } | null = null;
  const listeners = new Set<() => void>();
  const cleanups: Array<() => void> = [];

  const state = () => store!.getState();
  const jsonOf = (design: Design): string => {
    if (lastJson?.design !== design) lastJson = { design, json: JSON.stringify(design) };
    return lastJson.json;
  };
  const emitChange = (): void => listeners.forEach((l) => l());
  const post = (m: LibraryMessage): void => channel?.post(m);
  /** Edits not yet in the library (a shared design is not stored: never dirty). */
  const dirty = (): boolean => !!store && !!id && state().design !== savedDesign;
  const busy = (): boolean => dirty() || timer !== null || inFlight > 0;

  /** Replace the open design without making it an edit (a switch, another tab's save, a copy's new name). */
  function replace(design: Design, history: 'clear' | 'keep'): void {
    switching = true;
    try {
      const temporal = store!.temporal.getState();
      temporal.pause();
      state().setReadOnly(false);
      state().loadDesign(design);
      temporal.resume();
      if (history === 'clear') temporal.clear();
    } finally {
      switching = false;
    }
  }

  function switchTo(entry: LibraryEntry, design: Design): void {
    cancelJournal();
    if (id && id !== entry.id) journal.remove(tabId, id);
    id = entry.id;
    rev = entry.rev;
    source = entry.source;
    savedDesign = design;
    journaled = true;
    replace(design, 'clear');
    state().setPersist({ designId: id, status: 'saved', error: null, conflict: null, atRisk: false, savedAt: entry.modifiedAt });
    deps.lastOpen?.set(id);
  }

  function cancelJournal(): void {
    if (journalTimer) clearTimeout(journalTimer);
    journalTimer = null;
  }

  /** Journal an edit: at once, or for a large design in the next task (pageHide writes a pending one at once). */
  function journalEdit(design: Design): void {
    if (design.nodes.length <= JOURNAL_DEFER_NODES) return journalNow(design);
    cancelJournal();
    journalTimer = setTimeout(() => {
      journalTimer = null;
      if (dirty()) journalNow(state().design);
    }, 0);
  }

  function journalNow(design: Design): void {
    cancelJournal();
    if (!id) return;
    const written = journalDesign(journal, { tabId, designId: id, baseRev: rev, at: now(), source }, jsonOf(design), design, savedDesign);
    compactJournal = written.compact;
    setJournaled(written.result === 'ok');
    // localStorage refused it (full, or the design is too big for it): the durable copy may hold it.
    const writing = id;
    if (written.result !== 'ok') void journal.whenDurable?.(tabId, writing).then((stored) => stored && id === writing && state().design === design && setJournaled(true));
  }

  function setJournaled(value: boolean): void {
    journaled = value;
    if (state().persist.atRisk === journaled) state().setPersist({ atRisk: !journaled });
  }

  function schedule(ms: number): void {
    if (timer) {
      if (ms > 0) return;
      clearTimeout(timer);
    }
    timer = setTimeout(() => {
      timer = null;
      void enqueue();
    }, ms);
  }

  const enqueue = (): Promise<void> => (queue = queue.then(write, write));

  async function write(): Promise<void> {
    if (!store || !id) return;
    const design = state().design;
    if (design === savedDesign) {
      // Undo/redo came back to what is stored while this write waited: nothing to write, and the
      // status must say so (it would stay on "Saving…" otherwise).
      if (state().persist.status === 'saving' && !inFlight) state().setPersist({ status: 'saved', atRisk: false });
      return;
    }
    const writingId = id;
    inFlight++;
    try {
      if (state().persist.status !== 'error') state().setPersist({ status: 'saving' });
      const outcome = await library.commit(writingId, rev, design, { origin: { source }, json: jsonOf(design), writer: tabId });
      if (id !== writingId) return; // switched meanwhile (cannot happen: switches flush first)
      if (outcome.kind === 'conflict') return void keepConflictCopy(outcome.entry, outcome.design, design, outcome.original);
      rev = outcome.entry.rev;
      savedDesign = design;
      const clean = state().design === design;
      if (clean) {
        cancelJournal();
        journal.remove(tabId, writingId);
      }
      // A compact record is a patch against the design saved before: made again against this one.
      else if (compactJournal) journalNow(state().design);
      else journal.rebase(tabId, writingId, rev);
      state().setPersist({ status: clean ? 'saved' : 'saving', error: null, savedAt: now(), ...(clean ? { atRisk: false } : {}) });
      post({ type: 'saved', tabId, designId: writingId, rev });
      emitChange();
    } catch (e) {
      state().setPersist({ status: 'error', error: `Autosave failed (${errorText(e)}). Your design is still open here${journaled ? ' and kept in this browser’s journal' : ''}; saving again in ${Math.round(retryMs / 100) / 10} s.` });
      schedule(retryMs);
    } finally {
      inFlight--;
      if (dirty() && state().persist.status !== 'error') schedule(journaled ? throttleMs : 0);
    }
  }

  /** Another tab saved (or deleted) this design first: ours now lives on as the copy, open here. */
  function keepConflictCopy(copy: LibraryEntry, stored: Design, ours: Design, original: LibraryEntry | undefined): void {
    const originalId = id!;
    const latest = state().design;
    journal.remove(tabId, originalId);
    id = copy.id;
    rev = copy.rev;
    source = copy.source;
    const renamed = { ...latest, name: stored.name };
    replace(renamed, 'keep');
    savedDesign = latest === ours ? renamed : null;
    state().setPersist({
      designId: id,
      status: savedDesign ? 'saved' : 'saving',
      error: null,
      savedAt: now(),
      conflict: { copyId: copy.id, copyName: copy.name, originalId, originalName: original?.name ?? ours.name, deleted: !original },
    });
    deps.lastOpen?.set(id);
    if (!savedDesign) journalNow(renamed);
    post({ type: 'changed', tabId });
    emitChange();
  }

  async function follow(message: Extract<LibraryMessage, { type: 'saved' }>): Promise<void> {
    if (message.designId !== id || message.rev <= rev || busy()) return;
    const stored = await library.read(message.designId);
    if (!stored || stored.problem || stored.entry.rev <= rev || busy() || message.designId !== id) return;
    const imported = importDesignValue(stored.raw);
    if (!imported.ok) return void state().notify('error', `Another tab saved a version of this design that cannot be opened here: ${imported.error.message}`);
    rev = stored.entry.rev;
    savedDesign = imported.design;
    replace(imported.design, 'clear');
    state().setPersist({ status: 'saved', error: null, savedAt: stored.entry.modifiedAt });
    state().notify('info', 'Updated with the changes saved in another tab.');
  }

  /** Save until nothing is left unsaved (edits made while a write was in flight included). */
  async function flush(): Promise<void> {
    for (let i = 0; i < 5 && store && id && (dirty() || timer || inFlight); i++) {
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
      await enqueue();
      if (state().persist.status === 'error') return;
    }
  }

  async function readDesign(entryId: string): Promise<OpenedDesign | { problem: string }> {
    const stored = await library.read(entryId);
    if (!stored) return { problem: 'It is no longer in the library (deleted in another tab?).' };
    // Its entry is damaged or its document is missing: the list says so already (from the record).
    if (stored.entry.damaged) return { problem: `${stored.problem ?? stored.entry.unreadable ?? ''} It is kept in Designs, where you can save it to a file.` };
    const imported = stored.problem ? null : importDesignValue(stored.raw);
    if (imported?.ok) return { entry: stored.entry, design: imported.design };
    const problem = imported ? imported.error.message : stored.problem!;
    await library.markUnreadable(entryId, problem).catch(() => undefined);
    post({ type: 'changed', tabId });
    emitChange();
    return { problem: `${problem} It is kept in Designs, where you can save it to a file.` };
  }

  /** Flush, then run `swap` only if nothing was edited meanwhile (else flush again). */
  async function cleanSwitch(swap: () => void): Promise<OpenResult | null> {
    for (let i = 0; i < 5; i++) {
      await flush();
      if (store && state().persist.status === 'error') return { ok: false, message: `“${state().design.name}” could not be saved, so it stays open. ${state().persist.error ?? ''}` };
      if (!busy()) {
        swap();
        return null;
      }
    }
    return { ok: false, message: 'The current design is still being edited; try again.' };
  }

  const session = {
    tabId,
    library,
    /** Replay closed tabs' journals; the outcome's messages are for the user. */
    replay: () =>
      replayJournals({
        ...deps,
        // A tab still closing when this one started is replayed later: if that design is open here, show its edits.
        onReplayed: (designId, replayedRev) => {
          if (store) void follow({ type: 'saved', tabId, designId, rev: replayedRev });
          emitChange();
        },
      }),
    attach(target: AppStore, opened: OpenedDesign | null): void {
      store = target;
      if (opened) {
        id = opened.entry.id;
        rev = opened.entry.rev;
        source = opened.entry.source;
        savedDesign = opened.design;
        deps.lastOpen?.set(id);
      } else savedDesign = target.getState().design;
      state().setPersist({ designId: id, status: 'saved', savedAt: opened?.entry.modifiedAt ?? null });
      deps.presence?.hold(tabId);
      cleanups.push(
        target.subscribe((s, prev) => {
          // A drag's frames are committed when it ends (one undo step), in a set that only clears dragOrigin.
          const dragEnded = !!prev.dragOrigin && !s.dragOrigin;
          if ((s.design === prev.design && !dragEnded) || switching || !id) return;
          if (s.design === savedDesign) {
            cancelJournal();
            journal.remove(tabId, id);
            if (!timer && !inFlight && s.persist.status !== 'error') state().setPersist({ status: 'saved', atRisk: false });
            return;
          }
          if (!s.dragOrigin) journalEdit(s.design);
          if (s.persist.status !== 'error' && s.persist.status !== 'saving') state().setPersist({ status: 'saving' });
          schedule(journaled ? throttleMs : 0);
        }),
      );
      const stop = channel?.listen((m) => {
        if (m.tabId === tabId) return;
        emitChange();
        if (m.type === 'saved') void follow(m);
        else if (m.removed && m.removed === id) state().notify('warning', `“${state().design.name}” was deleted in another tab. It stays open here; your next edit saves it as a new copy.`);
      });
      if (stop) cleanups.push(stop);
    },
    currentId: (): string | null => id,
    /** Open a design the app did not have (template, file, link, wizard) as a new library entry. */
    async openNew(design: Design, origin: Origin): Promise<OpenResult> {
      let entry: LibraryEntry;
      try {
        entry = await library.create(design, origin);
      } catch (e) {
        return { ok: false, message: `The design could not be added to the library (${errorText(e)}).` };
      }
      post({ type: 'changed', tabId });
      emitChange();
      const named = entry.name === design.name ? design : { ...design, name: entry.name };
      return (await cleanSwitch(() => switchTo(entry, named))) ?? { ok: true, entry };
    },
    async open(entryId: string): Promise<OpenResult> {
      if (entryId === id) return { ok: true, entry: (await library.read(entryId))!.entry };
      const read = await readDesign(entryId);
      if ('problem' in read) return { ok: false, message: read.problem };
      return (await cleanSwitch(() => switchTo(read.entry, read.design))) ?? { ok: true, entry: read.entry };
    },
    readDesign,
    /** Show a shared design read-only, outside the library (the design open until now is saved first). */
    async viewShared(design: Design): Promise<OpenResult | null> {
      return cleanSwitch(() => {
        if (id) journal.remove(tabId, id);
        id = null;
        savedDesign = design;
        replace(design, 'clear');
        state().setReadOnly(true);
        state().setPersist({ designId: null, status: 'saved', error: null, conflict: null, atRisk: false });
      });
    },
    /** Back from a shared design to the user's own: the last one open here, else the most recent, else a new one. */
    async leaveShared(): Promise<OpenResult> {
      const recent = (await library.list()).filter((e) => !e.unreadable).sort(byModified).map((e) => e.id);
      for (const candidate of new Set([deps.lastOpen?.get(), ...recent])) {
        if (!candidate) continue;
        const opened = await session.open(candidate);
        if (opened.ok) return opened;
      }
      return session.openNew(deps.blank(), { source: 'empty' });
    },
    async rename(entryId: string, name: string): Promise<void> {
      if (entryId === id) return void state().rename(name);
      const entry = await library.rename(entryId, name);
      if (entry) post({ type: 'saved', tabId, designId: entryId, rev: entry.rev });
      emitChange();
    },
    async duplicate(entryId: string): Promise<LibraryEntry | undefined> {
      if (entryId === id) await flush();
      const copy = await library.duplicate(entryId);
      post({ type: 'changed', tabId });
      emitChange();
      return copy;
    },
    async remove(entryId: string): Promise<void> {
      if (entryId === id) {
        const next = (await library.list()).filter((e) => e.id !== entryId && !e.unreadable).sort(byModified)[0];
        const opened = next ? await session.open(next.id) : await session.openNew(deps.blank(), { source: 'empty' });
        if (!opened.ok) throw new Error(opened.message);
      }
      await library.remove(entryId);
      post({ type: 'changed', tabId, removed: entryId });
      emitChange();
    },
    list: (): Promise<LibraryEntry[]> => library.list(),
    onChange(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    flush,
    /** The page is going away: the latest state goes to the journal now (a drag in progress too). */
    pageHide(): void {
      if (store && id && dirty()) journalNow(state().design);
      void flush();
    },
    /** Would leaving now lose something? (a failing save, or edits too big for the journal) */
    leaveWarning(): boolean {
      return !!store && (state().persist.status === 'error' || (dirty() && !journaled));
    },
    dispose(): void {
      cleanups.forEach((c) => c());
      if (timer) clearTimeout(timer);
      cancelJournal();
    },
  };
  return session;
}

export type DesignSession = ReturnType<typeof createSession>;
