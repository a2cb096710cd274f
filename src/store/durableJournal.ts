// The durable journal. localStorage (journal.ts) is written at once, but Chromium writes it to
// disk lazily: a browser that crashes a few hundred milliseconds after an edit loses it. So every
// journaled edit is also written to IndexedDB at once, in a strict transaction: complete (and
// visible to any other connection) only once the record is on the disk. A relaxed transaction
// completes while the browser may still be writing (Chrome's documentation says so), so its
// completion promised nothing a crash could not undo. Writes are coalesced per design: while one is in flight only the
// latest edit waits, so a burst of edits costs two writes, not one per keystroke. At start both
// journals are read and, per tab and design, the newer record wins (its time, then its sequence
// number).
import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore } from 'idb';
import type { Journal, JournalMeta, JournalWrite } from './journal';

export const DURABLE_JOURNAL_DB = 'iov-planner-journal';

export interface DurableRecord {
  meta: JournalMeta;
  json: string;
}

/** Where durable records live: IndexedDB in the app, a Map in unit tests. */
export interface DurableStore {
  put(key: string, record: DurableRecord): Promise<void>;
  delete(key: string): Promise<void>;
  all(): Promise<DurableRecord[]>;
}

interface JournalSchema extends DBSchema {
  edits: { key: string; value: DurableRecord };
  /**
   * Version 2's store for a separate strict flush after relaxed writes. Unused since every write
   * is strict; kept so that the database stays at version 2 for tabs of the version before.
   */
  flush: { key: string; value: number };
}

export async function openDurableStore(): Promise<DurableStore> {
  // A connection the browser closed (a full disk closes it) is opened again at the next write.
  const open = (): Promise<IDBPDatabase<JournalSchema>> =>
    openDB<JournalSchema>(DURABLE_JOURNAL_DB, 2, {
      upgrade: (d, from) => {
        if (from < 1) d.createObjectStore('edits');
        if (from < 2) d.createObjectStore('flush');
      },
      terminated: () => (db = null),
    });
  let db: IDBPDatabase<JournalSchema> | null = await open();
  const write = async (change: (edits: IDBPObjectStore<JournalSchema, ['edits'], 'edits', 'readwrite'>) => Promise<unknown>): Promise<void> => {
    db ??= await open();
    const tx = db.transaction('edits', 'readwrite', { durability: 'strict' });
    const changed = change(tx.objectStore('edits'));
    // Commit now, not when this task ends: whatever the edit's task does next (rendering the
    // result of the edit) must not hold the record back from the disk.
    tx.commit();
    await Promise.all([changed, tx.done]);
  };
  return {
    // Strict: 7.9 ms at the median and 78 ms at the 90th percentile here (relaxed: 0.8 and 6.8),
    // paid off the edit's path: the edit is on screen and in localStorage already.
    put: (key, record) => write((edits) => edits.put(record, key)),
    delete: (key) => write((edits) => edits.delete(key)),
    all: async () => (db ??= await open()).getAll('edits'),
  };
}

export function memoryDurableStore(): DurableStore & { records: Map<string, DurableRecord>; failing: boolean } {
  const records = new Map<string, DurableRecord>();
  const self = {
    records,
    failing: false,
    put: async (key: string, record: DurableRecord) => {
      if (self.failing) throw new DOMException('full (test)', 'QuotaExceededError');
      records.set(key, record);
    },
    delete: async (key: string) => void records.delete(key),
    all: async () => [...records.values()],
  };
  return self;
}

/** A record as stored by this code (a damaged one is ignored: the library keeps the last save). */
function isRecord(r: unknown): r is DurableRecord {
  const { meta, json } = (r ?? {}) as Partial<DurableRecord>;
  return (
    typeof json === 'string' &&
    !!meta &&
    typeof meta.tabId === 'string' &&
    typeof meta.designId === 'string' &&
    Number.isFinite(meta.baseRev) &&
    Number.isFinite(meta.at) &&
    typeof meta.source === 'string'
  );
}

const keyOf = (tabId: string, designId: string): string => `${tabId}/${designId}`;
/** Which of two records of one tab and design is newer. */
const newer = (a: JournalMeta, b: JournalMeta): boolean => a.at > b.at || (a.at === b.at && (a.seq ?? 0) > (b.seq ?? 0));

