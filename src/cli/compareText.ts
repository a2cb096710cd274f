import { MODE_LABEL, MODE_IN_TEXT, type IovMode, type ModeResult } from '../domain';
import { csvLine, formatDelta, formatRatio, formatValue, num, ratio, renderTable, wrap } from './format';
import { designJson } from './json';
import type { Loaded } from './load';
import { COMPARE_METRICS, type MetricContext } from '../analysis/metrics';
import { describeSource, FALLBACK_MARK, WIDTH } from './report';
import { table3, table3FallbackNote } from '../analysis/table3';
import { pairScopeText, scopeSentence } from '../analysis/coverage';

/** One side of a comparison: the design, its metric context and its results by mode. */
export interface Side {
  loaded: Loaded;
  ctx: MetricContext;
  modes: ReadonlyMap<IovMode, ModeResult>;
}

const SEED_COLUMN: Record<IovMode, string> = { software: 'Software-based IOV', native: 'Native IOV', passthrough: 'Pass-through IOV', offload: 'Offloaded virtio' };

function metricRows(a: Side, b: Side, mode: IovMode) {
  const ma = a.modes.get(mode)!;
  const mb = b.modes.get(mode)!;
  return COMPARE_METRICS.map((metric) => {
    const va = metric.get(ma, a.ctx);
    const vb = metric.get(mb, b.ctx);
    const delta = typeof va === 'number' && typeof vb === 'number' ? vb - va : null;
    return { metric, a: va, b: vb, delta, ratio: ratio(va, vb), viaA: metric.via?.(ma) ?? null, viaB: metric.via?.(mb) ?? null };
  });
}

function fallbackNote(tag: string, side: Side, mode: IovMode): string {
  const m = side.modes.get(mode)!;
  if (m.supported) return '';
  const n = m.fallbacks.length;
  const to = [...new Set(m.fallbacks.map((f) => f.effective))].join(' or ');
  return `  ${tag}: ${n} ${n === 1 ? 'adapter falls' : 'adapters fall'} back to ${to} (why: sim ${side.loaded.ref} --mode ${mode})`;
}

type Row = ReturnType<typeof metricRows>[number];

const marked = (text: string, via: IovMode | null): string => (via ? `${text} ${FALLBACK_MARK}` : text);

const cells = (r: Row): string[] => [
  r.metric.label,
  marked(formatValue(r.a, r.metric.unit), r.viaA),
  marked(formatValue(r.b, r.metric.unit), r.viaB),
  formatDelta(r.a, r.b, r.metric.unit),
  formatRatio(r.ratio),
];

const sameRow = (x: Row, y: Row): boolean => x.a === y.a && x.b === y.b && x.viaA === y.viaA && x.viaB === y.viaB;

/** "† A: software’s answer (its adapters fall back to software)" for the marked cells of a mode. */
function markNotes(rows: readonly Row[]): string[] {
  const notes = new Set<string>();
  for (const r of rows) {
    for (const [tag, via] of [['A', r.viaA], ['B', r.viaB]] as const) if (via) notes.add(`  ${FALLBACK_MARK} ${tag}: ${MODE_IN_TEXT[via]}’s answer (its adapters fall back to ${MODE_IN_TEXT[via]})`);
  }
  return [...notes];
}

