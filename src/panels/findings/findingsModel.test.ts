import { describe, expect, it } from 'vitest';
import type { Finding, SimulationResult } from '../../domain';
import { getTemplate } from '../../scenarios';
import { simulate } from '../../sim';
import { collectFindings, countBySeverity, groupFindings, isAllClear } from './findingsModel';

const f = (severity: Finding['severity'], message: string, nodeId?: string): Finding => ({ code: 'unconnected-port', severity, message, ...(nodeId ? { nodeId } : {}) });

const clean = simulate(getTemplate('seed-ib-software')!.build());

function withFindings(design: Finding[], mode: Finding[]): SimulationResult {
  return { ...clean, findings: design, modes: clean.modes.map((m) => (m.mode === 'native' ? { ...m, findings: mode } : m)) };
}

describe('collectFindings', () => {
  it('joins design-level and current-mode findings without repeats', () => {
    const shared = f('warning', 'A is not cabled.', 'a');
    const r = withFindings([shared, f('info', 'B runs no VMs.', 'b')], [shared, f('error', 'C overflows.', 'c')]);
    expect(collectFindings(r, 'native').map((x) => x.message)).toEqual(['A is not cabled.', 'B runs no VMs.', 'C overflows.']);
    expect(collectFindings(r, 'software').map((x) => x.message)).toEqual(['A is not cabled.', 'B runs no VMs.']);
    expect(collectFindings(null, 'software')).toEqual([]);
  });
});

describe('groupFindings', () => {
  it('groups by severity, worst first, skipping empty groups', () => {
    const groups = groupFindings([f('info', 'i1'), f('error', 'e1'), f('info', 'i2')]);
    expect(groups.map((g) => [g.severity, g.title, g.items.length])).toEqual([
      ['error', 'Error', 1],
      ['info', 'Notes', 2],
    ]);
    expect(countBySeverity([f('info', 'i1'), f('error', 'e1'), f('info', 'i2')])).toEqual({ error: 1, warning: 0, info: 2 });
  });
});

describe('isAllClear', () => {
  it('is true only with a result, no findings and nothing unreachable', () => {
    expect(isAllClear(clean, 'software')).toBe(true);
    expect(isAllClear(null, 'software')).toBe(false);
    expect(isAllClear(withFindings([], [f('warning', 'x')]), 'native')).toBe(false);
    const unreachable = { ...clean, modes: clean.modes.map((m) => ({ ...m, unreachable: [{ kind: 'lan' as const, nodeId: 'servers', vms: 16, reason: 'no path' }] })) };
    expect(isAllClear(unreachable, 'software')).toBe(false);
  });

  it('is false for a design with loose ends', () => {
    const d = getTemplate('seed-ib-software')!.build();
    const broken = simulate({ ...d, links: d.links.slice(1) });
    expect(isAllClear(broken, 'software')).toBe(false);
  });
});
