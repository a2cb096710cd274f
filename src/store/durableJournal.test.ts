// The durable journal: its IndexedDB code on fake-indexeddb, and a session that crashes before
// its autosave with localStorage lost (Chromium had not written it to disk yet).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyDesign } from '../scenarios';
import { tinyIbDesign } from '../scenarios/testDesigns';
import { memoryDurableStore, openDurableStore, withDurableCopy, type DurableStore } from './durableJournal';
import { createJournal, memoryStorage, type JournalMeta, type JournalStorage } from './journal';
import { openLibrary, type Library } from './libraryDb';
import { createSession } from './persistence';
import { chooseInitialDesign } from './sessionStart';
import { createAppStore } from './store';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const meta = (at: number, designId = 'd1', tabId = 't1'): JournalMeta => ({ tabId, designId, baseRev: 1, at, source: 'template' });

/** A store whose puts wait until released, to see what is written while one is in flight. */
function gatedStore(): DurableStore & { puts: string[]; release(): void } {
  const inner = memoryDurableStore();
  let gate: (() => void) | null = null;
  const puts: string[] = [];
  return {
    puts,
    release: () => gate?.(),
    put: async (key, record) => {
      puts.push(record.json);
      await new Promise<void>((r) => (gate = r));
      await inner.put(key, record);
    },
    delete: inner.delete,
    all: inner.all,
  };
}

describe('the durable journal', () => {
  it('coalesces: while one write is in flight only the latest edit waits', async () => {
    const store = gatedStore();
    const journal = withDurableCopy(createJournal(memoryStorage()), store, []);
    for (const n of [1, 2, 3, 4]) journal.write(meta(n), `edit ${n}`);
    const durable = journal.whenDurable('t1', 'd1');
    store.release();
    await vi.waitFor(() => expect(store.puts).toHaveLength(2));
    store.release();
    expect(await durable).toBe(true);
    expect(store.puts).toEqual(['edit 1', 'edit 4']);
    expect((await store.all()).map((r) => r.json)).toEqual(['edit 4']);
  });

  it('says when the disk refuses the write', async () => {
    const store = memoryDurableStore();
    store.failing = true;
    const journal = withDurableCopy(createJournal(memoryStorage()), store, []);
    journal.write(meta(1), 'edit');
    expect(await journal.whenDurable('t1', 'd1')).toBe(false);
  });

  it('after a crash, the newer of the two journals wins per design; a removed one is gone from both', async () => {
    const local = memoryStorage();
    createJournal(local).write({ ...meta(10), seq: 2 }, 'older, in localStorage');
    createJournal(local).write({ ...meta(5, 'd2'), seq: 9 }, 'newer, in localStorage');
    const found = [
      { meta: { ...meta(10), seq: 3 }, json: 'newer, on disk' },
      { meta: { ...meta(4, 'd2'), seq: 1 }, json: 'older, on disk' },
      { meta: { tabId: 7 }, json: 'damaged' } as never,
    ];
    const store = memoryDurableStore();
    const journal = withDurableCopy(createJournal(local), store, found);
    const listed = journal.list();
    expect(listed.map((m) => m.designId)).toEqual(['d2', 'd1']);
    expect(listed.map((m) => journal.read(m))).toEqual(['newer, in localStorage', 'newer, on disk']);
    journal.remove('t1', 'd1');
    expect(journal.list().map((m) => m.designId)).toEqual(['d2']);
    expect(local.getItem('iov-journal/t1/d1#design')).toBeNull();
  });

  it('keeps the real IndexedDB records across a reopen (strict writes)', async () => {
    const store = await openDurableStore();
    const journal = withDurableCopy(createJournal(memoryStorage()), store, []);
    journal.write(meta(1), 'first');
    journal.write(meta(2), 'second');
    expect(await journal.whenDurable('t1', 'd1')).toBe(true);
    const again = await openDurableStore();
    expect((await again.all()).map((r) => [r.json, r.meta.seq])).toEqual([['second', 2]]);
  });
});

