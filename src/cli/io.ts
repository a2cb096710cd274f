import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { IMPORT_LIMITS, tooLargeMessage } from '../io';

/** What the CLI touches of the outside world; tests pass a fake. `out`/`err` write text as is. */
export interface Io {
  out(s: string): void;
  err(s: string): void;
  /** Reads a design file as UTF-8; refuses pipes, devices and files over the importer's size limit. */
  readFile(path: string): Promise<string>;
}

/** A read error with a code the loader words for the user (like Node's ENOENT). */
const refusal = (code: string, message: string): Error => Object.assign(new Error(message), { code });

/**
 * Open without blocking (a FIFO would otherwise wait for a writer forever), then check the opened
 * thing itself: a regular file, no larger than the limit. Reading stops at the limit even if the
 * file grows meanwhile, so the CLI never hangs on a pipe or device and never reads an endless one.
 */
export async function readDesignFile(path: string, limit: number = IMPORT_LIMITS.bytes): Promise<string> {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw refusal('EISDIR', 'it is a directory');
    if (!info.isFile()) throw refusal('ENOTREG', 'it is not a regular file (a pipe, socket or device); save the design to a file first');
    if (info.size > limit) throw refusal('EFBIG', tooLargeMessage(info.size));
    const buffer = Buffer.alloc(Math.min(info.size, limit) + 1);
    let read = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, read, buffer.length - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
      if (read === buffer.length) throw refusal('EFBIG', tooLargeMessage(Math.max(read, limit + 1)));
    }
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    await handle.close();
  }
}

export function nodeIo(): Io {
  return {
    out: (s) => void process.stdout.write(s),
    err: (s) => void process.stderr.write(s),
    readFile: (path) => readDesignFile(path),
  };
}
