// What the designs library keeps about each design, and the pure rules around it (summaries for
// the list, names of copies, search). The storage itself (IndexedDB) lives in src/store.
import { z } from 'zod';
import { DEFAULT_CATALOG, catalogFor } from '../catalog';
import type { Design } from '../domain';

/** How a design came into the library (shown as its source). */
export type DesignSource = 'template' | 'empty' | 'file' | 'link' | 'copy' | 'conflict' | 'migrated' | 'wizard' | 'recovered';
const DESIGN_SOURCES = ['template', 'empty', 'file', 'link', 'copy', 'conflict', 'migrated', 'wizard', 'recovered'] as const satisfies readonly DesignSource[];

export interface LibraryEntry {
  id: string;
  name: string;
  createdAt: number;
  modifiedAt: number;
  /** Bumped by every write; a write names the revision it was based on (two tabs never silently overwrite). */
  rev: number;
  servers: number;
  vms: number;
  nodes: number;
  source: DesignSource;
  /** The template it started from, if any. */
  templateId?: string;
  /** A copy kept when two tabs saved the same design at once: which design it was a copy of. */
  conflictOf?: { id: string; name: string };
  /** Set when the stored design cannot be opened (kept untouched, exportable as a file). */
  unreadable?: string;
  /** The tab that wrote the current revision. */
  writer?: string;
  /**
   * Set as the entry is read, never stored: its own record is damaged (wrong types), or its
   * design document is missing. Such an entry is listed as "Cannot be opened" with `unreadable`.
   */
  damaged?: 'record' | 'missing';
}

const count = z.number().finite().nonnegative();
const time = z.number().finite();

/** A library entry as stored: checked as it is read, since anything (an old version, a bug, a hand) may have written it. */
export const LibraryEntrySchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  createdAt: time,
  modifiedAt: time,
  rev: z.number().int().nonnegative(),
  servers: count,
  vms: count,
  nodes: count,
  source: z.enum(DESIGN_SOURCES),
  templateId: z.string().optional(),
  conflictOf: z.object({ id: z.string(), name: z.string() }).optional(),
  unreadable: z.string().optional(),
  writer: z.string().optional(),
});

/** A design document as stored: the design as JSON text. */
export const LibraryDocumentSchema = z.object({ json: z.string() });

export const MISSING_DOCUMENT = 'Its design is missing from this browser’s storage: only its entry in the list is left.';

/** "name: expected string, received number; rev: …" — the first few problems of a record. */
export function recordProblems(error: z.ZodError): string {
  const issues = error.issues.slice(0, 3).map((i) => `${i.path.length ? i.path.join('.') : 'the record'}: ${i.message.replace(/^Invalid input: /, '')}`);
  return `${issues.join('; ')}${error.issues.length > 3 ? `; and ${error.issues.length - 3} more` : ''}`;
}

/**
 * A stored entry as the library lists it: the record checked with Zod. A damaged one is not
 * dropped (its design may be fine) but listed with what can be read of it, as "Cannot be opened"
 * with the reason; an entry without its document is marked missing.
 */
export function entryFromRecord(raw: unknown, key: string, hasDocument: boolean): LibraryEntry {
  const parsed = LibraryEntrySchema.safeParse(raw);
  if (parsed.success) {
    const entry: LibraryEntry = parsed.data;
    return hasDocument ? entry : { ...entry, unreadable: MISSING_DOCUMENT, damaged: 'missing' };
  }
  const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const finite = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  const name = typeof r.name === 'string' && r.name.trim() ? r.name.slice(0, MAX_NAME) : 'Unnamed design';
  const source = DESIGN_SOURCES.find((x) => x === r.source) ?? 'recovered';
  return {
    id: key,
    name,
    createdAt: finite(r.createdAt),
    modifiedAt: finite(r.modifiedAt),
    rev: finite(r.rev),
    servers: 0,
    vms: 0,
    nodes: 0,
    source,
    unreadable: hasDocument ? `Its entry in the library is damaged (${recordProblems(parsed.error)}).` : `${MISSING_DOCUMENT} That entry is damaged too (${recordProblems(parsed.error)}).`,
    damaged: hasDocument ? 'record' : 'missing',
  };
}

export interface DesignSummary {
  name: string;
  servers: number;
  vms: number;
  nodes: number;
  templateId?: string;
}

/** Servers (group counts expanded) and VMs, as the library lists them. */
export function summarizeDesign(design: Design): DesignSummary {
  const catalog = catalogFor(design);
  let servers = 0;
  let vms = 0;
  for (const n of design.nodes) {
    if (catalog.byId.get(n.partId)?.kind !== 'server') continue;
    servers += n.count;
    vms += n.count * (n.vmsPerServer ?? 0);
  }
  return { name: design.name, servers, vms, nodes: design.nodes.length, ...(design.templateId ? { templateId: design.templateId } : {}) };
}

/** Best effort for something that may not be a valid design (set-aside records, old saves). */
export function summarizeRaw(raw: unknown): DesignSummary {
  const doc = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const name = typeof doc.name === 'string' && doc.name.trim() ? doc.name.slice(0, 120) : 'Unnamed design';
  const nodes = Array.isArray(doc.nodes) ? doc.nodes : [];
  let servers = 0;
  let vms = 0;
  for (const n of nodes as Array<Record<string, unknown> | null>) {
    if (!n || typeof n !== 'object' || typeof n.partId !== 'string' || DEFAULT_CATALOG.byId.get(n.partId)?.kind !== 'server') continue;
    const count = typeof n.count === 'number' && Number.isFinite(n.count) ? n.count : 1;
    servers += count;
    vms += count * (typeof n.vmsPerServer === 'number' && Number.isFinite(n.vmsPerServer) ? n.vmsPerServer : 0);
  }
  const templateId = typeof doc.templateId === 'string' ? doc.templateId.slice(0, 80) : undefined;
  return { name, servers, vms, nodes: nodes.length, ...(templateId ? { templateId } : {}) };
}

const MAX_NAME = 120;

/** "Name (copy)", "Name (copy 2)", … not taken by any entry, within the name length limit. */
export function copyName(name: string, taken: Iterable<string>, word = 'copy'): string {
  const names = new Set(taken);
  const base = name.replace(new RegExp(` \\(${word}(?: \\d+)?\\)$`), '');
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? ` (${word})` : ` (${word} ${i})`;
    const candidate = `${base.slice(0, MAX_NAME - suffix.length)}${suffix}`;
    if (!names.has(candidate)) return candidate;
  }
}

/**
 * A new design's name, unlike every other in the library: "Name", else "Name (2)", "Name (3)"…
 * (opening one template three times gives three designs a user can tell apart).
 */
export function uniqueName(name: string, taken: Iterable<string>): string {
  const names = new Set(taken);
  if (!names.has(name)) return name;
  const base = name.replace(/ \(\d+\)$/, '');
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = `${base.slice(0, MAX_NAME - suffix.length)}${suffix}`;
    if (!names.has(candidate)) return candidate;
  }
}

/** Library order: most recently modified first. */
export const byModified = (a: LibraryEntry, b: LibraryEntry): number => b.modifiedAt - a.modifiedAt || a.name.localeCompare(b.name);

/** Case- and accent-insensitive search over name, template and source. */
export function matchesSearch(entry: LibraryEntry, query: string, templateName: (id: string) => string | undefined = () => undefined): boolean {
  const fold = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold([entry.name, entry.templateId ? templateName(entry.templateId) ?? entry.templateId : '', entry.source].join(' '));
  return words.every((w) => haystack.includes(w));
}
