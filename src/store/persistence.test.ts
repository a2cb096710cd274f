import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tinyIbDesign } from '../scenarios/testDesigns';
import type { DesignStorage, SavedRecord } from './idbStorage';
import { connectPersistence, loadSaved, SAVE_THROTTLE_MS, type Channel, type SaveMessage } from './persistence';
import { createAppStore } from './store';

function memoryStorage(failures = 0) {
  let record: SavedRecord | undefined;
  let remainingFailures = failures;
  const quarantined: unknown[] = [];
  let writes = 0;
  const storage: DesignStorage = {
    load: async () => record,
    save: async (r) => {
      if (remainingFailures > 0) {
        remainingFailures--;
        throw new Error('QuotaExceededError');
      }
      writes++;
      record = structuredClone(r);
    },
    quarantine: async (r) => {
      quarantined.push(r);
    },
  };
  return { storage, get: () => record, writes: () => writes, quarantined, set: (r: SavedRecord) => (record = r) };
}

function memoryChannel() {
  const handlers = new Set<(m: SaveMessage) => void>();
  const channel: Channel = {
    post: (m) => handlers.forEach((h) => h(m)),
    listen: (h) => {
      handlers.add(h);
      return () => handlers.delete(h);
    },
  };
  return channel;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('autosave', () => {
  it('throttles a burst of edits into one write, with the last state', async () => {
    const mem = memoryStorage();
    const store = createAppStore(tinyIbDesign());
    connectPersistence(store, mem.storage, 'tab-1');
    for (let i = 0; i < 10; i++) store.getState().rename(`Name ${i}`);
    expect(store.getState().persist.status).toBe('saving');
    await vi.advanceTimersByTimeAsync(SAVE_THROTTLE_MS + 10);
    expect(mem.writes()).toBe(1);
    expect((mem.get()!.design as { name: string }).name).toBe('Name 9');
    expect(store.getState().persist.status).toBe('saved');
  });

  it('shows a failed write, keeps the last good copy, and retries', async () => {
    const mem = memoryStorage();
    const store = createAppStore(tinyIbDesign());
    const link = connectPersistence(store, mem.storage, 'tab-1');
    store.getState().rename('Good copy');
    await link.flush();
    const failing = memoryStorage(1);
    failing.set(mem.get()!);
    const store2 = createAppStore(tinyIbDesign());
    connectPersistence(store2, failing.storage, 'tab-1');
    store2.getState().rename('After failure');
    await vi.advanceTimersByTimeAsync(SAVE_THROTTLE_MS + 10);
    expect(store2.getState().persist.status).toBe('error');
    expect(store2.getState().persist.error).toMatch(/QuotaExceededError/);
    expect((failing.get()!.design as { name: string }).name).toBe('Good copy');
    await vi.advanceTimersByTimeAsync(2100);
    expect(store2.getState().persist.status).toBe('saved');
    expect((failing.get()!.design as { name: string }).name).toBe('After failure');
  });

  it('loads a saved design back exactly, and quarantines an unreadable one instead of dropping it', async () => {
    const mem = memoryStorage();
    const design = tinyIbDesign();
    mem.set({ design, savedAt: 1, tabId: 't' });
    const loaded = await loadSaved(mem.storage);
    expect(loaded.design).toEqual(design);
    mem.set({ design: { format: 'iov-planner/design', version: 2, nodes: 'oops' }, savedAt: 1, tabId: 't' });
    const bad = await loadSaved(mem.storage);
    expect(bad.design).toBeNull();
    expect('problem' in bad && bad.problem).toMatch(/could not be opened/);
    expect(mem.quarantined).toHaveLength(1);
  });

  it('two tabs: an idle tab follows the other; a tab with edits gets a conflict and writes nothing until resolved', async () => {
    const mem = memoryStorage();
    const channel = memoryChannel();
    const a = createAppStore(tinyIbDesign());
    const b = createAppStore(tinyIbDesign());
    const linkA = connectPersistence(a, mem.storage, 'A', channel);
    const linkB = connectPersistence(b, mem.storage, 'B', channel);
    a.getState().rename('From A');
    await linkA.flush();
    await vi.advanceTimersByTimeAsync(10);
    expect(b.getState().design.name).toBe('From A'); // B was idle: it follows
    b.getState().rename('B edits');
    a.getState().rename('A edits again');
    await linkA.flush();
    await vi.advanceTimersByTimeAsync(10);
    expect(b.getState().persist.conflict).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect((mem.get()!.design as { name: string }).name).toBe('A edits again'); // B did not overwrite silently
    await linkB.keepMine();
    expect((mem.get()!.design as { name: string }).name).toBe('B edits');
  });
});