type Op = { kind: 'put'; record: DurableRecord } | { kind: 'delete' };
interface Slot {
  next: Op | null;
  running: boolean;
  /** The outcome of the last put (false: failed, or removed since). */
  stored: boolean;
  waiters: Array<(stored: boolean) => void>;
}

export interface DurableJournal extends Journal {
  /** Resolves once the latest edit of this design is on disk (true) or could not be written (false). */
  whenDurable(tabId: string, designId: string): Promise<boolean>;
}

/**
 * `local` with a durable copy in `store`; `found` are the records the store held at start (the
 * journals of tabs that are gone, to be replayed).
 */
export function withDurableCopy(local: Journal, store: DurableStore, found: DurableRecord[]): DurableJournal {
  const atStart = new Map<string, DurableRecord>();
  for (const r of found.filter(isRecord)) atStart.set(keyOf(r.meta.tabId, r.meta.designId), r);
  const slots = new Map<string, Slot>();
  const latest = new Map<string, DurableRecord>();
  let seq = 0;

  const slotOf = (key: string): Slot => {
    let slot = slots.get(key);
    if (!slot) slots.set(key, (slot = { next: null, running: false, stored: false, waiters: [] }));
    return slot;
  };
  async function drain(key: string, slot: Slot): Promise<void> {
    slot.running = true;
    while (slot.next) {
      const op = slot.next;
      slot.next = null;
      try {
        if (op.kind === 'put') await store.put(key, op.record);
        else await store.delete(key);
        slot.stored = op.kind === 'put';
      } catch {
        slot.stored = false;
      }
    }
    slot.running = false;
    slot.waiters.splice(0).forEach((w) => w(slot.stored));
  }
  const enqueue = (key: string, op: Op): void => {
    const slot = slotOf(key);
    slot.next = op;
    if (!slot.running) void drain(key, slot);
  };
  /** Per tab and design, the newer of the two journals' records. */
  const chosen = (): Map<string, { meta: JournalMeta; durable: boolean }> => {
    const out = new Map<string, { meta: JournalMeta; durable: boolean }>();
    for (const meta of local.list()) out.set(keyOf(meta.tabId, meta.designId), { meta, durable: false });
    for (const [key, r] of atStart) {
      const other = out.get(key);
      if (!other || newer(r.meta, other.meta)) out.set(key, { meta: r.meta, durable: true });
    }
    return out;
  };

  return {
    write(meta, json): JournalWrite {
      const stamped = { ...meta, seq: ++seq };
      const key = keyOf(meta.tabId, meta.designId);
      const record = { meta: stamped, json };
      latest.set(key, record);
      enqueue(key, { kind: 'put', record });
      return local.write(stamped, json);
    },
    // Only localStorage: the compact record is for when the disk (IndexedDB's too) is full.
    writeCompact: (meta, patchJson) => local.writeCompact({ ...meta, seq: ++seq }, patchJson),
    rebase(tabId, designId, baseRev) {
      local.rebase(tabId, designId, baseRev);
      const key = keyOf(tabId, designId);
      const record = latest.get(key);
      if (!record) return;
      const rebased = { ...record, meta: { ...record.meta, baseRev } };
      latest.set(key, rebased);
      enqueue(key, { kind: 'put', record: rebased });
    },
    remove(tabId, designId) {
      local.remove(tabId, designId);
      const key = keyOf(tabId, designId);
      latest.delete(key);
      atStart.delete(key);
      enqueue(key, { kind: 'delete' });
    },
    list: () => [...chosen().values()].map((c) => c.meta).sort((a, b) => a.at - b.at),
    read(meta) {
      const key = keyOf(meta.tabId, meta.designId);
      const pick = chosen().get(key);
      if (!pick) return null;
      return pick.durable ? atStart.get(key)!.json : local.read(meta);
    },
    whenDurable(tabId, designId) {
      const slot = slots.get(keyOf(tabId, designId));
      if (!slot) return Promise.resolve(false);
      if (!slot.running) return Promise.resolve(slot.stored);
      return new Promise((resolve) => slot.waiters.push(resolve));
    },
  };
}