export function compareText(a: Side, b: Side, modes: readonly IovMode[]): string {
  const who = (tag: string, s: Side): string[] => {
    const vms = s.modes.values().next().value?.vm.count ?? 0;
    return [`${tag}  ${s.loaded.design.name}`, `   ${describeSource(s.loaded)} · ${num(s.ctx.servers)} servers · ${num(vms)} VMs`];
  };
  const sa = a.loaded.design.settings.includeServersAndStorage;
  const sb = b.loaded.design.settings.includeServersAndStorage;
  const scope = sa === sb ? scopeSentence(sa) : `Cost and power count ${pairScopeText(sa, sb)}.`;
  const out = [...who('A', a), ...who('B', b), 'Planned demand; capability: each kind pushed as hard as it can, the others at their demand.', wrap(scope, WIDTH, '', ''), ''];
  const header = ['', 'A', 'B', 'B − A', 'B / A'];
  const perMode = modes.map((m) => metricRows(a, b, m));
  // Cost, power and cabling rarely depend on the mode: print such rows once, not once per mode.
  const common = new Set(modes.length > 1 ? perMode[0]!.flatMap((r, i) => (perMode.every((rows) => sameRow(rows[i]!, r)) ? [i] : [])) : []);
  if (common.size) {
    out.push('All modes: B against A', renderTable(header, perMode[0]!.filter((_r, i) => common.has(i)).map((r) => ({ cells: cells(r) }))));
  }
  modes.forEach((mode, k) => {
    const rows = perMode[k]!.filter((_r, i) => !common.has(i));
    const notes = [fallbackNote('A', a, mode), fallbackNote('B', b, mode)].filter(Boolean);
    out.push(`${MODE_LABEL[mode]}: B against A`, ...notes);
    out.push(rows.length ? renderTable(header, rows.map((r) => ({ cells: cells(r) }))) : '  (same as above)\n');
    const marks = markNotes(rows);
    if (marks.length) out.push(...marks, '');
  });
  const t3 = modes.map((m) => table3(a.modes.get(m)!, b.modes.get(m)!));
  out.push('The whitepaper’s Table 3, regenerated: B against A');
  out.push(
    renderTable(
      ['', ...modes.map((m) => SEED_COLUMN[m])],
      t3[0]!.map((r, i) => ({ cells: [r.label, ...t3.map((rows) => rows[i]!.text)] })),
      'left',
    ),
  );
  // A column whose adapters fall back: its figures are the fallback mode's, said under the table.
  for (const mode of modes) {
    const note = table3FallbackNote(a.modes.get(mode)!, b.modes.get(mode)!);
    if (note) out.push(wrap(note, WIDTH, '  ', '- '));
  }
  return out.join('\n');
}

/** `capability`: the sides carry capability rows (always, as in the app). */
export function compareJson(a: Side, b: Side, modes: readonly IovMode[], capability: boolean) {
  const keyed = <T extends { id: string }>(rows: T[], f: (r: T) => object) => Object.fromEntries(rows.map((r) => [r.id, f(r)]));
  return {
    a: designJson(a.loaded, a.ctx.servers),
    b: designJson(b.loaded, b.ctx.servers),
    capability,
    modes: Object.fromEntries(
      modes.map((mode) => {
        const ma = a.modes.get(mode)!;
        const mb = b.modes.get(mode)!;
        const metrics = metricRows(a, b, mode).map((r) => ({ ...r, id: r.metric.id }));
        return [
          mode,
          {
            a: { supported: ma.supported, fallbacks: ma.fallbacks.length },
            b: { supported: mb.supported, fallbacks: mb.fallbacks.length },
            metrics: keyed(metrics, (r) => ({ label: r.metric.label, unit: r.metric.unit, a: r.a, b: r.b, delta: r.delta, ratio: r.ratio })),
            table3: keyed(table3(ma, mb), ({ id: _id, ...rest }) => rest),
          },
        ];
      }),
    ),
  };
}

export function compareCsv(a: Side, b: Side, modes: readonly IovMode[]): string {
  const lines = [csvLine(['mode', 'metric', 'label', 'unit', 'a', 'b', 'delta', 'ratio', 'text'])];
  for (const mode of modes) {
    for (const r of metricRows(a, b, mode)) lines.push(csvLine([mode, r.metric.id, r.metric.label, r.metric.unit, r.a, r.b, r.delta, r.ratio, '']));
    for (const r of table3(a.modes.get(mode)!, b.modes.get(mode)!)) {
      const delta = typeof r.a === 'number' && typeof r.b === 'number' ? r.b - r.a : null;
      lines.push(csvLine([mode, `table3.${r.id}`, r.label, r.unit, r.a, r.b, delta, r.ratio, r.text]));
    }
  }
  return lines.join('\n') + '\n';
}
