// What a tab knows of the others: which are still open (Web Locks: each tab holds a lock named
// after it for its lifetime; the browser releases it when the tab goes, reload or crash
// included) and what they saved (BroadcastChannel).

export type LibraryMessage =
  /** `designId` is now at `rev` in the library. */
  | { type: 'saved'; tabId: string; designId: string; rev: number }
  /** Entries were added, renamed or removed: lists should reload. */
  | { type: 'changed'; tabId: string; removed?: string };

export interface Channel {
  post(message: LibraryMessage): void;
  listen(handler: (message: LibraryMessage) => void): () => void;
}

export interface TabPresence {
  /** Hold this tab's lock until the page goes away. */
  hold(tabId: string): void;
  /** Run `fn` once the tab is gone: now if it already is (resolves true), else later (resolves false). */
  whenGone(tabId: string, fn: () => Promise<void>): Promise<boolean>;
}

const lockName = (tabId: string): string => `iov-planner/tab/${tabId}`;

export function browserPresence(): TabPresence {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return {
    hold(tabId) {
      void locks?.request(lockName(tabId), () => new Promise<void>(() => undefined));
    },
    async whenGone(tabId, fn) {
      // Without Web Locks we cannot tell: treat the other tab as gone (its journal is replayed,
      // and the revision check turns a clash into a conflict copy, never a lost edit).
      if (!locks) {
        await fn();
        return true;
      }
      let ranNow = false;
      await locks.request(lockName(tabId), { ifAvailable: true }, async (lock) => {
        if (!lock) return;
        ranNow = true;
        await fn();
      });
      if (!ranNow) void locks.request(lockName(tabId), () => fn());
      return ranNow;
    },
  };
}

export function broadcastChannel(name = 'iov-planner/library'): Channel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const bc = new BroadcastChannel(name);
  return {
    post: (m) => bc.postMessage(m),
    listen: (handler) => {
      const fn = (ev: MessageEvent<LibraryMessage>): void => handler(ev.data);
      bc.addEventListener('message', fn);
      return () => bc.removeEventListener('message', fn);
    },
  };
}

/** Tabs in one process (unit tests): every listener but the sender's gets each message. */
export function memoryChannelHub(): () => Channel {
  const handlers = new Set<(m: LibraryMessage) => void>();
  return () => {
    const mine = new Set<(m: LibraryMessage) => void>();
    return {
      post: (m) => handlers.forEach((h) => !mine.has(h) && h(m)),
      listen: (h) => {
        handlers.add(h);
        mine.add(h);
        return () => {
          handlers.delete(h);
          mine.delete(h);
        };
      },
    };
  };
}
