import { z } from 'zod';
import { DESIGN_FORMAT, DESIGN_VERSION, DesignSchema, type Design } from './design';
import { migrate, OLDEST_SUPPORTED_VERSION } from './migrations';

/** Largest design file we read; bigger inputs are refused before parsing so the tab never freezes. */
export const MAX_DESIGN_BYTES = 20 * 1024 * 1024;

export interface Issue {
  /** Where, as a path into the document: `nodes[3].count`. Empty for the whole document. */
  path: string;
  message: string;
}

export type ImportError =
  | { code: 'too-large'; message: string }
  | { code: 'not-json'; message: string }
  | { code: 'not-a-design'; message: string }
  | { code: 'version-too-new'; message: string; found: number }
  | { code: 'version-too-old'; message: string; found: number }
  | { code: 'migration-failed'; message: string; from: number }
  | { code: 'invalid'; message: string; issues: Issue[] };

export type ImportResult = { ok: true; design: Design; migratedFrom?: number } | { ok: false; error: ImportError };

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

export function zodIssues(error: z.ZodError, max = 20): Issue[] {
  return error.issues.slice(0, max).map((i) => ({ path: formatPath(i.path), message: i.message }));
}

const fail = (error: ImportError): ImportResult => ({ ok: false, error });

/** Parse text (a file, a share link's payload) into a design: parse → migrate → validate. */
export function importDesignText(text: string): ImportResult {
  if (text.length > MAX_DESIGN_BYTES) {
    return fail({
      code: 'too-large',
      message: `The file is ${(text.length / 1e6).toFixed(1)} MB; designs up to ${MAX_DESIGN_BYTES / 1e6} MB can be opened.`,
    });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : 'unreadable';
    return fail({ code: 'not-json', message: `The file is not valid JSON (${detail.slice(0, 160)}).` });
  }
  return importDesignObject(raw);
}

/** Validate an already-parsed object (schema only; `src/io` adds limits and reference checks). */
export function importDesignObject(raw: unknown): ImportResult {
  const envelope = readEnvelope(raw);
  return envelope.ok ? validateDesign(envelope.doc, envelope.version) : fail(envelope.error);
}

export type Envelope = { ok: true; doc: Record<string, unknown>; version: number } | { ok: false; error: ImportError };

/** Is this an IOV Planner design, of a version we read? Returns it migrated to the current version. */
export function readEnvelope(raw: unknown): Envelope {
  const refuse = (error: ImportError): Envelope => ({ ok: false, error });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return refuse({ code: 'not-a-design', message: 'The file does not contain an IOV Planner design (expected a JSON object).' });
  }
  const doc = raw as Record<string, unknown>;
  if (doc.format !== DESIGN_FORMAT) {
    return refuse({
      code: 'not-a-design',
      message: `This is not an IOV Planner design: "format" should be "${DESIGN_FORMAT}".`,
    });
  }
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return refuse({ code: 'not-a-design', message: 'The design has no whole-number "version".' });
  }
  if (version > DESIGN_VERSION) {
    return refuse({
      code: 'version-too-new',
      found: version,
      message: `The design was saved by a newer IOV Planner (file version ${version}; this one reads up to ${DESIGN_VERSION}).`,
    });
  }
  if (version < OLDEST_SUPPORTED_VERSION) {
    return refuse({ code: 'version-too-old', found: version, message: `File version ${version} is too old to read (the oldest this version reads is ${OLDEST_SUPPORTED_VERSION}).` });
  }
  if (version === DESIGN_VERSION) return { ok: true, doc, version };
  try {
    return { ok: true, doc: migrate(doc, version), version };
  } catch (e) {
    return refuse({
      code: 'migration-failed',
      from: version,
      message: `Could not upgrade the design from version ${version}: ${e instanceof Error ? e.message : 'unknown error'}.`,
    });
  }
}

/** The schema check of a migrated document; `version` is the file's own (reported as migratedFrom). */
export function validateDesign(migrated: Record<string, unknown>, version: number): ImportResult {
  const parsed = DesignSchema.safeParse(migrated);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error);
    const first = issues[0];
    return fail({
      code: 'invalid',
      issues,
      message: first ? `The design is invalid at ${first.path || 'the top level'}: ${first.message}` : 'The design is invalid.',
    });
  }
  return version < DESIGN_VERSION ? { ok: true, design: parsed.data, migratedFrom: version } : { ok: true, design: parsed.data };
}
