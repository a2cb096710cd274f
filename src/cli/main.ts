/**
 * `npm run -s sim -- <command>`: the simulator headless. `run` is the whole CLI as a function of
 * its arguments and an injected I/O, so tests drive it without spawning processes.
 */
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { claimsCommand } from './commands/claims';
import { compareCommand } from './commands/compare';
import { exportCommand } from './commands/export';
import { failuresCommand } from './commands/failures';
import { importCommand } from './commands/import';
import { generateCommand } from './commands/generate';
import { simCommand } from './commands/sim';
import { templatesCommand } from './commands/templates';
import { CliError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError } from './errors';
import { nodeIo, type Io } from './io';
import { printable } from './printable';
import { USAGE } from './usage';

export type { Io } from './io';

async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  const usage = (): number => {
    io.out(USAGE);
    return EXIT_OK;
  };
  if (argv.length === 0) {
    io.err(USAGE);
    return EXIT_USAGE;
  }
  const [first, ...rest] = argv;
  switch (first) {
    case 'help':
    case '--help':
    case '-h':
      return usage();
    case 'sim':
      return simCommand(rest, io, false, usage);
    case 'compare':
      return compareCommand(rest, io, usage);
    case 'claims':
      return claimsCommand(rest, io, usage);
    case 'failures':
      return failuresCommand(rest, io, usage);
    case 'generate':
      return generateCommand(rest, io, usage);
    case 'export':
      return exportCommand(rest, io, usage);
    case 'import':
      return importCommand(rest, io, usage);
    case 'templates':
      return templatesCommand(rest, io, usage);
    default:
      // README: `npm run -s sim -- seed-ib-software` — "sim" is the default command.
      return simCommand(argv, io, true, usage);
  }
}

/**
 * Runs one command and returns its exit code; never throws and never prints a stack trace.
 * Everything it prints is stripped of terminal control sequences (labels come from files).
 */
export async function run(argv: string[], rawIo: Io): Promise<number> {
  const io: Io = { ...rawIo, out: (s) => rawIo.out(printable(s)), err: (s) => rawIo.err(printable(s)) };
  try {
    return await dispatch(argv, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`error: ${e.message}\n`);
      if (e instanceof UsageError) io.err("Run 'npm run -s sim -- help' for usage.\n");
      return e.exitCode;
    }
    // A bug or an exhausted resource: the message is still more useful to a user than a trace.
    const message = e instanceof Error ? e.message : String(e);
    io.err(`error: ${message || 'unexpected failure'}\n`);
    return EXIT_FAILURE;
  }
}

function invokedDirectly(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(resolve(script))).href;
  } catch {
    return false;
  }
}

if (invokedDirectly()) {
  // `sim … | head` closes the pipe early: that is the reader's choice, not an error to report.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  void run(process.argv.slice(2), nodeIo()).then((code) => {
    process.exitCode = code;
  });
}
