// The synchronous journal: IndexedDB writes are asynchronous and a reload or a closed tab drops
// the one in flight, so every committed edit is also written at once, synchronously, to
// localStorage (the design as JSON and the revision it is based on), keyed by tab and design.
// A successful save removes it; at start, the journals of tabs that are gone are replayed
// through the same revision check as a save. A design too big for localStorage is not
// journaled: the session then saves at once and warns before the page is left.
import type { DesignSource } from '../io';

const PREFIX = 'iov-journal/';
/** localStorage holds about 5 M characters per origin; leave room for everything else. */
export const JOURNAL_MAX_CHARS = 2_000_000;
/**
 * Above this many nodes an edit is journaled in a task of its own just after the edit (and at
 * once when the page is hidden), not inside the edit: serialising and storing a design takes
 * ~14 ms at 1,000 nodes (profiled at a drag's end) and 50–200 ms at several thousand, time added
 * to the keystroke, drop or drag that made the edit.
 */
export const JOURNAL_DEFER_NODES = 500;

export interface JournalMeta {
  tabId: string;
  designId: string;
  /** The library revision the journaled design was edited from (0: not yet in the library). */
  baseRev: number;
  at: number;
  source: DesignSource;
}

export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export type JournalWrite = 'ok' | 'too-big' | 'failed';

export interface Journal {
  write(meta: JournalMeta, json: string): JournalWrite;
  /** The design was saved at `baseRev` but edits since are still only here. */
  rebase(tabId: string, designId: string, baseRev: number): void;
  remove(tabId: string, designId: string): void;
  list(): JournalMeta[];
  read(meta: JournalMeta): string | null;
}

const key = (tabId: string, designId: string): string => `${PREFIX}${tabId}/${designId}`;

function parseMeta(text: string | null): JournalMeta | null {
  if (!text) return null;
  try {
    const m = JSON.parse(text) as Partial<JournalMeta>;
    if (typeof m.tabId !== 'string' || typeof m.designId !== 'string' || typeof m.baseRev !== 'number') return null;
    return { tabId: m.tabId, designId: m.designId, baseRev: m.baseRev, at: typeof m.at === 'number' ? m.at : 0, source: m.source ?? 'recovered' };
  } catch {
    return null;
  }
}

export function createJournal(storage: JournalStorage | null): Journal {
  const safely = <T>(fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch {
      return fallback;
    }
  };
  return {
    write(meta, json) {
      if (!storage) return 'failed';
      if (json.length > JOURNAL_MAX_CHARS) {
        this.remove(meta.tabId, meta.designId); // an older, smaller state must not be replayed over the saved one
        return 'too-big';
      }
      const k = key(meta.tabId, meta.designId);
      return safely(() => {
        // Design first, then its meta: a journal is only listed once both are there.
        storage.setItem(`${k}#design`, json);
        storage.setItem(`${k}#meta`, JSON.stringify(meta));
        return 'ok' as const;
      }, 'failed' as const);
    },
    rebase(tabId, designId, baseRev) {
      const k = key(tabId, designId);
      const meta = parseMeta(safely(() => storage?.getItem(`${k}#meta`) ?? null, null));
      if (meta) safely(() => storage?.setItem(`${k}#meta`, JSON.stringify({ ...meta, baseRev })), undefined);
    },
    remove(tabId, designId) {
      const k = key(tabId, designId);
      safely(() => {
        storage?.removeItem(`${k}#meta`);
        storage?.removeItem(`${k}#design`);
      }, undefined);
    },
    list() {
      if (!storage) return [];
      const metas: JournalMeta[] = [];
      const keys = safely(() => Array.from({ length: storage.length }, (_, i) => storage.key(i)), [] as Array<string | null>);
      for (const k of keys) {
        if (!k?.startsWith(PREFIX) || !k.endsWith('#meta')) continue;
        const meta = parseMeta(safely(() => storage.getItem(k), null));
        if (meta) metas.push(meta);
      }
      return metas.sort((a, b) => a.at - b.at);
    },
    read(meta) {
      return safely(() => storage?.getItem(`${key(meta.tabId, meta.designId)}#design`) ?? null, null);
    },
  };
}

/** A Map-backed Storage for tests and for browsers where localStorage is blocked. */
export function memoryStorage(): JournalStorage & { size(): number } {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    key: (i) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
    size: () => map.size,
  };
}
