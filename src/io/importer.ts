// The one importer for everything that brings a design in from outside the running app: a file
// (picker, drop, paste, the CLI), a share link, the browser's own library. Pipeline (after
// Excalidraw's restore and tldraw's typed errors): size → parse → migrate by version → count
// limits → validate (Zod) → check references. It never throws: it returns a design or a typed
// error that names what is wrong and where, and nothing is half-loaded.
import { catalogFor } from '../catalog';
import { checkReferences, readEnvelope, validateDesign, type Design, type ImportError, type Issue } from '../domain';
import { jsonDepthExceeds } from './jsonDepth';
import { countProblem, IMPORT_LIMITS, tooLargeMessage, tooManyMessage, type CountedThing } from './limits';

export type DesignImportError =
  | ImportError
  | { code: 'empty'; message: string }
  | { code: 'damaged'; message: string }
  | { code: 'too-deep'; message: string }
  | { code: 'too-many'; message: string; thing: CountedThing; found: number; limit: number }
  | { code: 'broken-references'; message: string; issues: Issue[] };

export type DesignImport = { ok: true; design: Design; migratedFrom?: number } | { ok: false; error: DesignImportError };

const refuse = (error: DesignImportError): DesignImport => ({ ok: false, error });

/** Import design text (a file's contents, pasted JSON, a decoded share link). */
export function importDesignText(text: string): DesignImport {
  try {
    return importText(text);
  } catch (e) {
    return unexpected(e);
  }
}

/** Import an already-parsed value (a record from the browser's library). */
export function importDesignValue(raw: unknown): DesignImport {
  try {
    return importValue(raw);
  } catch (e) {
    return unexpected(e);
  }
}

function importText(input: string): DesignImport {
  // Bytes of UTF-8 are at least as many as UTF-16 code units, so this never refuses a file that fits.
  if (input.length > IMPORT_LIMITS.bytes) return refuse({ code: 'too-large', message: tooLargeMessage(input.length) });
  // Editors on Windows save UTF-8 with a byte order mark; JSON.parse refuses it.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.trim() === '') return refuse({ code: 'empty', message: 'The file is empty.' });
  if (jsonDepthExceeds(text, IMPORT_LIMITS.depth)) {
    return refuse({ code: 'too-deep', message: `The file nests arrays or objects more than ${IMPORT_LIMITS.depth} levels deep; a design needs fewer than 10.` });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : 'unreadable';
    return refuse({ code: 'not-json', message: `The file is not valid JSON (${detail.slice(0, 160)}).` });
  }
  return importValue(raw);
}

function importValue(raw: unknown): DesignImport {
  const envelope = readEnvelope(raw);
  if (!envelope.ok) return refuse(envelope.error);
  const counts = countedFields(envelope.doc);
  const over = countProblem(counts);
  if (over) return refuse({ code: 'too-many', message: tooManyMessage(over.thing, over.found), thing: over.thing, found: over.found, limit: IMPORT_LIMITS[over.thing] });
  const validated = validateDesign(envelope.doc, envelope.version);
  if (!validated.ok) return validated;
  const design = validated.design;
  const catalog = catalogFor(design);
  const issues = checkReferences(design, (id) => catalog.byId.get(id));
  if (issues.length > 0) {
    const first = issues[0]!;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length === 2 ? '' : 's'})` : '';
    return refuse({ code: 'broken-references', issues, message: `The design refers to something that does not exist: ${first.path}: ${first.message}${more}.` });
  }
  return validated;
}

/** Array lengths and key counts of the raw document, without trusting its types. */
function countedFields(doc: Record<string, unknown>): { nodes: unknown[]; links: unknown[]; workloads: unknown[]; customParts: unknown[]; priceList: object } {
  const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const priceList = typeof doc.priceList === 'object' && doc.priceList !== null && !Array.isArray(doc.priceList) ? doc.priceList : {};
  return { nodes: arr(doc.nodes), links: arr(doc.links), workloads: arr(doc.workloads), customParts: arr(doc.customParts), priceList };
}

/** A bug in a stage (or the engine running out of memory) still gives a typed error, never an exception. */
function unexpected(e: unknown): DesignImport {
  const detail = e instanceof Error ? e.message : String(e);
  return refuse({ code: 'invalid', issues: [], message: `The design could not be read (${detail.slice(0, 160)}).` });
}

/** The problems of an error with paths, one per line, for dialogs and the CLI. */
export function importProblems(error: DesignImportError): Issue[] {
  return error.code === 'invalid' || error.code === 'broken-references' ? error.issues : [];
}
