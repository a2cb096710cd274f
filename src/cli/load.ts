import type { Design } from '../domain';
import { importDesignText, importProblems, referencesSummary, type DesignImportError } from '../io';
import { getTemplate, TEMPLATES } from '../scenarios';
import { CliError } from './errors';
import type { Io } from './io';
import { didYouMean } from './suggest';

export interface Loaded {
  design: Design;
  /** What the user typed: a template id or a file path. */
  ref: string;
  kind: 'template' | 'file';
  migratedFrom?: number;
}

/** The argument names neither a template nor a readable file; `sim` words it as an unknown command. */
export class UnknownRefError extends CliError {
  constructor(readonly ref: string) {
    super(`unknown template '${ref}' (and no such file).${didYouMean(ref, TEMPLATES.map((t) => t.id))} Run 'npm run -s sim -- templates' to list them.`);
    this.name = 'UnknownRefError';
  }
}

// A bare word is most likely a mistyped template id; anything shaped like a path is meant as a file.
const looksLikePath = (ref: string): boolean => /[\\/]/.test(ref) || /\.json$/i.test(ref) || ref.startsWith('.');

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many symbolic links',
};

function readFailure(ref: string, e: unknown): CliError {
  const code = (e as { code?: unknown } | null)?.code;
  // The size limit says it in the importer's own words (the app shows the same sentence).
  if (code === 'EFBIG' && e instanceof Error) return new CliError(`${ref}: ${e.message}`);
  const reason = typeof code === 'string' && READ_ERRORS[code] ? READ_ERRORS[code] : e instanceof Error ? e.message : String(e);
  return new CliError(`cannot read design file '${ref}': ${reason.replace(/\.$/, '')}.`);
}

/** The importer's message, then one line per problem with its path (the app lists the same). */
export function describeImportError(ref: string, error: DesignImportError): string {
  const issues = importProblems(error);
  if (issues.length === 0) return `${ref}: ${error.message}`;
  const lines = issues.map((i) => `  ${i.path || '(top level)'}: ${i.message}`);
  const what = error.code === 'broken-references' ? referencesSummary(issues) : 'the design is invalid';
  return [`${ref}: ${what} (${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}):`, ...lines].join('\n');
}

/** A template id or a design file (parsed, migrated to the current version, validated). */
export async function loadDesign(ref: string, io: Io): Promise<Loaded> {
  const template = getTemplate(ref);
  if (template) return { design: template.build(), ref, kind: 'template' };
  let text: string;
  try {
    text = await io.readFile(ref);
  } catch (e) {
    if ((e as { code?: unknown } | null)?.code === 'ENOENT' && !looksLikePath(ref)) throw new UnknownRefError(ref);
    throw readFailure(ref, e);
  }
  const result = importDesignText(text);
  if (!result.ok) throw new CliError(describeImportError(ref, result.error));
  return { design: result.design, ref, kind: 'file', ...(result.migratedFrom !== undefined ? { migratedFrom: result.migratedFrom } : {}) };
}
