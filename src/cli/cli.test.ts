import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDesignText } from '../domain';
import { getTemplate, TEMPLATES } from '../scenarios';
import { simulateWithCapability } from '../sim';
import { run, type Io } from './main';

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

const enoent = (path: string): Error => Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });

/** Runs the CLI with in-memory files (or the real file system) and captures what it prints. */
async function cli(argv: string[], files: Record<string, string> | 'fs' = {}): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    out: (s) => void (stdout += s),
    err: (s) => void (stderr += s),
    readFile: files === 'fs' ? (p) => readFile(p, 'utf8') : async (p) => (Object.hasOwn(files, p) ? files[p]! : Promise.reject(enoent(p))),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

const STACK_LINE = /^\s+at /m;

const TEMPLATE_IDS = ['seed-baseline-gige-fc', 'seed-ib-software', 'seed-ib-software-ha', 'seed-ib-native', 'seed-ib-passthrough', 'seed-scenario-2', 'modern-ethernet-100g', 'modern-infiniband-hdr'];

// The stable names of `sim --json`, per mode (README, scripts rely on them).
const STAT_PATHS = ['vm.lanGbps', 'vm.sanMBps', 'vm.ipcGbps', 'vm.latencyUs.lan', 'vm.latencyUs.san', 'vm.latencyUs.ipc'];
const NUMBER_PATHS = [
  'vm.count',
  'density.vmsPerServer',
  'cost.capexUsd',
  'cost.maintenanceUsdPerYear',
  'cost.energyUsdPerYear',
  'cost.tcoUsd',
  'cost.perVmUsd',
  'power.ioW',
  'power.fabricW',
  'power.totalW',
  'ports.perServer',
  'ports.adapters',
  'ports.cables',
  'ports.switchPorts',
];
const BOOLEAN_PATHS = ['supported', 'qualitative.legacyIoInVms', 'qualitative.managementTransparency', 'qualitative.liveMigration'];
const ARRAY_PATHS = ['fallbacks', 'hostPath', 'bottlenecks', 'unreachable', 'findings'];

const at = (obj: unknown, path: string): unknown => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj);

/** Generated designs are small and quick: a 4-server design for file round trips. */
async function generated(servers = 4, vms = 3): Promise<string> {
  const r = await cli(['generate', '--servers', String(servers), '--vms', String(vms)]);
  expect(r.code).toBe(0);
  return r.stdout;
}

