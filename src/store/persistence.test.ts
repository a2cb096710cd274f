// The design session against the real IndexedDB code (fake-indexeddb in Node), the real journal
// code on an in-memory Storage, and tabs as separate sessions sharing one database and channel.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Design } from '../domain';
import { emptyDesign, generateFlatDesign, getTemplate } from '../scenarios';
import { tinyIbDesign } from '../scenarios/testDesigns';
import { withFaults, type Faults } from './faults';
import { createJournal, JOURNAL_MAX_CHARS, memoryStorage, type JournalStorage } from './journal';
import { DB_NAME, openLibrary, type Library } from './libraryDb';
import { createSession, type DesignSession } from './persistence';
import { chooseInitialDesign } from './sessionStart';
import { createAppStore, type AppStore } from './store';
import { memoryChannelHub, type TabPresence } from './tabs';

let localStorage: JournalStorage;
let hub: ReturnType<typeof memoryChannelHub>;
let alive: Set<string>;
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  localStorage = memoryStorage();
  hub = memoryChannelHub();
  alive = new Set();
});

const presence: TabPresence = {
  hold: (id) => void alive.add(id),
  whenGone: async (id, fn) => {
    if (alive.has(id)) return false;
    await fn();
    return true;
  },
};

interface Tab {
  id: string;
  store: AppStore;
  session: DesignSession;
  library: Library;
  faults: Faults;
  problems: string[];
}

/** A browser tab: opens the library, replays dead tabs' journals, opens a design, attaches. */
async function openTab(id: string, wanted: string | null = null, fallback: Design = tinyIbDesign()): Promise<Tab> {
  const faults: Faults = { writeDelayMs: 0, failWrites: 0 };
  const library = withFaults(await openLibrary(), faults);
  const journal = createJournal(localStorage);
  const lastOpen = { get: () => localStorage.getItem('last'), set: (v: string) => localStorage.setItem('last', v) };
  const session = createSession({ library, journal, tabId: id, channel: hub(), presence, lastOpen, blank: () => emptyDesign(), throttleMs: 15, retryMs: 40 });
  const replayed = await session.replay();
  const { opened, problems } = await chooseInitialDesign(library, wanted, lastOpen, () => ({ design: fallback, source: 'template' }));
  const store = createAppStore(opened.design);
  session.attach(store, opened);
  return { id, store, session, library, faults, problems: [...replayed, ...problems] };
}

/** The tab goes away without any chance to finish its async work (reload, close, crash). */
function kill(tab: Tab): void {
  tab.session.dispose();
  tab.library.close();
  alive.delete(tab.id);
}

const settled = (tab: Tab) => vi.waitFor(() => expect(tab.store.getState().persist.status).toBe('saved'), { timeout: 3000, interval: 5 });
const names = async (library: Library) => (await library.list()).map((e) => e.name).sort();

