/**
 * Exit codes: 0 ok, 1 bad input or data (or a failed claim), 2 bad usage — the usual CLI split —
 * and 3: the design was simulated and its numbers printed, but it has errors (a slot or port
 * overflow, a protocol mismatch, VMs with no path), so it cannot be built as drawn; 130: stopped
 * by Ctrl-C.
 */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
export const EXIT_DESIGN_ERRORS = 3;
/** Stopped by the user (Ctrl-C): 128 + SIGINT, as shells report it. */
export const EXIT_INTERRUPTED = 130;

/** An error meant for the user: its message is printed as is, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_FAILURE,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** The command line itself is wrong: main adds a pointer to the usage text. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, EXIT_USAGE);
    this.name = 'UsageError';
  }
}