describe('sim', () => {
  let human: Captured;
  let json: Captured;
  beforeAll(async () => {
    [human, json] = await Promise.all([cli(['sim', 'seed-ib-software']), cli(['seed-ib-software', '--json'])]);
  });

  it('prints one aligned column per mode, every number with its unit', () => {
    expect(human.code).toBe(0);
    expect(human.stderr).toBe('');
    const out = human.stdout;
    expect(out).toContain('InfiniBand, software IOV, 128 servers');
    expect(out).toMatch(/Software\s+Native\s+Pass-through\*/);
    expect(out).toMatch(/LAN, median\s+0\.015 Gb\/s\s+0\.015 Gb\/s\s+0\.015 Gb\/s/);
    expect(out).toMatch(/Server-to-server, median\s+60\.03 µs\s+6\.03 µs/);
    expect(out).toMatch(/VMs per server.*\s18 VMs\s+24 VMs\s+18 VMs/);
    expect(out).toMatch(/Capex.*\$355,910/);
    expect(out).toMatch(/Maintenance\s+\$7,680\/yr/);
    expect(out).toMatch(/I\/O \(adapters, gateways\)\s+1,706 W/);
    expect(out).toMatch(/Adapters\s+128 adapters/);
    expect(out).toMatch(/Live migration\s+yes\s+no\s+yes †\s+yes\n/);
    expect(out).toContain('† Pass-through: software’s answer; the adapters cannot run pass-through and fall back to software');
    // Cost and power say what they count: the seed's I/O totals, servers and storage left out.
    expect(out).toContain('Cost (I/O + switches; servers and storage not counted)');
    expect(out).toContain('Power (I/O + switches; servers and storage not counted)');
    expect(out).toMatch(/Switches and cables\s+1,100 W/);
    expect(out).not.toMatch(/^ {2}Servers\s/m);
    expect(out).toMatch(/Fallbacks\n\s+- Pass-through, "Blade servers" \(hca1\): InfiniHost III Ex DDR HCA, 2 ports does not support\s+passthrough/);
    expect(out).toMatch(/Bottlenecks \(top 3\)\n\s+- Software, Pass-through, Offload \(vDPA\): Hypervisor virtual switch/);
    // Data rows share one right edge: the table is aligned.
    const lines = out.split('\n');
    const first = lines.findIndex((l) => l.startsWith('───')) + 1;
    const rows = lines.slice(first, lines.indexOf('', first)).filter((l) => l.startsWith('  '));
    expect(rows.length).toBeGreaterThan(30);
    expect(new Set(rows.map((l) => [...l].length))).toEqual(new Set([[...lines[first - 1]!].length]));
  });

  it('--json prints one object with the stable names and no per-VM arrays', () => {
    expect(json.code).toBe(0);
    const doc = JSON.parse(json.stdout) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(['design', 'saturate', 'modes', 'findings']);
    expect(doc.saturate).toBe(false);
    expect(at(doc, 'design.name')).toBe('InfiniBand, software IOV, 128 servers');
    const modes = doc.modes as Record<string, Record<string, unknown>>;
    expect(Object.keys(modes)).toEqual(['software', 'native', 'passthrough', 'offload']);
    for (const m of Object.values(modes)) {
      for (const p of STAT_PATHS) for (const k of ['min', 'median', 'max']) expect(typeof at(m, `${p}.${k}`), `${p}.${k}`).toBe('number');
      for (const p of NUMBER_PATHS) expect(typeof at(m, p), p).toBe('number');
      for (const p of BOOLEAN_PATHS) expect(typeof at(m, p), p).toBe('boolean');
      for (const p of ARRAY_PATHS) expect(Array.isArray(at(m, p)), p).toBe(true);
      expect(m).not.toHaveProperty('perVm');
      expect(m).not.toHaveProperty('links');
      for (const h of m.hostPath as Record<string, unknown>[]) {
        expect(typeof h.adapterPart).toBe('string');
        expect(typeof h.transport).toBe('string');
        expect(typeof h.gbps).toBe('number');
      }
    }
    expect(at(modes.software, 'vm.lanGbps.median')).toBeGreaterThan(0);
    expect(at(modes.native, 'vm.latencyUs.ipc.median')).toBeLessThan(at(modes.software, 'vm.latencyUs.ipc.median') as number);
    expect(at(modes.passthrough, 'supported')).toBe(false);
    expect((at(modes.passthrough, 'fallbacks') as unknown[]).length).toBe(1);
    expect(json.stdout.length).toBeLessThan(30_000);
    // Float noise is rounded away: 0.015, not 0.015000000000000383.
    expect(json.stdout).not.toMatch(/\d\.\d{13,}/);
  });

  it('--mode native simulates one mode only', async () => {
    const [h, j] = await Promise.all([cli(['sim', 'seed-ib-native', '--mode', 'native']), cli(['sim', 'seed-ib-native', '--mode=native', '--json'])]);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/^\s+Native\n/m);
    expect(h.stdout).not.toContain('Software');
    expect(Object.keys((JSON.parse(j.stdout) as { modes: object }).modes)).toEqual(['native']);
  });

  it('--saturate reports the app’s capability beside the planned figures, never below them', async () => {
    const r = await cli(['sim', 'seed-ib-software', '--mode', 'software', '--saturate', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { saturate: boolean; modes: { software: unknown } };
    expect(doc.saturate).toBe(true);
    const planned = JSON.parse(json.stdout) as { modes: { software: unknown } };
    // The planned figures are the same run's: --saturate adds, it does not change them.
    expect(at(doc.modes.software, 'vm.lanGbps.median')).toBe(at(planned.modes.software, 'vm.lanGbps.median'));
    // The same numbers the app's worker computes for its Capability and Headroom columns.
    const app = simulateWithCapability(getTemplate('seed-ib-software')!.build(), { modes: ['software'] }).capability![0]!;
    for (const [kind, key] of [['lan', 'lanGbps'], ['san', 'sanMBps'], ['ipc', 'ipcGbps']] as const) {
      expect(at(doc.modes.software, `capability.${key}.median`) as number).toBeCloseTo(app.vm[key].median, 9);
      expect(at(doc.modes.software, `capability.${key}.median`) as number).toBeGreaterThanOrEqual(at(doc.modes.software, `vm.${key}.median`) as number);
      expect(at(doc.modes.software, `capability.headroom.${kind}`) as number).toBeCloseTo(app.headroom[kind]!, 9);
    }
    const h = await cli(['sim', 'seed-ib-software', '--mode', 'software', '--saturate']);
    expect(h.stdout).toContain('Capability per VM');
    expect(h.stdout).toMatch(/Server-to-server, headroom \(tightest VM\)\s+[\d.]+×/);
  });

  it('--csv prints raw numbers with a unit column', async () => {
    const r = await cli(['sim', 'seed-ib-software', '--mode', 'software,native', '--csv']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('metric,unit,software,native');
    expect(lines).toContain('density.vmsPerServer,VMs,18,24');
    expect(lines).toContain('qualitative.liveMigration,yes/no,true,false');
  });

  it('says when cost and power count servers and storage, and lists their watts', async () => {
    const design = JSON.parse(await generated()) as { settings: { includeServersAndStorage: boolean } };
    design.settings.includeServersAndStorage = true;
    const r = await cli(['sim', 'all.json', '--mode', 'software'], { 'all.json': JSON.stringify(design) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Power (all hardware; servers and storage included)');
    expect(r.stdout).toMatch(/^ {2}Servers\s+[\d,]+ W$/m);
    expect(r.stdout).toContain('Cost and power count every part: adapters, gateways, switches, cables, servers and storage.');
  });

  it('shows "—" (and JSON null) for a kind of flow no VM has', async () => {
    const design = JSON.parse(await generated()) as { workloads: { sanMBps: number }[] };
    design.workloads[0]!.sanMBps = 0;
    const files = { 'nosan.json': JSON.stringify(design) };
    const [h, j] = await Promise.all([cli(['sim', 'nosan.json', '--mode', 'native'], files), cli(['sim', 'nosan.json', '--mode', 'native', '--json'], files)]);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/SAN, median\s+—\n/);
    expect(at(JSON.parse(j.stdout), 'modes.native.vm.sanMBps')).toEqual({ n: 0, min: null, median: null, max: null, mean: null });
  });
});

describe('design files', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'iov-cli-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('a generated design written to a file simulates like any other', async () => {
    const path = join(dir, 'gen.json');
    await writeFile(path, await generated(8, 5));
    const r = await cli(['sim', path, '--json'], 'fs');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(at(doc, 'design.kind')).toBe('file');
    expect(at(doc, 'design.servers')).toBe(8);
    expect(at(doc, 'modes.native.vm.count')).toBe(40);
    expect(at(doc, 'modes.native.vm.lanGbps.median')).toBeGreaterThan(0);
  });

  it('generate prints a design that re-imports as is', async () => {
    const result = importDesignText(await generated(100, 10));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.design.nodes.find((n) => n.id === 'servers')?.count).toBe(100);
      expect(result.design.nodes.find((n) => n.id === 'servers')?.vmsPerServer).toBe(10);
    }
  });

  it('a missing file on disk is one line, exit 1', async () => {
    const r = await cli(['sim', join(dir, 'nope.json')], 'fs');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`error: cannot read design file '${join(dir, 'nope.json')}': no such file.\n`);
  });
});