describe('the design session', () => {
  it('throttles a burst of edits into one write of the last state', async () => {
    const tab = await openTab('A');
    const commit = vi.spyOn(tab.library, 'commit');
    for (let i = 0; i < 10; i++) tab.store.getState().rename(`Name ${i}`);
    expect(tab.store.getState().persist.status).toBe('saving');
    await settled(tab);
    expect(commit).toHaveBeenCalledTimes(1);
    expect(await names(tab.library)).toEqual(['Name 9']);
  });

  it('an edit saved, undone and redone before the next write says "Saved", not "Saving…"', async () => {
    const tab = await openTab('A');
    tab.store.getState().rename('Saved name');
    await settled(tab);
    const commit = vi.spyOn(tab.library, 'commit');
    tab.store.temporal.getState().undo(); // schedules a write of the old name…
    tab.store.temporal.getState().redo(); // …then comes back to what is stored before it runs
    await settled(tab);
    expect(commit).not.toHaveBeenCalled();
    expect(await names(tab.library)).toEqual(['Saved name']);
  });

  it('an edit followed at once by a reload survives: the journal is replayed (10 times in a row)', async () => {
    let tab = await openTab('tab-0');
    await settled(tab);
    for (let i = 1; i <= 10; i++) {
      tab.store.getState().rename(`Edit ${i}`);
      kill(tab); // before the throttled write could start
      tab = await openTab(`tab-${i}`);
      expect(tab.store.getState().design.name).toBe(`Edit ${i}`);
      expect(tab.problems).toEqual([]);
    }
    expect(await names(tab.library)).toEqual(['Edit 10']);
    expect(createJournal(localStorage).list()).toEqual([]);
  });

  it('a tab that dies while its own write is in flight is replayed over that write, not as a conflict copy', async () => {
    const tab = await openTab('A');
    await settled(tab);
    const commit = tab.library.commit.bind(tab.library);
    let landed = false;
    // The write reaches the disk, but the tab never hears back (it is about to die).
    tab.library.commit = async (...args) => {
      await commit(...args);
      landed = true;
      return new Promise(() => undefined);
    };
    tab.store.getState().rename('two');
    await vi.waitFor(() => expect(landed).toBe(true), { timeout: 2000, interval: 5 });
    tab.store.getState().rename('three'); // journaled on the revision before 'two'
    kill(tab);
    const next = await openTab('B');
    expect(next.store.getState().design.name).toBe('three');
    expect(await names(next.library)).toEqual(['three']);
  });

  it('a failed write is shown, keeps the last good copy, and is retried', async () => {
    const tab = await openTab('A');
    tab.store.getState().rename('Good copy');
    await settled(tab);
    tab.faults.failWrites = 2;
    tab.store.getState().rename('After failure');
    await vi.waitFor(() => expect(tab.store.getState().persist.status).toBe('error'), { timeout: 2000, interval: 5 });
    expect(tab.store.getState().persist.error).toMatch(/quota/i);
    expect(tab.session.leaveWarning()).toBe(true);
    expect(await names(tab.library)).toEqual(['Good copy']);
    await settled(tab);
    expect(await names(tab.library)).toEqual(['After failure']);
    expect(tab.session.leaveWarning()).toBe(false);
  });

  it('two tabs on one design committing at once keep both edits, one as a conflict copy the losing tab says it opened (10 tries)', async () => {
    for (let attempt = 0; attempt < 10; attempt++) {
      globalThis.indexedDB = new IDBFactory();
      const a = await openTab(`A${attempt}`);
      const b = await openTab(`B${attempt}`, a.session.currentId());
      expect(b.session.currentId()).toBe(a.session.currentId());
      a.faults.writeDelayMs = attempt % 3 === 0 ? 30 : 0; // slow writes on some tries
      b.faults.writeDelayMs = attempt % 2 === 0 ? 10 : 0;
      a.store.getState().setDescription('edit in A');
      b.store.getState().updateSettings({ years: 7 });
      await Promise.all([settled(a), settled(b)]);
      const entries = await a.library.list();
      expect(entries).toHaveLength(2);
      const docs = await Promise.all(entries.map(async (e) => JSON.parse((await a.library.read(e.id))!.json) as Design));
      expect(docs.some((d) => d.description === 'edit in A')).toBe(true);
      expect(docs.some((d) => d.settings.years === 7)).toBe(true);
      const loser = [a, b].find((t) => t.store.getState().persist.conflict)!;
      const winner = [a, b].find((t) => t !== loser)!;
      expect(loser.store.getState().persist.conflict).toMatchObject({ originalName: 'Tiny IB', copyName: 'Tiny IB (conflict copy)', deleted: false });
      expect(loser.store.getState().design.name).toBe('Tiny IB (conflict copy)');
      expect(loser.session.currentId()).not.toBe(winner.session.currentId());
      expect(winner.store.getState().persist.conflict).toBeNull();
      kill(a);
      kill(b);
    }
  });

  it('an idle tab follows the other tab\'s save and does not stay on "Saving…"', async () => {
    const a = await openTab('A');
    const b = await openTab('B', a.session.currentId());
    a.store.getState().rename('From A');
    await settled(a);
    await vi.waitFor(() => expect(b.store.getState().design.name).toBe('From A'), { timeout: 2000, interval: 5 });
    expect(b.store.getState().persist.status).toBe('saved');
    expect(b.store.getState().notice?.text).toMatch(/another tab/);
    b.store.getState().rename('Then B');
    await settled(b);
    await vi.waitFor(() => expect(a.store.getState().design.name).toBe('Then B'), { timeout: 2000, interval: 5 });
  });

  it('two tabs on two designs never interfere', async () => {
    const a = await openTab('A');
    const b = await openTab('B');
    await b.session.openNew(getTemplate('seed-ib-native')!.build(), { source: 'template' });
    for (let i = 0; i < 5; i++) {
      a.store.getState().rename(`A ${i}`);
      b.store.getState().rename(`B ${i}`);
    }
    await Promise.all([settled(a), settled(b)]);
    expect(await names(a.library)).toEqual(['A 4', 'B 4']);
    expect(a.store.getState().persist.conflict).toBeNull();
    expect(b.store.getState().persist.conflict).toBeNull();
  });

  it('opening a template creates a new design and never replaces one; the first is kept untouched', async () => {
    const tab = await openTab('A');
    tab.store.getState().rename('My work');
    const opened = await tab.session.openNew(getTemplate('seed-baseline-gige-fc')!.build(), { source: 'template' });
    expect(opened.ok).toBe(true);
    expect(await names(tab.library)).toEqual(['My work', getTemplate('seed-baseline-gige-fc')!.name].sort());
    expect(tab.store.temporal.getState().pastStates).toHaveLength(0);
    const first = (await tab.library.list()).find((e) => e.name === 'My work')!;
    expect((await tab.session.open(first.id)).ok).toBe(true);
    expect(tab.store.getState().design.name).toBe('My work');
    // The same template again, twice: named apart, in the library and on screen.
    const name = getTemplate('seed-baseline-gige-fc')!.name;
    for (const n of [2, 3]) {
      const again = await tab.session.openNew(getTemplate('seed-baseline-gige-fc')!.build(), { source: 'template' });
      expect(again.ok && again.entry.name).toBe(`${name} (${n})`);
      expect(tab.store.getState().design.name).toBe(`${name} (${n})`);
    }
    expect(await names(tab.library)).toEqual(['My work', name, `${name} (2)`, `${name} (3)`].sort());
  });

  it('a design too big for the journal is saved at once and leaving warns until it is saved', async () => {
    const tab = await openTab('A');
    tab.faults.writeDelayMs = 40;
    const huge = { ...tab.store.getState().design, nodes: Array.from({ length: 12000 }, (_, i) => ({ ...tab.store.getState().design.nodes[1]!, id: `sw-${i}`, label: `Switch ${i} ${'z'.repeat(100)}` })) };
    expect(JSON.stringify(huge).length).toBeGreaterThan(JOURNAL_MAX_CHARS);
    tab.store.setState({ design: huge });
    // A design this large is journaled in the task after the edit (JOURNAL_DEFER_NODES).
    await vi.waitFor(() => expect(tab.store.getState().persist.atRisk).toBe(true), { timeout: 2000, interval: 1 });
    expect(tab.session.leaveWarning()).toBe(true);
    await settled(tab);
    expect(tab.session.leaveWarning()).toBe(false);
  });

  it('a large design is journaled in the task after the edit, and at once when the page hides', async () => {
    const tab = await openTab('A');
    await settled(tab);
    const big = { ...generateFlatDesign({ nodes: 2000 }), name: 'Big' };
    tab.store.setState({ design: big });
    expect(createJournal(localStorage).list()).toEqual([]); // not inside the edit's own task
    tab.session.pageHide();
    expect(createJournal(localStorage).list().map((m) => m.designId)).toEqual([tab.session.currentId()]);
    kill(tab);
    const next = await openTab('B');
    expect(next.store.getState().design.name).toBe('Big');
    expect(next.store.getState().design.nodes).toHaveLength(2000);
  });

  it('a stored design that cannot be read is marked once, kept, and never copied at each start', async () => {
    const tab = await openTab('A');
    const goodId = tab.session.currentId()!;
    const bad = await tab.library.create(tinyIbDesign(), { source: 'file' });
    const db = await openDB(DB_NAME);
    await db.put('documents', { json: JSON.stringify({ ...tinyIbDesign(), nodes: 'oops' }) }, bad.id);
    db.close();
    kill(tab);
    for (let i = 0; i < 3; i++) {
      const t = await openTab(`S${i}`, bad.id);
      expect(t.session.currentId()).toBe(goodId);
      expect(t.problems.join(' ')).toMatch(/could not be opened/);
      const entries = await t.library.list();
      expect(entries).toHaveLength(2);
      expect(entries.find((e) => e.id === bad.id)!.unreadable).toMatch(/nodes/);
      kill(t);
    }
  });
});

