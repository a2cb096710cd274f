import { readFile } from 'node:fs/promises';

/** What the CLI touches of the outside world; tests pass a fake. `out`/`err` write text as is. */
export interface Io {
  out(s: string): void;
  err(s: string): void;
  readFile(path: string): Promise<string>;
}

export function nodeIo(): Io {
  return {
    out: (s) => void process.stdout.write(s),
    err: (s) => void process.stderr.write(s),
    readFile: (path) => readFile(path, 'utf8'),
  };
}
