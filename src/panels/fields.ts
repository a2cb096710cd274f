// Form fields validate with the same Zod schemas that validate design files, so a value the
// inspector accepts is a value a saved file accepts. These helpers are pure: a draft string in,
// a value or one human message out.
import type { ZodType } from 'zod';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** The parts of a Zod 4 issue the messages use (kept loose: issue shapes vary by code). */
interface IssueLike {
  code: string;
  message: string;
  origin?: string;
  expected?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
}

export interface NumberSpec {
  /** Schema of the stored value, e.g. `DesignNodeSchema.shape.count`. */
  schema: ZodType;
  /** Shown = stored × scale (100 shows a 0–1 share as percent). Messages are in shown units. */
  scale?: number;
  /** An empty field means "no value" (undefined) instead of an error. */
  optional?: boolean;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Rounds away binary noise from scaling (0.1 × 100 = 10.000000000000002). */
const clean = (v: number): number => Number(v.toPrecision(12));

const bound = (v: number | bigint, scale: number): string => {
  const n = clean(Number(v) * scale);
  return Math.abs(n) >= 10000 ? n.toLocaleString('en-US') : String(n);
};

const capitalize = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** One short sentence for a Zod issue, in the units the user typed. */
export function issueMessage(issue: IssueLike, scale = 1): string {
  const isString = issue.origin === 'string';
  switch (issue.code) {
    case 'too_small':
      if (issue.minimum === undefined) break;
      if (isString) return Number(issue.minimum) <= 1 ? 'Required' : `At least ${issue.minimum} characters`;
      return issue.inclusive === false ? `Must be more than ${bound(issue.minimum, scale)}` : `Must be at least ${bound(issue.minimum, scale)}`;
    case 'too_big':
      if (issue.maximum === undefined) break;
      if (isString) return `At most ${issue.maximum} characters`;
      return issue.inclusive === false ? `Must be less than ${bound(issue.maximum, scale)}` : `Must be at most ${bound(issue.maximum, scale)}`;
    case 'invalid_type':
      if (issue.expected === 'int') return 'Must be a whole number';
      if (issue.expected === 'number') return 'Enter a number';
      break;
    case 'invalid_format':
      return issue.message.startsWith('Invalid') ? 'Invalid format' : capitalize(issue.message);
  }
  return capitalize(issue.message);
}

function firstIssue(schema: ZodType, value: unknown): IssueLike | null {
  const r = schema.safeParse(value);
  return r.success ? null : ((r.error.issues[0] as IssueLike | undefined) ?? { code: 'custom', message: 'Invalid value' });
}

/** A number field's draft → the value to store, or why not. */
export function parseNumberDraft(text: string, spec: NumberSpec): Parsed<number | undefined> {
  const t = text.trim();
  if (t === '') return spec.optional ? { ok: true, value: undefined } : { ok: false, error: 'Required' };
  if (!NUMBER.test(t)) return { ok: false, error: 'Enter a number' };
  const scale = spec.scale ?? 1;
  const value = clean(Number(t) / scale);
  if (!Number.isFinite(value)) return { ok: false, error: 'Enter a number' };
  const issue = firstIssue(spec.schema, value);
  return issue ? { ok: false, error: issueMessage(issue, scale) } : { ok: true, value };
}

/** A stored number as the field shows it (empty for "no value"). */
export function formatNumberDraft(value: number | undefined, scale = 1): string {
  if (value === undefined || !Number.isFinite(value)) return '';
  return String(clean(value * scale));
}

/** A text field's draft → the value to store, or why not. `trim` drops outer spaces first. */
export function parseTextDraft(text: string, schema: ZodType, trim = true): Parsed<string> {
  const value = trim ? text.trim() : text;
  const issue = firstIssue(schema, value);
  return issue ? { ok: false, error: issueMessage(issue) } : { ok: true, value };
}
