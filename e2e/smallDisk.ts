// A small disk of its own for a browser profile (a tmpfs), and a way to fill it up: what a user
// whose disk is full has. Mounting needs root (CI runs as root, or has password-less sudo).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const asRoot = (cmd: string, args: string[]): void => {
  if (process.getuid?.() === 0) execFileSync(cmd, args);
  else execFileSync('sudo', ['-n', cmd, ...args]);
};

export interface SmallDisk {
  dir: string;
  /**
   * Write a file until the disk has no room left, and keep it full: the browser frees blocks of
   * its own now and then (a rewritten preferences file, a compacted log), and a write that lands
   * in them would pass where the test means it to fail.
   */
  fill(): void;
  /** Stop filling and remove the file. */
  free(): void;
  dispose(): void;
}

export function mountSmallDisk(megabytes: number): SmallDisk {
  const dir = mkdtempSync(join(tmpdir(), 'iov-disk-'));
  try {
    asRoot('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m,mode=1777`, 'tmpfs', dir]);
  } catch (e) {
    throw new Error(`This test mounts a small tmpfs for the browser profile, which needs root or password-less sudo: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  const filler = join(dir, 'filler');
  let keeper: ChildProcess | null = null;
  const stopKeeper = (): void => {
    // The loop and the dd it may be running: the whole process group.
    if (keeper?.pid) process.kill(-keeper.pid, 'SIGKILL');
    keeper = null;
  };
  return {
    dir,
    fill() {
      try {
        execFileSync('dd', ['if=/dev/zero', `of=${filler}`, 'bs=1M'], { stdio: 'ignore' });
      } catch {
        // dd stops with "No space left on device": that is the point
      }
      // Then take every block that comes free, in small pieces, as soon as it does.
      stopKeeper();
      keeper = spawn('sh', ['-c', `while :; do dd if=/dev/zero bs=4k count=256 >> '${filler}' 2>/dev/null; sleep 0.02; done`], { stdio: 'ignore', detached: true });
    },
    free() {
      stopKeeper();
      rmSync(filler, { force: true });
    },
    dispose() {
      stopKeeper();
      asRoot('umount', ['-l', dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