describe('damaged library records', () => {
  it('an entry with a name that is not a string, wrong types or no document is listed as such, with its reason, and never opened', async () => {
    const tab = await openTab('A');
    const goodId = tab.session.currentId()!;
    const wrongName = await tab.library.create({ ...tinyIbDesign(), name: 'Will be damaged' }, { source: 'file' });
    const wrongTypes = await tab.library.create({ ...tinyIbDesign(), name: 'Wrong types' }, { source: 'file' });
    const noDocument = await tab.library.create({ ...tinyIbDesign(), name: 'Its document is gone' }, { source: 'file' });
    const db = await openDB(DB_NAME);
    await db.put('entries', { ...(await db.get('entries', wrongName.id)), name: 42 });
    await db.put('entries', { ...(await db.get('entries', wrongTypes.id)), rev: 'three', modifiedAt: 'yesterday', servers: null, source: 'nowhere' });
    await db.delete('documents', noDocument.id);
    db.close();

    const entries = await tab.session.list();
    const byId = new Map(entries.map((e) => [e.id, e]));
    expect(byId.get(goodId)!.unreadable).toBeUndefined();
    expect(byId.get(wrongName.id)).toMatchObject({ name: 'Unnamed design', damaged: 'record' });
    expect(byId.get(wrongName.id)!.unreadable).toMatch(/^Its entry in the library is damaged \(name: expected string, received number\)\.$/);
    expect(byId.get(wrongTypes.id)).toMatchObject({ name: 'Wrong types', damaged: 'record', rev: 0, modifiedAt: 0 });
    expect(byId.get(wrongTypes.id)!.unreadable).toBe("Its entry in the library is damaged (modifiedAt: expected number, received string; rev: expected number, received string; servers: expected number, received null; and 1 more).");
    expect(byId.get(noDocument.id)).toMatchObject({ name: 'Its document is gone', damaged: 'missing', unreadable: expect.stringMatching(/^Its design is missing/) });

    // Opening one says why — a missing document is not "deleted in another tab?" — and nothing changes.
    for (const id of [wrongName.id, wrongTypes.id, noDocument.id]) {
      const opened = await tab.session.open(id);
      expect(opened.ok).toBe(false);
      if (!opened.ok) expect(opened.message).not.toMatch(/another tab/);
      expect(tab.session.currentId()).toBe(goodId);
    }
    const missing = await tab.session.open(noDocument.id);
    expect(!missing.ok && missing.message).toMatch(/^Its design is missing from this browser’s storage.*save it to a file\.$/);
    // What is left can be saved: the document of a damaged entry, the record of a missing document.
    expect(JSON.parse((await tab.library.read(wrongName.id))!.json)).toMatchObject({ name: 'Will be damaged' });
    expect(JSON.parse((await tab.library.read(noDocument.id))!.json)).toMatchObject({ id: noDocument.id, name: 'Its document is gone' });

    // A new start asked for the damaged design opens the good one and says why; nothing is rewritten.
    kill(tab);
    const again = await openTab('B', wrongName.id);
    expect(again.session.currentId()).toBe(goodId);
    expect(again.problems.join(' ')).toMatch(/could not be opened: Its entry in the library is damaged/);
    const raw = await openDB(DB_NAME);
    expect((await raw.get('entries', wrongName.id)).name).toBe(42);
    raw.close();
  });
});

