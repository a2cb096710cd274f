// The designs library in IndexedDB (through idb). Each design is two records written in one
// transaction: its entry (name, counts, revision) for the list, and its document (the design as
// JSON text). Every write names the revision it was based on and checks it inside the same
// readwrite transaction, so two tabs can never silently overwrite each other: the losing write is
// kept as a conflict copy. A failed write (quota) aborts its transaction and the last good copy stays.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Design } from '../domain';
import { copyName, entryFromRecord, uniqueName, importDesignValue, LibraryDocumentSchema, summarizeDesign, summarizeRaw, type DesignSource, type LibraryEntry } from '../io';

export const DB_NAME = 'iov-planner';
/** 1: one autosaved design (`designs`/`current`). 2: the library (`entries` + `documents`); version 1's store is kept as it was. */
const DB_VERSION = 2;

interface LibrarySchema extends DBSchema {
  designs: { key: string; value: { design: unknown; savedAt?: number } };
  entries: { key: string; value: LibraryEntry };
  documents: { key: string; value: { json: string } };
}

export interface StoredDesign {
  entry: LibraryEntry;
  /** The document as stored (parsed JSON); undefined when the text itself is not JSON, or there is none. */
  raw: unknown;
  /** What there is to save to a file: the document's text, or the entry's record when the document is missing. */
  json: string;
  /**
   * Why the design cannot be opened whatever its document says: its entry is damaged, or its
   * document is missing or not text (the entry says so too, in `unreadable`).
   */
  problem?: string;
}

export type CommitOutcome =
  | { kind: 'saved'; entry: LibraryEntry }
  /** Another tab wrote the same content first: nothing to write. */
  | { kind: 'unchanged'; entry: LibraryEntry }
  /** Another tab changed (or deleted) the design since `baseRev`: ours is kept as a new entry. */
  | { kind: 'conflict'; entry: LibraryEntry; design: Design; original: LibraryEntry | undefined };

export interface Origin {
  source: DesignSource;
  conflictOf?: { id: string; name: string };
}

export interface CommitOptions {
  origin?: Origin;
  /** The design as JSON, when the caller has it already. */
  json?: string;
  /** The tab writing; stored with the entry. */
  writer?: string;
}

export interface Library {
  list(): Promise<LibraryEntry[]>;
  read(id: string): Promise<StoredDesign | undefined>;
  /**
   * A new entry (fresh id unless given: a design first written by a journal replay keeps its id),
   * named apart from the others ("… (2)"): the entry's name is the one stored.
   */
  create(design: Design, origin: Origin, id?: string): Promise<LibraryEntry>;
  /**
   * Write `design` as the next revision of `id` if the stored one is still `baseRev` (0: not yet
   * stored), or if `writer` (a tab) made the last write itself: its design continues that one.
   */
  commit(id: string, baseRev: number, design: Design, options?: CommitOptions): Promise<CommitOutcome>;
  rename(id: string, name: string): Promise<LibraryEntry | undefined>;
  duplicate(id: string): Promise<LibraryEntry | undefined>;
  remove(id: string): Promise<void>;
  markUnreadable(id: string, problem: string): Promise<void>;
  close(): void;
}

export function newDesignId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `d-${Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('').slice(0, 12)}`;
}

const entryFor = (id: string, design: Design, origin: Origin, rev: number, createdAt: number, now: number): LibraryEntry => ({
  id,
  ...summarizeDesign(design),
  createdAt,
  modifiedAt: now,
  rev,
  source: origin.source,
  ...(origin.conflictOf ? { conflictOf: origin.conflictOf } : {}),
});

type Tx = IDBPTransaction<LibrarySchema, ('entries' | 'documents')[], 'readwrite'>;

export interface OpenOptions {
  /** Another tab still runs an older version and holds the database open. */
  onBlocked?(): void;
  /** A newer version in another tab wants to upgrade: this tab must let go and reload. */
  onVersionChange?(): void;
  now?(): number;
}

