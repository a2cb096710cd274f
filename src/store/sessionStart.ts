// Start-up of a design session: replay what closed tabs left in the journal (through the same
// revision check as a save), then choose the design this tab opens: the one in the address, else
// the last one opened, else the most recent readable one, else a new one. A design that cannot
// be read is marked as such (once, in place) and the next candidate is tried.
import type { Design } from '../domain';
import { byModified, importDesignValue } from '../io';
import { applyDesignPatch, type DesignPatch } from './designPatch';
import type { Journal, JournalMeta } from './journal';
import type { Library } from './libraryDb';
import type { OpenedDesign } from './persistence';
import type { Channel, TabPresence } from './tabs';

/** Lets the browser paint and handle input between long steps of the start-up. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export interface LastOpen {
  get(): string | null;
  set(id: string): void;
}

interface ReplayDeps {
  library: Library;
  journal: Journal;
  tabId: string;
  channel?: Channel;
  presence?: TabPresence;
  /** A replay wrote `designId` at `rev` (this tab may be showing it: it follows, as it would another tab's save). */
  onReplayed?(designId: string, rev: number): void;
}

/**
 * Replays the journals of tabs that are gone (now) and of tabs still closing (when they are
 * gone). Returns what the user should be told about the ones replayed now.
 */
export async function replayJournals(deps: ReplayDeps): Promise<string[]> {
  const messages: string[] = [];
  for (const meta of deps.journal.list()) {
    if (meta.tabId === deps.tabId) continue;
    const run = async (): Promise<void> => {
      const message = await replayOne(deps, meta);
      if (message) messages.push(message);
    };
    if (deps.presence) await deps.presence.whenGone(meta.tabId, run);
    else await run();
  }
  return messages;
}

async function replayOne({ library, journal, tabId, channel, onReplayed }: ReplayDeps, meta: JournalMeta): Promise<string | null> {
  const json = journal.read(meta);
  // Another tab may have replayed it already: the journal is gone, or the revision check settles it.
  if (json === null) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    raw = undefined;
  }
  if (meta.compact) raw = await patched(library, meta, raw);
  const imported = importDesignValue(raw);
  if (!imported.ok) {
    journal.remove(meta.tabId, meta.designId);
    return `Unsaved edits from a closed tab could not be read (${imported.error.message}) and were dropped.`;
  }
  try {
    const designJson = meta.compact ? JSON.stringify(imported.design) : json;
    const outcome = await library.commit(meta.designId, meta.baseRev, imported.design, { origin: { source: meta.source }, json: designJson, writer: meta.tabId });
    journal.remove(meta.tabId, meta.designId);
    channel?.post({ type: 'changed', tabId });
    if (outcome.kind !== 'conflict') {
      channel?.post({ type: 'saved', tabId, designId: meta.designId, rev: outcome.entry.rev });
      onReplayed?.(meta.designId, outcome.entry.rev);
      return null;
    }
    return `Unsaved edits of “${imported.design.name}” from a tab that was closed were saved as “${outcome.entry.name}”: the design had changed since.`;
  } catch {
    return null; // the journal stays and is replayed at the next start
  }
}

/**
 * A compact record's design: its patch applied to the design it was made against (as stored now;
 * if another tab saved since, the revision check makes the result a conflict copy). Undefined
 * when there is nothing to apply it to, which the import then names.
 */
async function patched(library: Library, meta: JournalMeta, patch: unknown): Promise<unknown> {
  const stored = await library.read(meta.designId);
  const base = stored && !stored.problem ? importDesignValue(stored.raw) : null;
  if (!base?.ok || !patch || typeof patch !== 'object') return undefined;
  try {
    return applyDesignPatch(base.design, patch as DesignPatch);
  } catch {
    return undefined;
  }
}

/** The design to open at start, and what went wrong on the way (for notices). */
export async function chooseInitialDesign(
  library: Library,
  wanted: string | null,
  lastOpen: LastOpen | undefined,
  fallback: () => { design: Design; source: 'template' | 'empty' },
): Promise<{ opened: OpenedDesign; problems: string[] }> {
  const problems: string[] = [];
  const entries = (await library.list()).sort(byModified);
  const candidates = [wanted, lastOpen?.get() ?? null, ...entries.filter((e) => !e.unreadable).map((e) => e.id)];
  const tried = new Set<string>();
  for (const candidate of candidates) {
    if (!candidate || tried.has(candidate)) continue;
    tried.add(candidate);
    const stored = await library.read(candidate);
    if (!stored) {
      if (candidate === wanted) problems.push('The design in this address is not in this browser’s library (deleted, or saved in another browser).');
      continue;
    }
    // Parsing and checking a design of thousands of nodes take tens of milliseconds each: one task apiece.
    await nextTask();
    const imported = stored.problem ? null : importDesignValue(stored.raw);
    if (imported?.ok) return { opened: { entry: stored.entry, design: imported.design }, problems };
    const problem = imported ? imported.error.message : stored.problem!;
    // A damaged entry or a missing document is found from the record at every read: nothing to mark.
    if (!stored.entry.damaged) await library.markUnreadable(candidate, problem);
    problems.push(`“${stored.entry.name}” could not be opened: ${problem} It is kept in Designs, where you can save it to a file.`);
  }
  const { design, source } = fallback();
  const entry = await library.create(design, { source });
  return { opened: { entry, design: entry.name === design.name ? design : { ...design, name: entry.name } }, problems };
}
