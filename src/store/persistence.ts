// Autosave (ARCHITECTURE.md pattern 8, after tldraw's local sync): writes are throttled, never
// start before the first load, are retried after a failure, flushed when the page hides, and
// a save from another tab is never silently overwritten.
import { importDesignObject, type Design } from '../domain';
import type { DesignStorage, SavedRecord } from './idbStorage';
import type { AppStore } from './store';

export const SAVE_THROTTLE_MS = 350;
const RETRY_MS = 2000;

export interface Channel {
  post(message: SaveMessage): void;
  listen(handler: (message: SaveMessage) => void): () => void;
}
export interface SaveMessage {
  tabId: string;
  savedAt: number;
}

export type LoadOutcome = { design: Design; source: 'saved' } | { design: null; problem?: string };

/** Reads the autosaved design, validating it as an imported file. */
export async function loadSaved(storage: DesignStorage): Promise<LoadOutcome> {
  let record: SavedRecord | undefined;
  try {
    record = await storage.load();
  } catch (e) {
    return { design: null, problem: `The saved design could not be read (${e instanceof Error ? e.message : String(e)}).` };
  }
  if (!record) return { design: null };
  const imported = importDesignObject(record.design);
  if (imported.ok) return { design: imported.design, source: 'saved' };
  await storage.quarantine(record).catch(() => undefined);
  return { design: null, problem: `The saved design could not be opened: ${imported.error.message} A copy was kept in the browser's storage.` };
}

export interface PersistenceLink {
  flush(): Promise<void>;
  /** Resolve a conflict with another tab: keep ours (save it) or load theirs. */
  keepMine(): Promise<void>;
  loadTheirs(): Promise<void>;
  dispose(): void;
}

export function connectPersistence(store: AppStore, storage: DesignStorage, tabId: string, channel?: Channel): PersistenceLink {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> | null = null;
  let savedDesign: Design | null = store.getState().design;
  const { setPersist } = store.getState();
  setPersist({ status: 'saved' });

  const write = async (): Promise<void> => {
    timer = null;
    const { design, persist } = store.getState();
    if (persist.conflict || design === savedDesign) return;
    setPersist({ status: 'saving' });
    const savedAt = Date.now();
    try {
      await storage.save({ design, savedAt, tabId });
      savedDesign = design;
      setPersist({ status: store.getState().design === design ? 'saved' : 'saving', error: null, savedAt });
      channel?.post({ tabId, savedAt });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      setPersist({ status: 'error', error: `Autosave failed (${message}). Your design is still open here; saving again in ${RETRY_MS / 1000} s.` });
      schedule(RETRY_MS);
    }
  };
  const schedule = (ms: number): void => {
    if (timer) return;
    timer = setTimeout(() => {
      writing = write().finally(() => {
        writing = null;
        if (store.getState().design !== savedDesign && !store.getState().persist.conflict) schedule(SAVE_THROTTLE_MS);
      });
    }, ms);
  };
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.design !== prev.design) {
      if (state.persist.status !== 'error') setPersist({ status: 'saving' });
      schedule(SAVE_THROTTLE_MS);
    }
  });
  const stopListening = channel?.listen(async (msg) => {
    if (msg.tabId === tabId) return;
    if (store.getState().design === savedDesign) {
      const loaded = await loadSaved(storage);
      if (loaded.design) {
        savedDesign = loaded.design;
        store.getState().loadDesign(loaded.design);
        store.getState().notify('info', 'This design was updated from another tab.');
      }
    } else {
      setPersist({ conflict: true });
    }
  });
  const flush = async (): Promise<void> => {
    if (timer) {
      clearTimeout(timer);
      timer = null;
      await write();
    }
    await writing;
  };
  return {
    flush,
    keepMine: async () => {
      setPersist({ conflict: false });
      savedDesign = null; // ours differs from what is stored now: write it
      await write();
    },
    loadTheirs: async () => {
      const loaded = await loadSaved(storage);
      setPersist({ conflict: false });
      if (loaded.design) {
        savedDesign = loaded.design;
        store.getState().loadDesign(loaded.design);
      }
    },
    dispose: () => {
      unsubscribe();
      stopListening?.();
      if (timer) clearTimeout(timer);
    },
  };
}

export function broadcastChannel(name = 'iov-planner'): Channel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const bc = new BroadcastChannel(name);
  return {
    post: (m) => bc.postMessage(m),
    listen: (handler) => {
      const fn = (ev: MessageEvent<SaveMessage>): void => handler(ev.data);
      bc.addEventListener('message', fn);
      return () => bc.removeEventListener('message', fn);
    },
  };
}