describe('first start after the library arrived', () => {
  it('the design of version 1 becomes a library entry, untouched; set-aside copies become one entry each, not one per start', async () => {
    const legacy = { ...getTemplate('seed-ib-native')!.build(), name: 'My old design' };
    const v1 = await openDB(DB_NAME, 1, { upgrade: (db) => void db.createObjectStore('designs') });
    await v1.put('designs', { design: legacy, savedAt: 1000, tabId: 'old' }, 'current');
    for (const t of [1, 2, 3]) await v1.put('designs', { design: { broken: true }, savedAt: t, tabId: 'old' }, `unreadable-${t}`);
    v1.close();
    const tab = await openTab('A');
    expect(tab.store.getState().design).toEqual(legacy);
    const entries = await tab.library.list();
    expect(entries.map((e) => [e.name, e.source, !!e.unreadable]).sort()).toEqual([
      ['My old design', 'migrated', false],
      ['Unnamed design', 'migrated', true],
    ]);
    const db = await openDB(DB_NAME);
    expect(await db.get('designs', 'current')).toEqual({ design: legacy, savedAt: 1000, tabId: 'old' });
    db.close();
  });
});

describe('edits never produce a design the importer would refuse', () => {
  it('duplicating past the node limit is refused with a message, the design unchanged', () => {
    const base = tinyIbDesign();
    const design = { ...base, nodes: Array.from({ length: 12000 }, (_, i) => ({ ...base.nodes[1]!, id: `sw-${i}`, label: `S${i}` })), links: [] };
    const store = createAppStore(design);
    store.getState().selectAll();
    store.getState().duplicateSelection();
    expect(store.getState().design).toBe(design);
    expect(store.getState().notice).toMatchObject({ kind: 'error', text: 'Duplicate refused: The design has 24,000 nodes; up to 20,000 are supported.' });
  });

  it('a read-only (shared) design refuses edits with a hint', () => {
    const store = createAppStore(tinyIbDesign());
    store.getState().setReadOnly(true);
    const before = store.getState().design;
    store.getState().rename('x');
    expect(store.getState().addPart('sw-ib-ddr-24', { x: 0, y: 0 })).toBeNull();
    expect(store.getState().design).toBe(before);
    expect(store.getState().notice?.text).toMatch(/read-only/);
  });
});