export async function openLibrary(options: OpenOptions = {}): Promise<Library> {
  const now = options.now ?? Date.now;
  let db: IDBPDatabase<LibrarySchema> | null = null;
  /** Closed for good: by this tab, or for a newer version in another tab. */
  let ended = false;
  const open = (): Promise<IDBPDatabase<LibrarySchema>> =>
    openDB<LibrarySchema>(DB_NAME, DB_VERSION, {
      async upgrade(database, oldVersion, _newVersion, tx) {
        if (oldVersion < 1) database.createObjectStore('designs');
        if (oldVersion < 2) {
          database.createObjectStore('entries', { keyPath: 'id' });
          database.createObjectStore('documents');
          // Same transaction as the version change: the old design is copied exactly once.
          if (oldVersion >= 1) await migrateVersion1(tx, now());
        }
      },
      blocked: () => options.onBlocked?.(),
      blocking: () => {
        ended = true;
        db?.close();
        options.onVersionChange?.();
      },
      // The browser closed the connection itself: a full disk does (Chromium's "IO error …
      // FILE_ERROR_NO_SPACE … Connection is closing"). The next write opens it again, so autosave
      // recovers once there is room, without a reload.
      terminated: () => {
        db = null;
      },
    });
  db = await open();

  type Stores = ('entries' | 'documents')[];
  async function transaction<M extends IDBTransactionMode>(mode: M): Promise<IDBPTransaction<LibrarySchema, Stores, M>> {
    if (ended) throw new DOMException('The designs library was closed.', 'InvalidStateError');
    db ??= await open();
    try {
      return db.transaction(['entries', 'documents'], mode);
    } catch (e) {
      if (!(e instanceof DOMException && e.name === 'InvalidStateError')) throw e;
      db = await open(); // closing, and `terminated` not yet told
      return db.transaction(['entries', 'documents'], mode);
    }
  }
  const readwrite = (): Promise<Tx> => transaction('readwrite');
  const takenNames = async (tx: Tx): Promise<string[]> => (await tx.objectStore('entries').getAll()).map((e) => e.name);

  async function keepAsCopy(tx: Tx, design: Design, original: LibraryEntry | undefined, word: string): Promise<{ entry: LibraryEntry; design: Design }> {
    const name = copyName(design.name, await takenNames(tx), word);
    const copy = { ...design, name };
    const t = now();
    const entry = entryFor(newDesignId(), copy, { source: 'conflict', conflictOf: { id: original?.id ?? '', name: original?.name ?? design.name } }, 1, t, t);
    await tx.objectStore('entries').put(entry);
    await tx.objectStore('documents').put({ json: JSON.stringify(copy) }, entry.id);
    return { entry, design: copy };
  }

  return {
    // Every record is checked as it is read (libraryRecords.ts): a damaged one is listed as such,
    // never handed on as if it were whole, so no view meets a name that is not a string.
    list: async () => {
      const tx = await transaction('readonly');
      const [records, keys, docKeys] = await Promise.all([tx.objectStore('entries').getAll(), tx.objectStore('entries').getAllKeys(), tx.objectStore('documents').getAllKeys()]);
      const documents = new Set(docKeys.map(String));
      return records.map((record, i) => entryFromRecord(record, String(keys[i]), documents.has(String(keys[i]))));
    },
    read: async (id) => {
      const tx = await transaction('readonly');
      const [record, doc] = await Promise.all([tx.objectStore('entries').get(id), tx.objectStore('documents').get(id) as Promise<unknown>]);
      if (record === undefined) return undefined;
      const document = LibraryDocumentSchema.safeParse(doc);
      const entry = entryFromRecord(record, id, doc !== undefined);
      if (!document.success) {
        const problem = doc === undefined ? entry.unreadable! : 'Its stored design is damaged (not text).';
        let json: string;
        try {
          json = JSON.stringify(doc === undefined ? record : doc, null, 2) ?? 'null';
        } catch {
          json = 'null';
        }
        return { entry: entry.unreadable ? entry : { ...entry, unreadable: problem }, raw: undefined, json, problem };
      }
      let raw: unknown;
      try {
        raw = JSON.parse(document.data.json);
      } catch {
        raw = undefined;
      }
      return { entry, raw, json: document.data.json, ...(entry.damaged ? { problem: entry.unreadable! } : {}) };
    },
    create: async (opened, origin, id = newDesignId()) => {
      const tx = await readwrite();
      const t = now();
      const name = uniqueName(opened.name, await takenNames(tx));
      const design = name === opened.name ? opened : { ...opened, name };
      const entry = entryFor(id, design, origin, 1, t, t);
      await tx.objectStore('entries').put(entry);
      await tx.objectStore('documents').put({ json: JSON.stringify(design) }, id);
      await tx.done;
      return entry;
    },
    commit: async (id, baseRev, design, { origin = { source: 'empty' } as Origin, json = JSON.stringify(design), writer } = {}) => {
      const tx = await readwrite();
      const entries = tx.objectStore('entries');
      const current = await entries.get(id);
      let outcome: CommitOutcome;
      // A tab that died while its write was in flight left a journal based on the revision before
      // that write; the write's own result is no conflict with it.
      const ownLastWrite = !!current && writer !== undefined && current.writer === writer;
      // …but a journal replayed once already (its removal did not reach the disk before the next
      // crash) is that last write itself: writing it again as a new revision made the next tab's
      // edit, based on the first replay, a conflict copy at the next start.
      const sameAsOwn = ownLastWrite && current.rev !== baseRev && (await tx.objectStore('documents').get(id))?.json === json;
      if (sameAsOwn) {
        outcome = { kind: 'unchanged', entry: current };
      } else if ((current && (current.rev === baseRev || ownLastWrite)) || (!current && baseRev === 0)) {
        const t = now();
        const entry = { ...entryFor(id, design, current ?? origin, (current?.rev ?? 0) + 1, current?.createdAt ?? t, t), ...(writer ? { writer } : {}) };
        await entries.put(entry);
        await tx.objectStore('documents').put({ json }, id);
        outcome = { kind: 'saved', entry };
      } else if (current && (await tx.objectStore('documents').get(id))?.json === json) {
        outcome = { kind: 'unchanged', entry: current };
      } else {
        const copy = await keepAsCopy(tx, design, current, current ? 'conflict copy' : 'recovered');
        outcome = { kind: 'conflict', entry: copy.entry, design: copy.design, original: current };
      }
      await tx.done;
      return outcome;
    },
    rename: async (id, name) => {
      const tx = await readwrite();
      const entry = await tx.objectStore('entries').get(id);
      const doc = await tx.objectStore('documents').get(id);
      if (!entry || !doc) return undefined;
      let json = doc.json;
      try {
        const parsed = JSON.parse(doc.json) as unknown;
        if (parsed && typeof parsed === 'object') json = JSON.stringify({ ...parsed, name });
      } catch {
        // An unreadable document keeps its text; only the entry is renamed.
      }
      // No writer: a tab's journal based on the revision before this rename must not pass over it.
      const { writer: _previous, ...kept } = entry;
      const next = { ...kept, name, rev: entry.rev + 1, modifiedAt: now() };
      await tx.objectStore('entries').put(next);
      await tx.objectStore('documents').put({ json }, id);
      await tx.done;
      return next;
    },
    duplicate: async (id) => {
      const tx = await readwrite();
      const entry = await tx.objectStore('entries').get(id);
      const doc = await tx.objectStore('documents').get(id);
      if (!entry || !doc || entry.unreadable) return undefined;
      const imported = importDesignValue(JSON.parse(doc.json));
      if (!imported.ok) return undefined;
      const design = { ...imported.design, name: copyName(entry.name, await takenNames(tx)) };
      const t = now();
      const copy = entryFor(newDesignId(), design, { source: 'copy' }, 1, t, t);
      await tx.objectStore('entries').put(copy);
      await tx.objectStore('documents').put({ json: JSON.stringify(design) }, copy.id);
      await tx.done;
      return copy;
    },
    remove: async (id) => {
      const tx = await readwrite();
      await tx.objectStore('entries').delete(id);
      await tx.objectStore('documents').delete(id);
      await tx.done;
    },
    markUnreadable: async (id, problem) => {
      const tx = await readwrite();
      const entry = await tx.objectStore('entries').get(id);
      if (entry && entry.unreadable !== problem) await tx.objectStore('entries').put({ ...entry, unreadable: problem });
      await tx.done;
    },
    close: () => {
      ended = true;
      db?.close();
    },
  };
}