describe('a browser crash before the autosave', () => {
  async function tab(id: string, local: JournalStorage, store: DurableStore | null = null) {
    const library: Library = await openLibrary();
    store ??= await openDurableStore();
    const journal = withDurableCopy(createJournal(local), store, await store.all());
    const session = createSession({ library, journal, tabId: id, blank: () => emptyDesign(), throttleMs: 60_000 });
    const replayed = await session.replay();
    const { opened } = await chooseInitialDesign(library, null, undefined, () => ({ design: tinyIbDesign(), source: 'template' }));
    const app = createAppStore(opened.design);
    session.attach(app, opened);
    return { library, journal, session, app, replayed };
  }

  it('keeps the edit when localStorage never reached the disk', async () => {
    const before = await tab('A', memoryStorage());
    before.app.getState().rename('Edited just before the crash');
    expect(await before.journal.whenDurable('A', before.session.currentId()!)).toBe(true);
    // The crash: no save ran (the throttle is a minute), the tab's localStorage is lost.
    before.session.dispose();
    before.library.close();
    const after = await tab('B', memoryStorage());
    expect(after.replayed).toEqual([]);
    expect(after.app.getState().design.name).toBe('Edited just before the crash');
    expect((await after.library.list()).map((e) => e.name)).toEqual(['Edited just before the crash']);
    // Replayed once: its record is gone from the durable journal.
    await vi.waitFor(async () => expect(await (await openDurableStore()).all()).toEqual([]));
  });

  it('a replayed journal whose removal never reached the disk is no new revision: the next tab’s edit on top of it wins', async () => {
    const disk = memoryDurableStore();
    const a = await tab('A', memoryStorage(), disk);
    a.app.getState().rename('Edit in tab A');
    expect(await a.journal.whenDurable('A', a.session.currentId()!)).toBe(true);
    const stale = [...disk.records.entries()];
    a.session.dispose();
    a.library.close();
    // Tab B replays A's edit (revision 2) and removes A's record — a removal the next crash undoes.
    const b = await tab('B', memoryStorage(), disk);
    expect(b.app.getState().design.name).toBe('Edit in tab A');
    await vi.waitFor(() => expect(disk.records.size).toBe(0));
    for (const [k, r] of stale) disk.records.set(k, r);
    b.app.getState().rename('Edit in tab B');
    expect(await b.journal.whenDurable('B', b.session.currentId()!)).toBe(true);
    b.session.dispose();
    b.library.close();
    // Both records replay, in order: A's is the revision B started from, B's continues it.
    const c = await tab('C', memoryStorage(), disk);
    expect(c.replayed).toEqual([]);
    expect(c.app.getState().design.name).toBe('Edit in tab B');
    expect((await c.library.list()).map((e) => e.name)).toEqual(['Edit in tab B']);
  });

  it('a design localStorage refuses is not at risk once its durable copy is written', async () => {
    const full = memoryStorage();
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const t = await tab('A', full);
    t.app.getState().rename('Only on disk');
    expect(t.app.getState().persist.atRisk).toBe(true);
    await vi.waitFor(() => expect(t.app.getState().persist.atRisk).toBe(false));
    expect(t.session.leaveWarning()).toBe(false);
  });

  it('with the disk full and localStorage short of room, the edit is kept as a patch and replayed', async () => {
    const local = memoryStorage();
    const set = local.setItem;
    // Room for a small record, not for a design.
    local.setItem = (k, v) => {
      if (String(v).length > 600) throw new DOMException('full', 'QuotaExceededError');
      set(k, v);
    };
    const fullDisk = memoryDurableStore();
    const t = await tab('A', local, fullDisk);
    // Nothing could be written yet; then the library fills up too.
    fullDisk.failing = true;
    const node = t.app.getState().design.nodes[0]!;
    t.app.getState().moveNodes(new Map([[node.id, { x: 4321, y: 8765 }]]));
    expect(t.app.getState().persist.atRisk).toBe(false);
    t.session.dispose();
    t.library.close();
    expect(local.getItem(`iov-journal/A/${t.session.currentId()}#patch`)).not.toBeNull();
    expect(local.getItem(`iov-journal/A/${t.session.currentId()}#design`)).toBeNull();
    const after = await tab('B', local, memoryDurableStore());
    expect(after.replayed).toEqual([]);
    const design = after.app.getState().design;
    expect(design.nodes.find((n) => n.id === node.id)?.position).toEqual({ x: 4321, y: 8765 });
    expect(design.nodes).toHaveLength(t.app.getState().design.nodes.length);
  });
});
