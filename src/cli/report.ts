import { MODE_IN_TEXT, MODE_SHORT, TRANSPORT_LABEL, type Design, type IovMode, type ModeResult } from '../domain';
import { formatValue, type TableRow } from './format';
import type { Loaded } from './load';
import type { Metric, MetricContext, Section } from '../analysis/metrics';
import { shortName } from '../analysis/values';

/** Shared pieces of the human reports of `sim` and `compare`. */

export const WIDTH = 100;



/** "InfiniHost III Ex DDR HCA, 2 ports" → "InfiniHost III Ex DDR HCA": the family, as the seed names it. */
export { shortName };

export function describeSource(loaded: Loaded): string {
  if (loaded.kind === 'template') return `template ${loaded.ref}`;
  return `file ${loaded.ref}${loaded.migratedFrom !== undefined ? ` (upgraded from file version ${loaded.migratedFrom})` : ''}`;
}

export const nodeLabel = (design: Design, nodeId: string | undefined): string =>
  nodeId === undefined ? '' : (design.nodes.find((n) => n.id === nodeId)?.label ?? nodeId);

/** The mark on a value that comes from adapters falling back to another mode; FALLBACK_MARK notes say which. */
export const FALLBACK_MARK = '†';

/**
 * One table row per metric, one cell per mode. `scope` (what cost and power totals count) goes in
 * the title of the cost and power sections; a row that may be empty (servers' power where they
 * are not counted) is left out when no mode has it; a value that comes from a fallback is marked.
 */
export function sectionRows(sections: readonly Section[], modes: readonly ModeResult[], ctx: MetricContext, scope?: string): TableRow[] {
  const has = (v: ReturnType<Metric['get']>): boolean => v !== null && v !== 0 && v !== false;
  return sections.flatMap((s) => [
    { section: s.scoped && scope ? `${s.title} (${scope})` : s.title },
    ...s.metrics
      .filter((metric) => !metric.optional || modes.some((m) => has(metric.get(m, ctx))))
      .map((metric) => ({ cells: [metric.label, ...modes.map((m) => formatValue(metric.get(m, ctx), metric.unit) + (metric.via?.(m) ? ` ${FALLBACK_MARK}` : ''))] })),
  ]);
}

/** "† Pass-through: software's answer: the adapters cannot run pass-through and fall back to software." One line per mode and fallback. */
export function fallbackMarkNotes(metrics: readonly Metric[], modes: readonly ModeResult[]): string[] {
  const notes = new Set<string>();
  for (const m of modes) {
    for (const metric of metrics) {
      const via = metric.via?.(m);
      if (!via) continue;
      const to = MODE_IN_TEXT[via];
      notes.add(`${FALLBACK_MARK} ${MODE_SHORT[m.mode]}: ${to}’s answer; the adapters cannot run ${MODE_IN_TEXT[m.mode]} and fall back to ${to} (see Fallbacks).`);
    }
  }
  return [...notes];
}

export interface HostPathRow {
  id: string;
  label: string;
  gbps: (number | null)[];
}

/** docs/model.md §5 per adapter family and transport, one column per mode ("—" where a mode has none). */
export function hostPathRows(modes: readonly ModeResult[]): HostPathRow[] {
  const rows = new Map<string, HostPathRow>();
  modes.forEach((m, i) => {
    for (const h of m.hostPath) {
      const id = `${h.adapterPart}/${h.transport}`;
      let row = rows.get(id);
      if (!row) {
        row = { id, label: `${shortName(h.adapterName)}, ${TRANSPORT_LABEL[h.transport]}`, gbps: modes.map(() => null) };
        rows.set(id, row);
      }
      row.gbps[i] = h.gbps;
    }
  });
  return [...rows.values()];
}

/**
 * Lines per mode, merged where modes say the same thing: "Software, Native: …". With one mode
 * there is nothing to tell apart, so no prefix.
 */
export function byMode(modes: readonly ModeResult[], linesOf: (m: ModeResult) => string[]): string[] {
  const seen = new Map<string, IovMode[]>();
  for (const m of modes) for (const line of linesOf(m)) seen.set(line, [...(seen.get(line) ?? []), m.mode]);
  if (modes.length <= 1) return [...seen.keys()];
  return [...seen].map(([line, ms]) => `${ms.length === modes.length ? 'All modes' : ms.map((x) => MODE_SHORT[x]).join(', ')}: ${line}`);
}