/**
 * Version 1 kept one design under `designs/current`, and set unreadable ones aside as
 * `unreadable-<time>` (one more at every start). Each becomes a library entry, untouched; identical
 * set-aside copies become one. The version-1 store itself is left as it was.
 */
async function migrateVersion1(tx: IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'versionchange'>, now: number): Promise<void> {
  const legacy = tx.objectStore('designs');
  const keys = (await legacy.getAllKeys()).sort((a, b) => (a === 'current' ? -1 : b === 'current' ? 1 : a.localeCompare(b)));
  const seen = new Set<string>();
  for (const key of keys) {
    const record = await legacy.get(key);
    const raw = record && typeof record === 'object' && 'design' in record ? record.design : record;
    let json: string;
    try {
      json = JSON.stringify(raw) ?? 'null';
    } catch {
      continue; // not serializable: nothing a user could open or export
    }
    if (seen.has(json)) continue;
    seen.add(json);
    const imported = importDesignValue(raw);
    const savedAt = typeof record?.savedAt === 'number' && Number.isFinite(record.savedAt) ? record.savedAt : now;
    const entry: LibraryEntry = {
      id: newDesignId(),
      ...(imported.ok ? summarizeDesign(imported.design) : summarizeRaw(raw)),
      createdAt: savedAt,
      modifiedAt: savedAt,
      rev: 1,
      source: 'migrated',
      ...(imported.ok ? {} : { unreadable: imported.error.message }),
    };
    await tx.objectStore('entries').put(entry);
    await tx.objectStore('documents').put({ json }, entry.id);
  }
}