describe('compare', () => {
  let human: Captured;
  let json: Captured;
  beforeAll(async () => {
    [human, json] = await Promise.all([
      cli(['compare', 'seed-baseline-gige-fc', 'seed-ib-software']),
      cli(['compare', 'seed-baseline-gige-fc', 'seed-ib-software', '--json']),
    ]);
  });

  it('puts B against A with deltas and ratios, and regenerates the seed Table 3', () => {
    expect(human.code).toBe(0);
    expect(human.stderr).toBe('');
    const out = human.stdout;
    expect(out).toMatch(/I\/O adapters per server\s+6 adapters\s+1 adapter\s+−5 adapters\s+0\.17×/);
    expect(out).toMatch(/Cables per server\s+6 cables\s+1 cable/);
    expect(out).toMatch(/Purchase cost \(capex\)\s+\$877,284\s+\$355,910\s+−\$521,374\s+0\.41×/);
    expect(out).toContain('Cost and power count adapters, gateways, switches and cables. Servers and storage are not counted');
    expect(out).toMatch(/I\/O power\s+2,304 W\s+1,706 W/);
    expect(out).toMatch(/VMs per server that fit\s+18 VMs\s+24 VMs\s+\+6 VMs\s+1\.33×/);
    expect(out).toContain('The whitepaper’s Table 3, regenerated: B against A');
    for (const label of [
      'Net throughput per adapter',
      'SAN throughput per adapter',
      'I/O initial purchase cost',
      'I/O maintenance cost (per port)',
      'I/O power consumption',
      'Reduced CPU utilization',
      'Legacy I/O support in VMs',
      'Management transparency',
      'Live migration',
    ]) {
      expect(out).toContain(label);
    }
    expect(out).toMatch(/Net throughput per adapter\s+3\.53 × GigE NIC\s+12 × GigE NIC/);
    expect(out).toMatch(/I\/O initial purchase cost\s+59% cheaper/);
    expect(out).toMatch(/I\/O maintenance cost \(per port\)\s+1\/6 the cost/);
    expect(out).toMatch(/I\/O power consumption\s+26% less/);
    expect(out).toMatch(/Legacy I\/O support in VMs\s+yes\s+no\s+yes/);
    // Pass-through keeps live migration for the InfiniBand design only because its HCA runs in
    // software: the table says so, and says which adapters under it.
    expect(out).toMatch(/Live migration \(no VM restart\)\s+yes\s+no\s+yes \(falls back to software\)\s+yes\n/);
    const flat = out.replace(/\s+/g, ' ');
    expect(flat).toContain('- Pass-through IOV: adapters that cannot run pass-through fall back, and this column’s figures are for the mode they run.');
    expect(flat).toContain('B: InfiniHost III Ex DDR HCA (128 servers): no pass-through; runs in software.');
    // The per-mode rows mark A's and B's fallback values too.
    expect(out).toMatch(/Live migration\s+yes †\s+yes †\s+same/);
    expect(out).toContain('† B: software’s answer (its adapters fall back to software)');
  });

  it('--json has metrics and Table 3 rows per mode', () => {
    expect(json.code).toBe(0);
    const doc = JSON.parse(json.stdout) as Record<string, unknown>;
    expect(at(doc, 'a.name')).toBe('GigE + FC baseline, 128 servers');
    expect(at(doc, 'modes.software.metrics.adaptersPerServer.ratio')).toBeCloseTo(1 / 6, 6);
    const metrics = at(doc, 'modes.native.metrics') as Record<string, { a: number; b: number; delta: number; ratio: number }>;
    expect(metrics['cost.capexUsd']!.delta).toBe(metrics['cost.capexUsd']!.b - metrics['cost.capexUsd']!.a);
    expect(metrics['density.vmsPerServer']!.ratio).toBeCloseTo(24 / 18, 6);
    const t3 = at(doc, 'modes.native.table3') as Record<string, { ratio: number | null; text: string; b: unknown }>;
    expect(t3.netThroughputPerAdapter!.ratio).toBeGreaterThan(10);
    expect(t3.capex!.text).toBe('59% cheaper');
    expect(t3.legacyIoInVms!.b).toBe(false);
  });

  it('--mode limits the modes compared', async () => {
    const r = await cli(['compare', 'seed-ib-software', 'seed-ib-software-ha', '--mode', 'software', '--json']);
    expect(r.code).toBe(0);
    expect(Object.keys((JSON.parse(r.stdout) as { modes: object }).modes)).toEqual(['software']);
  });
});

