import { IOV_MODES, type IovMode } from '../domain';
import { UsageError } from './errors';
import { didYouMean } from './suggest';

/** A flag stands alone (`--json`); a value option takes the next argument or `=value`. */
export type OptionKind = 'flag' | 'value';

export interface ParsedArgs {
  positionals: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

/** Every command takes --help; the rest are declared per command so typos are caught, not ignored. */
export function parseArgs(command: string, args: readonly string[], options: Readonly<Record<string, OptionKind>>): ParsedArgs {
  const known: Record<string, OptionKind> = { ...options, help: 'flag' };
  const out: ParsedArgs = { positionals: [], flags: new Set(), values: new Map() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      out.positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      out.flags.add('help');
      continue;
    }
    if (!arg.startsWith('-') || arg === '-' || /^-\d/.test(arg)) {
      out.positionals.push(arg);
      continue;
    }
    const dashes = arg.startsWith('--') ? 2 : 1;
    const body = arg.slice(dashes);
    const eq = body.indexOf('=');
    const name = eq < 0 ? body : body.slice(0, eq);
    const inline = eq < 0 ? undefined : body.slice(eq + 1);
    const kind = dashes === 2 && Object.hasOwn(known, name) ? known[name] : undefined;
    if (!kind) {
      const names = Object.keys(known).map((k) => `--${k}`);
      throw new UsageError(`unknown option '${arg.slice(0, dashes + name.length)}' for '${command}'.${didYouMean(`--${name}`, names)} It takes: ${names.join(', ')}.`);
    }
    // "Last one wins" would silently drop what the user typed first: a repeat is a mistake to show.
    if (out.flags.has(name) || out.values.has(name)) throw new UsageError(`option --${name} is given more than once.`);
    if (kind === 'flag') {
      if (inline !== undefined) throw new UsageError(`option --${name} takes no value.`);
      out.flags.add(name);
      continue;
    }
    let value = inline;
    if (value === undefined && i + 1 < args.length && !args[i + 1]!.startsWith('--')) value = args[++i];
    if (value === undefined || value === '') throw new UsageError(`option --${name} needs a value.`);
    out.values.set(name, value);
  }
  return out;
}

/** `--mode software`, `--mode software,native` or `--mode all` (the default). */
export function parseModes(value: string | undefined): IovMode[] {
  if (value === undefined || value === 'all') return [...IOV_MODES];
  const wanted = value.split(',').map((s) => s.trim());
  for (const m of wanted) {
    if (!(IOV_MODES as readonly string[]).includes(m)) {
      throw new UsageError(`bad --mode '${m}': expected ${IOV_MODES.join(', ')} or all.${didYouMean(m, [...IOV_MODES, 'all'])}`);
    }
  }
  // Keep the canonical order so columns read the same way whatever order they were asked in.
  return IOV_MODES.filter((m) => wanted.includes(m));
}

/** A whole number in [min, max], with the option's name in the message when it is not. */
export function parseCount(name: string, value: string | undefined, min: number, max: number): number {
  if (value === undefined) throw new UsageError(`missing --${name} N (a whole number from ${min} to ${max.toLocaleString('en-US')}).`);
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max.toLocaleString('en-US')}, not '${value}'.`);
  }
  return n;
}

/** Positionals a command needs, exactly: too few or too many is a usage error naming them. */
export function expectPositionals(command: string, got: readonly string[], names: readonly string[]): string[] {
  if (got.length < names.length) {
    const all = names.map((n) => `<${n}>`).join(' ');
    throw new UsageError(`'${command}' needs ${all}${names.length > 1 ? `; <${names[got.length]}> is missing` : ''}.`);
  }
  if (got.length > names.length) {
    throw new UsageError(`'${command}' takes ${names.length ? names.map((n) => `<${n}>`).join(' ') : 'no arguments'}; unexpected '${got[names.length]}'.`);
  }
  return [...got];
}

export function outputFormat(flags: ReadonlySet<string>): 'json' | 'csv' | 'text' {
  if (flags.has('json') && flags.has('csv')) throw new UsageError('choose one of --json and --csv.');
  return flags.has('json') ? 'json' : flags.has('csv') ? 'csv' : 'text';
}
