// Findings for the current mode: the design-level ones plus the mode's own, grouped by
// severity, worst first.
import type { Finding, IovMode, Severity, SimulationResult } from '../../domain';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export const SEVERITY_LABEL: Record<Severity, { one: string; many: string }> = {
  error: { one: 'Error', many: 'Errors' },
  warning: { one: 'Warning', many: 'Warnings' },
  info: { one: 'Note', many: 'Notes' },
};

const keyOf = (f: Finding): string => [f.code, f.nodeId ?? '', f.adapterId ?? '', f.linkId ?? '', f.message].join('|');

/** Design-level findings, then the mode's, without repeats. */
export function collectFindings(result: SimulationResult | null, mode: IovMode): Finding[] {
  if (!result) return [];
  const modeFindings = result.modes.find((m) => m.mode === mode)?.findings ?? [];
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of [...result.findings, ...modeFindings]) {
    const k = keyOf(f);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(f);
  }
  return out;
}

export interface FindingGroup {
  severity: Severity;
  title: string;
  items: Finding[];
}

/** Non-empty groups in order error → warning → info; order within a group is kept. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  return SEVERITIES.map((severity) => {
    const items = findings.filter((f) => f.severity === severity);
    return { severity, title: SEVERITY_LABEL[severity][items.length === 1 ? 'one' : 'many'], items };
  }).filter((g) => g.items.length > 0);
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/**
 * "All clear" only when it is true: a result exists, it has no findings for this mode, and no
 * VM's flow is unreachable.
 */
export function isAllClear(result: SimulationResult | null, mode: IovMode): boolean {
  if (!result) return false;
  const m = result.modes.find((x) => x.mode === mode);
  if (!m) return false;
  return collectFindings(result, mode).length === 0 && m.unreachable.length === 0;
}
