import { describe, expect, it } from 'vitest';
import { getTemplate } from '../scenarios';
import { failureTargets } from '../sim/failures';
import { FIGURE_TOLERANCE, singleFailureImpacts, whatIfBase } from '../sim/nMinus1';
import { run, type Io } from './main';

async function cli(argv: string[], files: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    out: (s) => void (stdout += s),
    err: (s) => void (stderr += s),
    readFile: async (p) => (Object.hasOwn(files, p) ? files[p]! : Promise.reject(Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' }))),
  };
  return { code: await run(argv, io), stdout, stderr };
}

interface FailuresJson {
  mode: string;
  tolerance: number;
  verdict: { survivesAnySingleFailure: boolean; text: string; singlePointsOfFailure: string[] };
  targets: number;
  classes: number;
  failures: Array<{ target: string; kind: string; label: string; count: number; members?: string[]; vmsCutOff: { lan: number; san: number; ipc: number }; bandwidthChange: { lan: number; san: number; ipc: number } }>;
}

describe('npm run sim -- failures', () => {
  it('--json: the verdict and one row per single failure, worst first (one HCA per blade: a leaf cuts off its 16 blades)', async () => {
    const r = await cli(['failures', 'seed-ib-software', '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as FailuresJson;
    expect(out.mode).toBe('software');
    expect(out.verdict.survivesAnySingleFailure).toBe(false);
    expect(out.failures[0]).toMatchObject({ target: 'node:leaf#0', kind: 'node', vmsCutOff: { lan: 256, san: 256, ipc: 272 } });
    expect(out.failures[0]!.bandwidthChange.lan).toBeCloseTo(-0.125, 9);
    expect(out.failures.filter((f) => f.target.startsWith('node:leaf#'))).toHaveLength(8);
  });

  it('the two-HCA template survives any single failure; a design file works the same; the table prints the verdict', async () => {
    const ha = await cli(['failures', 'seed-ib-software-ha', '--mode', 'native', '--json']);
    const out = JSON.parse(ha.stdout) as FailuresJson;
    expect(out.verdict.survivesAnySingleFailure).toBe(true);
    expect(out.failures.every((f) => f.vmsCutOff.lan + f.vmsCutOff.san + f.vmsCutOff.ipc === 0)).toBe(true);
    const file = JSON.stringify(getTemplate('seed-ib-software')!.build());
    const text = await cli(['failures', 'mine.json'], { 'mine.json': file });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^"IB leaf switches" #1 of 8 +256 +256 +272 +−12\.5%/m);
    expect(text.stdout).toMatch(/Survives any single failure: no, because failing "IB leaf switches" #1 of 8/);
  });

  it('--json: no figure is float noise — nothing below the tolerance but 0, 9 significant digits at most (docs/failures.md)', async () => {
    const r = await cli(['failures', 'seed-ib-software-ha', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as FailuresJson;
    expect(out.tolerance).toBe(FIGURE_TOLERANCE);
    expect(FIGURE_TOLERANCE).toBe(1e-9);
    const numbers: Array<[string, number]> = [];
    const walk = (v: unknown, path: string): void => {
      if (typeof v === 'number') numbers.push([path, v]);
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
    };
    walk(out.failures, 'failures');
    expect(numbers.length).toBeGreaterThan(49 * 9);
    expect(numbers.filter(([, v]) => v !== 0 && Math.abs(v) < FIGURE_TOLERANCE)).toEqual([]);
    expect(numbers.filter(([, v]) => Number(v.toPrecision(9)) !== v)).toEqual([]);
  });

  it('the core rounds, so the app\'s What-if panel shows the same: saturated, a changed route summed in another order is no change', () => {
    // Saturated, failing a gateway cable of the HA template moved LAN totals by +2.4e-14 and SAN by
    // +6.7e-16 of themselves: float noise from summing the same rates in another order.
    const d = getTemplate('seed-ib-software-ha')!.build();
    const base = whatIfBase(d, 'software', { saturate: true });
    const targets = failureTargets(d, base.catalog).filter((f) => f.kind === 'cable' && (f.link === 'l3' || f.link === 'l4'));
    expect(targets).toHaveLength(2);
    for (const i of singleFailureImpacts(base, targets)) {
      for (const v of [...Object.values(i.bandwidthChange), ...Object.values(i.totals)]) expect(v === 0 || Math.abs(v) >= FIGURE_TOLERANCE).toBe(true);
      expect(i.bandwidthChange.san).toBe(0);
    }
  });

  it('twin members of a stack are one row, simulated once: the header, the label and the JSON say how many', async () => {
    const r = await cli(['failures', 'seed-ib-software-ha', '--json']);
    const out = JSON.parse(r.stdout) as FailuresJson;
    // Pairs of Ethernet gateways share a spine (blocks): 4 rows for the 8 gateways.
    const gateways = out.failures.filter((f) => f.target.startsWith('node:gweth#'));
    expect(gateways.map((f) => f.count)).toEqual([2, 2, 2, 2]);
    expect(gateways.find((f) => f.target === 'node:gweth#0')).toMatchObject({ members: ['node:gweth#0', 'node:gweth#1'] });
    expect(gateways.find((f) => f.target === 'node:gweth#0')!.label).toMatch(/^"[^"]+" #1, #2 \(any of these 2 of 8\)$/);
    expect(out.failures.every((f) => f.count === (f.members?.length ?? 1))).toBe(true);
    expect(out.failures.reduce((n, f) => n + f.count, 0)).toBe(out.targets);
    expect(out.classes).toBe(out.failures.length);
    expect(out.classes).toBeLessThan(out.targets);
    const text = await cli(['failures', 'seed-ib-software-ha']);
    expect(text.stdout).toMatch(new RegExp(`^.+ — n−1, software IOV: ${out.targets} single failures in ${out.classes} classes`));
  });

  it('takes one mode', async () => {
    const r = await cli(['failures', 'seed-ib-software', '--mode', 'all']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/failures takes one --mode/);
  });
});
