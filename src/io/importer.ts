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

/**
 * A design file's bytes as text. UTF-8 unless the file starts with a byte order mark: UTF-16 (little
 * or big endian) is what Windows tools write as "Unicode", and read as UTF-8 it is only a JSON
 * error about an unexpected '�'. A UTF-8 mark stays, for the importer to skip.
 */
export function decodeDesignBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    // Big endian: swap each pair and decode as little endian (every runtime has that decoder).
    const swapped = new Uint8Array(bytes.length - 2);
    for (let i = 2; i + 1 < bytes.length; i += 2) {
      swapped[i - 2] = bytes[i + 1]!;
      swapped[i - 1] = bytes[i]!;
    }
    return new TextDecoder('utf-16le').decode(swapped);
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/** Import a design file's bytes (UTF-8, or UTF-16 with a byte order mark). */
export function importDesignBytes(bytes: Uint8Array): DesignImport {
  try {
    return importText(decodeDesignBytes(bytes));
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
    const what = issues.every(isDuplicate) ? `The design has ${issues.length === 1 ? 'a duplicate id' : 'duplicate ids'}` : issues.some(isDuplicate) ? 'The design has duplicate ids and refers to things that do not exist' : 'The design refers to something that does not exist';
    return refuse({ code: 'broken-references', issues, message: `${what}: ${first.path}: ${first.message}${more}.` });
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

const isDuplicate = (issue: Issue): boolean => issue.message.startsWith('duplicate ');

/**
 * What a design's reference problems are, for the sentence above their list ("the design has
 * duplicate ids (2 problems, listed below)"): a duplicate id is not something missing.
 */
export function referencesSummary(issues: readonly Issue[]): string {
  const duplicates = issues.filter(isDuplicate).length;
  if (duplicates > 0 && duplicates === issues.length) return duplicates === 1 ? 'the design has a duplicate id' : 'the design has duplicate ids';
  if (duplicates > 0) return 'the design has duplicate ids and refers to things that do not exist';
  return 'the design refers to things that do not exist';
}

/** The problems of an error with paths, one per line, for dialogs and the CLI. */
export function importProblems(error: DesignImportError): Issue[] {
  return error.code === 'invalid' || error.code === 'broken-references' ? error.issues : [];
}
