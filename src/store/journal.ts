// The synchronous journal: IndexedDB writes are asynchronous and a reload or a closed tab drops
// the one in flight, so every committed edit is also written at once, synchronously, to
// localStorage (the design as JSON and the revision it is based on), keyed by tab and design.
// A successful save removes it; at start, the journals of tabs that are gone are replayed
// through the same revision check as a save. A design too big for localStorage is not
// journaled: the session then saves at once and warns before the page is left.
import type { Design } from '../domain';
import type { DesignSource } from '../io';
import { diffDesign } from './designPatch';

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
  /** Orders two records of one tab made in the same millisecond (the durable copy's and this one). */
  seq?: number;
  /** The record is a patch against the design saved at `baseRev` (designPatch.ts), not the design. */
  compact?: boolean;
  source: DesignSource;
}

export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export type JournalWrite = 'ok' | 'too-big' | 'failed';

export interface Journal {
  write(meta: JournalMeta, json: string): JournalWrite;
  /**
   * The storage refused the design: keep the edit instead, as a patch against the saved design
   * (small: what changed). Replaces the design record, which is older.
   */
  writeCompact(meta: JournalMeta, patchJson: string): JournalWrite;
  /** The design was saved at `baseRev` but edits since are still only here. */
  rebase(tabId: string, designId: string, baseRev: number): void;
  remove(tabId: string, designId: string): void;
  list(): JournalMeta[];
  /** The design, or for a compact record the patch. */
  read(meta: JournalMeta): string | null;
  /** With a durable copy (durableJournal.ts): resolves once the latest edit of the design is on disk (true) or failed. */
  whenDurable?(tabId: string, designId: string): Promise<boolean>;
}

const key = (tabId: string, designId: string): string => `${PREFIX}${tabId}/${designId}`;

function parseMeta(text: string | null): JournalMeta | null {
  if (!text) return null;
  try {
    const m = JSON.parse(text) as Partial<JournalMeta>;
    if (typeof m.tabId !== 'string' || typeof m.designId !== 'string' || typeof m.baseRev !== 'number') return null;
    return {
      tabId: m.tabId,
      designId: m.designId,
      baseRev: m.baseRev,
      at: typeof m.at === 'number' ? m.at : 0,
      ...(typeof m.seq === 'number' ? { seq: m.seq } : {}),
      ...(m.compact === true ? { compact: true } : {}),
      source: m.source ?? 'recovered',
    };
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
  /** The record first, then its meta: a journal is only listed once both are there. */
  const put = (meta: JournalMeta, text: string, kind: 'design' | 'patch'): JournalWrite => {
    const k = key(meta.tabId, meta.designId);
    // The other kind is older: drop it first, which also frees room when the storage is full.
    safely(() => storage!.removeItem(`${k}#${kind === 'design' ? 'patch' : 'design'}`), undefined);
    return safely(() => {
      storage!.setItem(`${k}#${kind}`, text);
      storage!.setItem(`${k}#meta`, JSON.stringify(meta));
      return 'ok' as const;
    }, 'failed' as const);
  };
  return {
    write(meta, json) {
      if (!storage) return 'failed';
      if (json.length > JOURNAL_MAX_CHARS) {
        this.remove(meta.tabId, meta.designId); // an older, smaller state must not be replayed over the saved one
        return 'too-big';
      }
      return put(meta, json, 'design');
    },
    writeCompact(meta, patchJson) {
      if (!storage || patchJson.length > JOURNAL_MAX_CHARS) return 'failed';
      return put({ ...meta, compact: true }, patchJson, 'patch');
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
        storage?.removeItem(`${k}#patch`);
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
      return safely(() => storage?.getItem(`${key(meta.tabId, meta.designId)}#${meta.compact ? 'patch' : 'design'}`) ?? null, null);
    },
  };
}

/**
 * Journal the design; where the storage refuses it (full, or the design too big for it), the
 * edit instead: a patch against the design saved in the library, which fits where the design does not.
 */
export function journalDesign(journal: Journal, meta: JournalMeta, json: string, design: Design, saved: Design | null): { result: JournalWrite; compact: boolean } {
  const result = journal.write(meta, json);
  if (result === 'ok' || !saved) return { result, compact: false };
  return { result: journal.writeCompact(meta, JSON.stringify(diffDesign(saved, design))), compact: true };
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
