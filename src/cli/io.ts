import { constants } from 'node:fs';
import { open, writeFile } from 'node:fs/promises';
import { decodeDesignBytes, IMPORT_LIMITS, megabytes, tooLargeMessage } from '../io';

/** What the CLI touches of the outside world; tests pass a fake. `out`/`err` write text as is. */
export interface Io {
  out(s: string): void;
  err(s: string): void;
  /** Reads a design file as UTF-8; refuses pipes, devices and files over the importer's size limit. */
  readFile(path: string): Promise<string>;
  /** Writes a file the user asked for (exports); absent in tests that only read. */
  writeFile?(path: string, bytes: Uint8Array): Promise<void>;
  /** Milliseconds since the epoch for dates written into files (SOURCE_DATE_EPOCH when set). */
  now?(): number;
  /** How far a long command has got ("n−1 classes", 12, 249); absent where nobody watches. */
  progress?(what: string, done: number, total: number): void;
  /** Subscribes `stop` to the user's interrupt (Ctrl-C) while a long command runs; returns the unsubscribe. */
  onInterrupt?(stop: () => void): () => void;
}

/** A read error with a code the loader words for the user (like Node's ENOENT). */
const refusal = (code: string, message: string): Error => Object.assign(new Error(message), { code });

const CHUNK = 64 * 1024;

/**
 * Open without blocking (a FIFO would otherwise wait for a writer forever), then check the opened
 * thing itself: a regular file, no larger than the limit. The size it reports is not trusted to
 * be all there is (procfs and sysfs report 0; a file may grow meanwhile): it is read in chunks up
 * to one byte past the limit, so the CLI never hangs on a pipe or device, never reads an endless
 * file, and never calls a small one large. UTF-16 with a byte order mark is decoded as such.
 */
export async function readDesignFile(path: string, limit: number = IMPORT_LIMITS.bytes): Promise<string> {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw refusal('EISDIR', 'it is a directory');
    if (!info.isFile()) throw refusal('ENOTREG', 'it is not a regular file (a pipe, socket or device); save the design to a file first');
    if (info.size > limit) throw refusal('EFBIG', tooLargeMessage(info.size));
    const chunks: Buffer[] = [];
    let read = 0;
    for (;;) {
      const buffer = Buffer.alloc(Math.min(CHUNK, limit + 1 - read));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      read += bytesRead;
      if (read > limit) throw refusal('EFBIG', `The file is larger than ${megabytes(limit)}; designs up to ${megabytes(limit)} can be opened.`);
    }
    return decodeDesignBytes(Buffer.concat(chunks, read));
  } finally {
    await handle.close();
  }
}

/** The reproducible-builds convention: a whole number of seconds fixes every date written. */
export function sourceDateEpoch(value: string | undefined): number | null {
  return value !== undefined && /^\d{1,12}$/.test(value) ? Number(value) * 1000 : null;
}

/** Redraws a progress line at most this often. */
const PROGRESS_EVERY_MS = 100;

/**
 * Progress goes to stderr only when it is a terminal, as one line redrawn in place and erased when
 * done (or before an error): a pipe or a log file gets the results and errors alone.
 */
export function nodeIo(): Io {
  const tty = process.stderr.isTTY === true;
  let shown = false;
  let drawnAt = -Infinity;
  const erase = (): void => {
    if (shown) process.stderr.write('\r\x1b[K');
    shown = false;
  };
  return {
    out: (s) => void process.stdout.write(s),
    err: (s) => {
      erase();
      process.stderr.write(s);
    },
    progress: (what, done, total) => {
      if (!tty) return;
      if (done >= total) return erase();
      if (performance.now() - drawnAt < PROGRESS_EVERY_MS) return;
      drawnAt = performance.now();
      process.stderr.write(`\r\x1b[K${what}: ${done} of ${total}`);
      shown = true;
    },
    onInterrupt: (stop) => {
      // Every SIGINT until unsubscribed, not once: under tsx the child often gets two for one
      // Ctrl-C (the terminal's, and tsx relaying its own when the child is slow to acknowledge),
      // and with no listener left the second one would exit at once, before the message.
      process.on('SIGINT', stop);
      return () => void process.off('SIGINT', stop);
    },
    readFile: (path) => readDesignFile(path),
    writeFile: (path, bytes) => writeFile(path, bytes),
    now: () => sourceDateEpoch(process.env.SOURCE_DATE_EPOCH) ?? Date.now(),
  };
}
