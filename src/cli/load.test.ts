import { execFileSync } from 'node:child_process';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from '../io';
import { tinyIbDesign } from '../scenarios/testDesigns';
import { generateFlatDesign } from '../scenarios';
import { nodeIo, readDesignFile } from './io';
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

  it.runIf(process.platform === 'linux')('reads procfs files by what they hold, not by the size they report (0): /proc/self/status is not "20.0 MB"', async () => {
    const r = await cli(['sim', '/proc/self/status']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: \/proc\/self\/status: The file is not valid JSON \(Unexpected token 'N', "Name:/);
    expect(r.stderr).not.toMatch(/MB/);
  });

  it.runIf(process.platform === 'linux')('stops reading at the limit when the file holds more than its size says', async () => {
    // procfs reports size 0 for a file that holds over a kilobyte.
    await expect(readDesignFile('/proc/self/status', 100)).rejects.toThrow(/^The file is larger than 0\.0 MB; designs up to 0\.0 MB can be opened\.$/);
    const path = join(dir, 'exact.json');
    await writeFile(path, 'x'.repeat(2000));
    expect(await readDesignFile(path, 2000)).toHaveLength(2000);
  });

  it('opens a UTF-16 file with a byte order mark, little and big endian', async () => {
    const text = `\uFEFF${JSON.stringify({ ...tinyIbDesign({ storage: 'ib' }), name: 'Ünïcode — 16 bits' })}`;
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le);
    be.swap16();
    for (const [name, bytes] of [['le.json', le], ['be.json', be]] as const) {
      const path = join(dir, name);
      await writeFile(path, bytes);
      const r = await cli(['sim', path, '--json']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).design.name).toBe('Ünïcode — 16 bits');
    }
  });

  it('words duplicate ids as duplicate ids, not as things that do not exist', async () => {
    const d = tinyIbDesign();
    const path = join(dir, 'duplicate.json');
    await writeFile(path, JSON.stringify({ ...d, nodes: [...d.nodes, { ...d.nodes[1]! }] }));
    const r = await cli(['sim', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`error: ${path}: the design has a duplicate id (1 problem):\n  nodes[${d.nodes.length}].id: duplicate node id '${d.nodes[1]!.id}'\n`);
  });

  it('lists the parts a design’s price list names that do not exist', async () => {
    const d = tinyIbDesign();
    const path = join(dir, 'prices.json');
    await writeFile(path, JSON.stringify({ ...d, priceList: { 'no-such-switch': { priceUsd: 1 }, 'sw-ib-ddr-24': { priceUsd: 9000 }, 'nor-this': { powerW: 3 } } }));
    const r = await cli(['sim', path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`error: ${path}: the design refers to things that do not exist (2 problems):\n  priceList.no-such-switch: unknown part 'no-such-switch'\n  priceList.nor-this: unknown part 'nor-this'\n`);
  });

  it('counts every VM with no LAN path: 1,000 servers drawn one by one, no LAN network, 10 VMs each', async () => {
    const flat = generateFlatDesign({ nodes: 1067, vms: 10 });
    const design = { ...flat, nodes: flat.nodes.filter((n) => n.id !== 'lan' && n.id !== 'gw'), links: flat.links.filter((l) => ![l.a.node, l.b.node].some((n) => n === 'lan' || n === 'gw')) };
    const servers = design.nodes.filter((n) => n.id.startsWith('srv')).length;
    expect(servers).toBe(1000);
    const path = join(dir, 'no-lan.json');
    await writeFile(path, JSON.stringify(design));
    const r = await cli(['sim', path, '--mode', 'software', '--json']);
    expect(r.code).toBe(3); // simulated, with errors
    const out = JSON.parse(r.stdout) as { modes: Record<string, { findings: { code: string; message: string }[] }> };
    const noLan = out.modes.software!.findings.filter((f) => f.code === 'no-lan-path');
    expect(noLan.map((f) => f.message)).toEqual(['10000 VM(s) have no LAN path. The design has no LAN network.']);
  });
});
