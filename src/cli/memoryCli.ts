// The CLI with in-memory files, for tests: what it printed, wrote and returned.
import { run, type Io } from './main';

export interface MemoryRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Files the command wrote, by path. */
  written: Map<string, Uint8Array>;
}

export async function memoryCli(argv: string[], files: Record<string, string> = {}, now?: number): Promise<MemoryRun> {
  const written = new Map<string, Uint8Array>();
  let stdout = '';
  let stderr = '';
  const io: Io = {
    out: (s) => void (stdout += s),
    err: (s) => void (stderr += s),
    readFile: async (p) => (Object.hasOwn(files, p) ? files[p]! : Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }))),
    writeFile: async (p, b) => void written.set(p, b),
    ...(now !== undefined ? { now: () => now } : {}),
  };
  return { code: await run(argv, io), stdout, stderr, written };
}