describe('claims, templates, help', () => {
  it('claims: all 14 measured and passing, exit 0', async () => {
    const r = await cli(['claims']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^C1 +PASS +IB adapters/m);
    expect(r.stdout).toMatch(/measured +3\.53 × GigE/);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('14 passed, 0 failed');
  });

  it('claims --era modern: today’s nine, with their sources, exit 0; a bad era is a usage error', async () => {
    const r = await cli(['claims', '--era', 'modern']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^M1 +PASS +Kernel OVS with vhost-net/m);
    expect(r.stdout).toMatch(/Emmerich et al\., IEEE CloudNet 2014/);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('9 passed, 0 failed');
    const bad = await cli(['claims', '--era', '2026']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad --era '2026': expected 2007 or modern/);
  });

  it('claims --json has the same fields', async () => {
    const r = await cli(['claims', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { claims: Record<string, unknown>[]; passed: number; failed: number };
    expect(doc.passed).toBe(14);
    expect(doc.failed).toBe(0);
    expect(Object.keys(doc.claims[0]!)).toEqual(['id', 'statement', 'measured', 'accepted', 'pass']);
  });

  it('templates lists all eight ids with names and descriptions', async () => {
    const r = await cli(['templates']);
    expect(r.code).toBe(0);
    for (const id of TEMPLATE_IDS) expect(r.stdout).toMatch(new RegExp(`^${id} `, 'm'));
    for (const t of TEMPLATES) expect(r.stdout).toContain(t.name);
    const j = await cli(['templates', '--json']);
    expect((JSON.parse(j.stdout) as { id: string }[]).map((t) => t.id)).toEqual(TEMPLATE_IDS);
  });

  it('help and --help print the usage on stdout, exit 0; no arguments: usage on stderr, exit 2', async () => {
    for (const argv of [['help'], ['--help'], ['-h'], ['sim', '--help'], ['compare', 'a', '-h']]) {
      const r = await cli(argv);
      expect(r.code, argv.join(' ')).toBe(0);
      expect(r.stdout).toContain('Usage: npm run -s sim -- <command>');
    }
    const none = await cli([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('Usage:');
  });
});

describe('errors: a clear message on stderr, no stack trace, the right exit code', () => {
  const design = (patch: (d: Record<string, unknown>) => void) => async (): Promise<string> => {
    const d = JSON.parse(await generated()) as Record<string, unknown>;
    patch(d);
    return JSON.stringify(d);
  };
  const files: Record<string, () => Promise<string>> = {
    'bad.json': async () => '{"format": "iov-planner/design", "version": 2, nodes',
    'array.json': async () => '[1, 2, 3]',
    'new.json': async () => '{"format": "iov-planner/design", "version": 99}',
    'schema.json': design((d) => {
      (d.nodes as { count: number }[])[0]!.count = -1;
      (d.links as { lanes: unknown }[])[1]!.lanes = 'four';
    }),
    // Valid, but past what the engine simulates: the core's size check, as a message.
    'huge.json': design((d) => {
      const servers = (d.nodes as { count: number; adapters: { id: string; partId: string }[] }[])[0]!;
      servers.count = 100_000;
      // Keep the cabled adapters' ids (links refer to their ports); four 2-port HCAs per server.
      servers.adapters = [0, 1, 2, 3].map((i) => ({ id: servers.adapters[i]?.id ?? `hca${i}`, partId: 'hca-connectx-ddr' }));
    }),
  };
  const cases: [string[], number, RegExp][] = [
    [['frobnicate'], 2, /^error: unknown command or template 'frobnicate'\. Commands: sim, compare/],
    [['clams'], 2, /Did you mean 'claims'\?/],
    [['sim', 'seed-ib-software', '--frob'], 2, /^error: unknown option '--frob' for 'sim'\. It takes: --mode/],
    [['sim', 'seed-ib-software', '--satruate'], 2, /Did you mean '--saturate'\?/],
    [['compare', 'a', 'b', '--servers', '3'], 2, /unknown option '--servers' for 'compare'/],
    [['sim', 'seed-ib-software', '--json=yes'], 2, /--json takes no value/],
    [['sim', 'seed-ib-software', '--mode', 'fast'], 2, /^error: bad --mode 'fast': expected software, native, passthrough, offload or all\./],
    [['sim', 'seed-ib-software', '--mode'], 2, /option --mode needs a value/],
    [['sim', 'seed-ib-software', '--json', '--csv'], 2, /choose one of --json and --csv/],
    [['sim'], 2, /'sim' needs <template-id \| design\.json>/],
    [['sim', 'seed-ib-software', 'extra'], 2, /unexpected 'extra'/],
    [['compare', 'seed-ib-software'], 2, /'compare' needs <a> <b>; <b> is missing/],
    [['claims', 'now'], 2, /'claims' takes no arguments; unexpected 'now'/],
    [['sim', 'missing.json'], 1, /^error: cannot read design file 'missing\.json': no such file\.\n$/],
    [['sim', './designs/x'], 1, /^error: cannot read design file '\.\/designs\/x': no such file\.\n$/],
    [['compare', 'seed-ib-software', 'missing.json'], 1, /cannot read design file 'missing\.json': no such file/],
    [['sim', 'bad.json'], 1, /^error: bad\.json: The file is not valid JSON/],
    [['sim', 'array.json'], 1, /^error: array\.json: The file does not contain an IOV Planner design/],
    [['sim', 'new.json'], 1, /^error: new\.json: The design was saved by a newer IOV Planner \(file version 99/],
    [['sim', 'schema.json'], 1, /^error: schema\.json: the design is invalid \(2 problems\):\n {2}nodes\[0\]\.count: .+\n {2}links\[1\]\.lanes: .+\n$/],
    [['sim', 'huge.json'], 1, /^error: huge\.json: The design is too large to simulate: it expands to 800,0\d\d ports and members; up to 500,000 are supported\. "[^"]+" expands to 800,000 ports and members\. Use fewer members or adapters\.\n$/],
    [['sim', 'seed-ib-sofware'], 1, /^error: unknown template 'seed-ib-sofware' \(and no such file\)\. Did you mean 'seed-ib-software'\? Run 'npm run -s sim -- templates'/],
    [['compare', 'seed-ib-software', 'ib-native'], 1, /unknown template 'ib-native'.*Did you mean 'seed-ib-native'\?/],
    [['generate', '--servers', '0', '--vms', '4'], 2, /^error: --servers must be a whole number from 1 to 100,000, not '0'\./],
    [['generate', '--servers', 'ten', '--vms', '4'], 2, /--servers must be a whole number from 1 to 100,000, not 'ten'/],
    [['generate', '--servers', '-3', '--vms', '4'], 2, /--servers must be a whole number from 1 to 100,000, not '-3'/],
    [['generate', '--servers', '2.5', '--vms', '4'], 2, /--servers must be a whole number/],
    [['generate', '--servers', '10', '--vms', '5000'], 2, /--vms must be a whole number from 1 to 1,000, not '5000'/],
    [['generate', '--servers', '100000', '--vms', '1000'], 2, /--servers × --vms is 100,000,000 VMs; at most 1,000,000/],
    [['generate', '--vms', '4'], 2, /^error: missing --servers N/],
    [['generate', '--servers', '10'], 2, /^error: missing --vms N/],
  ];

  let contents: Record<string, string>;
  beforeAll(async () => {
    contents = Object.fromEntries(await Promise.all(Object.entries(files).map(async ([k, f]) => [k, await f()] as const)));
  });

  it.each(cases)('%j → exit %i', async (argv, code, message) => {
    const r = await cli(argv, contents);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.code).toBe(code);
    if (code === 2) expect(r.stderr).toContain("Run 'npm run -s sim -- help' for usage.");
  });

  it('an unexpected failure is one "error:" line and exit 1', async () => {
    let stderr = '';
    const weird: Io = {
      out: () => undefined,
      err: (s) => void (stderr += s),
      // Not a string: the importer trips over it, deep inside, with a TypeError.
      readFile: async () => undefined as unknown as string,
    };
    expect(await run(['sim', 'odd.json'], weird)).toBe(1);
    expect(stderr).toMatch(/^error: .+\n$/);
    expect(stderr).not.toMatch(STACK_LINE);
  });

  it('an unreadable file reports the reason the system gave', async () => {
    let stderr = '';
    const io: Io = { out: () => undefined, err: (s) => void (stderr += s), readFile: () => Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })) };
    expect(await run(['sim', 'locked.json'], io)).toBe(1);
    expect(stderr).toBe("error: cannot read design file 'locked.json': permission denied.\n");
  });
});

describe('as a program', () => {
  it('npm run sim sets the exit code and prints no stack trace', async () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'nope'], { cwd: root }, (error, stdout, stderr) =>
        resolve({ code: error ? (error.code as number) : 0, stdout, stderr }),
      );
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: unknown command or template 'nope'/);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });
});
