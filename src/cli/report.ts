import { MODE_SHORT, TRANSPORT_LABEL, type Design, type IovMode, type ModeResult } from '../domain';
import { formatValue, type TableRow } from './format';
import type { Loaded } from './load';
import type { MetricContext, Section } from '../analysis/metrics';
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

export function sectionRows(sections: readonly Section[], modes: readonly ModeResult[], ctx: MetricContext): TableRow[] {
  return sections.flatMap((s) => [
    { section: s.title },
    ...s.metrics.map((metric) => ({ cells: [metric.label, ...modes.map((m) => formatValue(metric.get(m, ctx), metric.unit))] })),
  ]);
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
