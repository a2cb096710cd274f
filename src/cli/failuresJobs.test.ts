import { describe, expect, it } from 'vitest';
import { defaultJobs, WORK_FOR_WORKERS } from './failuresJobs';
import { run, type Io } from './main';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  progress: Array<[number, number]>;
}

/** The CLI on a fake I/O; `interruptAfter` classes done, the user presses Ctrl-C. */
async function cli(argv: string[], files: Record<string, string> = {}, interruptAfter?: number): Promise<Run> {
  const r: Run = { code: -1, stdout: '', stderr: '', progress: [] };
  let stop: (() => void) | undefined;
  const io: Io = {
    out: (s) => void (r.stdout += s),
    err: (s) => void (r.stderr += s),
    readFile: async (p) => (Object.hasOwn(files, p) ? files[p]! : Promise.reject(Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' }))),
    progress: (_what, done, total) => {
      r.progress.push([done, total]);
      if (done === interruptAfter) stop?.();
    },
    onInterrupt: (s) => {
      stop = s;
      return () => (stop = undefined);
    },
  };
  r.code = await run(argv, io);
  return r;
}

/** A generated HA design (`sim generate --ha`): leaves, spines, paired gateways, two rails. */
async function generatedHa(servers: number): Promise<Record<string, string>> {
  const g = await cli(['generate', '--servers', String(servers), '--vms', '10', '--ha']);
  expect(g.code).toBe(0);
  return { 'ha.json': g.stdout };
}

describe('failures --jobs N: the classes on worker threads', () => {
  it('the same output, byte for byte, on 1 thread and on 3 workers — text and --json, a template and a generated HA design', async () => {
    const files = await generatedHa(300);
    for (const ref of ['seed-ib-software-ha', 'ha.json']) {
      let classes = 0;
      for (const format of [['--json'], []]) {
        const one = await cli(['failures', ref, '--jobs', '1', ...format], files);
        const three = await cli(['failures', ref, '--jobs', '3', ...format], files);
        expect(one.stderr).toBe('');
        expect(one.code).toBe(0);
        expect(three.stderr).toBe('');
        expect(three.code).toBe(0);
        expect(three.stdout).toBe(one.stdout);
        classes ||= (JSON.parse(one.stdout) as { classes: number }).classes;
        expect(classes).toBeGreaterThan(10);
        // Progress starts at 0 and counts every class once, up to all of them, on both.
        for (const p of [one.progress, three.progress]) expect(p).toEqual(Array.from({ length: classes + 1 }, (_, k) => [k, classes]));
      }
    }
  }, 600_000);

  it('Ctrl-C stops the workers: exit 130, a message, nothing on stdout; the same in one thread', async () => {
    for (const jobs of ['2', '1']) {
      const r = await cli(['failures', 'seed-ib-software-ha', '--jobs', jobs], {}, 3);
      expect(r.code).toBe(130);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^error: interrupted: n−1 stopped after \d+ of 44 classes of failures; nothing printed\.\n$/);
      // Nothing more is done after the interrupt (a worker busy then may still answer).
      expect(r.progress.length).toBeLessThanOrEqual(1 + 3 + Number(jobs));
    }
  }, 300_000);

  it('--jobs takes a whole number from 1 to 64, and says so naming the flag', async () => {
    for (const bad of ['0', '65', 'two', '1.5', '-1']) {
      const r = await cli(['failures', 'seed-ib-software', '--jobs', bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^error: (--jobs must be a whole number from 1 to 64, not '.+'|option --jobs needs a value)\./);
    }
  });

  it('by default, the cores less one (one for the rest of the machine), at least 1, at most 64', () => {
    expect([1, 2, 3, 4, 8, 200].map((cores) => defaultJobs(cores))).toEqual([1, 1, 2, 3, 7, 64]);
  });

  it('by default, one thread for a design too small to repay starting workers', () => {
    // 62 classes × 10,000 VMs (1,000 servers) stays in this thread; 249 × 50,000 (5,000) does not.
    expect(defaultJobs(8, 62 * 10_000)).toBe(1);
    expect(defaultJobs(8, WORK_FOR_WORKERS - 1)).toBe(1);
    expect(defaultJobs(8, WORK_FOR_WORKERS)).toBe(7);
    expect(defaultJobs(8, 249 * 50_000)).toBe(7);
  });
});
