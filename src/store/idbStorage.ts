import { openDB, type IDBPDatabase } from 'idb';

/** What one autosave slot holds. The design is stored raw and re-validated on load (it may be from an older version). */
export interface SavedRecord {
  design: unknown;
  savedAt: number;
  tabId: string;
}

export interface DesignStorage {
  load(): Promise<SavedRecord | undefined>;
  save(record: SavedRecord): Promise<void>;
  /** Keeps a copy of something we could not read, so a bad record is never simply dropped. */
  quarantine(record: unknown): Promise<void>;
}

const DB_NAME = 'iov-planner';
const STORE = 'designs';
const CURRENT = 'current';

/**
 * IndexedDB, one object store. Each put is its own transaction, so a failed write (quota) leaves
 * the previous copy intact.
 */
export function idbStorage(): DesignStorage {
  let db: Promise<IDBPDatabase> | null = null;
  const open = (): Promise<IDBPDatabase> =>
    (db ??= openDB(DB_NAME, 1, {
      upgrade(database) {
        database.createObjectStore(STORE);
      },
    }));
  return {
    load: async () => (await (await open()).get(STORE, CURRENT)) as SavedRecord | undefined,
    save: async (record) => {
      await (await open()).put(STORE, record, CURRENT);
    },
    quarantine: async (record) => {
      await (await open()).put(STORE, record, `unreadable-${Date.now()}`);
    },
  };
}
