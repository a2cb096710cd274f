import { execFileSync } from 'node:child_process';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../io';
import { tinyIbDesign } from '../scenarios/testDesigns';
import { nodeIo } from './io';
import { run, type Io } from './main';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iov-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The real file system, captured output. */
async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { ...nodeIo(), out: (s) => void (stdout += s), err: (s) => void (stderr += s) };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

describe('the CLI reads design files through the app\'s importer', () => {
  it('opens a file with a UTF-8 byte order mark', async () => {
    const path = join(dir, 'bom.json');
    await writeFile(path, `\uFEFF${JSON.stringify(tinyIbDesign({ storage: 'ib' }))}`);
    const r = await cli(['sim', path, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('refuses a broken reference with the same path and words as the app, exit 1', async () => {
    const d = tinyIbDesign();
    const path = join(dir, 'broken.json');
    await writeFile(path, JSON.stringify({ ...d, links: d.links.map((l, i) => (i === 1 ? { ...l, b: { node: 'gw', handle: 'p9' } } : l)) }));
    const r = await cli(['sim', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`error: ${path}: the design refers to things that do not exist (1 problem):\n  links[1].b: no port 'p9' on node 'gw' (a gateway's ports are 'A' and 'B')\n`);
  });

  it('checks the size before reading: a file over the limit is refused at once', async () => {
    const path = join(dir, 'huge.json');
    const handle = await open(path, 'w');
    await handle.truncate(IMPORT_LIMITS.bytes + 1); // sparse: nothing is written or read
    await handle.close();
    const r = await cli(['sim', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`error: ${path}: The file is 20.0 MB; designs up to 20.0 MB can be opened.\n`);
  });

  it.runIf(process.platform !== 'win32')('never hangs on a pipe or a device', async () => {
    const fifo = join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    // Nobody writes to the pipe: a blocking open would wait forever.
    const piped = await cli(['sim', fifo]);
    expect(piped.code).toBe(1);
    expect(piped.stderr).toMatch(/cannot read design file '.*pipe\.json': it is not a regular file \(a pipe, socket or device\)/);
    const device = await cli(['sim', '/dev/zero']);
    expect(device.code).toBe(1);
    expect(device.stderr).toMatch(/it is not a regular file/);
    const directory = await cli(['sim', `${dir}/`]);
    expect(directory.stderr).toMatch(/it is a directory/);
  });
});
