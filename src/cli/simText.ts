import { MODE_SHORT, type Design, type ModeResult, type SimulationResult } from '../domain';
import { csvLine, formatValue, num, percent, renderTable, wrap, type TableRow } from './format';
import type { Loaded } from './load';
import { SECTIONS, type MetricContext } from '../analysis/metrics';
import { scopeSentence, scopeText } from '../analysis/coverage';
import { sanTransportRows } from '../analysis/sanTransports';
import { byMode, describeSource, fallbackMarkNotes, hostPathRows, nodeLabel, sectionRows, WIDTH } from './report';

/** The `sim` report: a table with one column per mode, then what the table cannot say. */
export function simText(loaded: Loaded, result: SimulationResult, ctx: MetricContext): string {
  const { design } = loaded;
  const modes = result.modes;
  const vms = modes[0]?.vm.count ?? 0;
  const demand = result.capability
    ? 'planned demand, and capability: each kind pushed as hard as it can, the others at their demand'
    : 'planned demand (--saturate: also what each VM could get, its capability)';
  const header = [design.name, `  ${describeSource(loaded)} · ${num(ctx.servers)} servers · ${num(vms)} VMs`, `  ${demand}`, ''];
  const columns = ['', ...modes.map((m) => MODE_SHORT[m.mode] + (m.supported ? '' : '*'))];
  const includesServers = design.settings.includeServersAndStorage;
  const rows = sectionRows(SECTIONS, modes, ctx, scopeText(includesServers));
  rows.push(...capabilityRows(result));
  const host = hostPathRows(modes);
  if (host.length) {
    rows.push({ section: 'Host I/O path per adapter (fabric not limiting)' });
    for (const h of host) rows.push({ cells: [h.label, ...h.gbps.map((g) => formatValue(g, 'Gb/s'))] });
  }
  const san = sanTransportRows(design, modes);
  if (san.length) {
    rows.push({ section: 'Storage transport per server group and array' });
    for (const r of san) rows.push({ cells: [r.label, ...r.transports.map((t) => t ?? '—')] });
  }
  const years = modes[0]?.cost.years;
  const notes = [
    years ? `TCO: capex plus ${years} years of maintenance and energy.` : '',
    scopeSentence(includesServers),
    modes.some((m) => !m.supported) ? '* some adapters cannot run this mode and fall back (see Fallbacks).' : '',
    ...fallbackMarkNotes(SECTIONS.flatMap((s) => s.metrics), modes),
  ].filter(Boolean);
  return [...header, renderTable(columns, rows), ...notes.map((n) => wrap(n, WIDTH, '  ', '')), '', ...details(design, result)].join('\n').replace(/\n*$/, '\n');
}

const KINDS = [['lan', 'lanGbps', 'LAN', 'Gb/s'], ['san', 'sanMBps', 'SAN', 'MB/s'], ['ipc', 'ipcGbps', 'Server-to-server', 'Gb/s']] as const;

/** The app's Capability and Headroom columns, per kind the workload has (--saturate). */
function capabilityRows(result: SimulationResult): TableRow[] {
  const caps = result.modes.map((m) => result.capability?.find((c) => c.mode === m.mode));
  if (!result.capability) return [];
  const rows: TableRow[] = [{ section: 'Capability per VM (that kind pushed, the others at demand)' }];
  for (const [kind, key, label, unit] of KINDS) {
    if (caps.every((c) => !c || c.headroom[kind] === null)) continue;
    rows.push({ cells: [`${label}, median`, ...caps.map((c) => (c && c.vm[key].n > 0 ? formatValue(c.vm[key].median, unit) : '—'))] });
    rows.push({ cells: [`${label}, headroom (tightest VM)`, ...caps.map((c) => (c?.headroom[kind] == null ? '—' : `${num(c.headroom[kind])}×`))] });
  }
  return rows.length > 1 ? rows : [];
}

const SEVERITIES = ['[error]', '[warning]', '[info]'];
const severityRank = (line: string): number => SEVERITIES.findIndex((tag) => line.includes(tag));

function block(title: string, lines: readonly string[]): string[] {
  if (lines.length === 0) return [`${title}: none`];
  return [title, ...lines.map((l) => wrap(l, WIDTH, '      ', '  - '))];
}

/** One line per mode, server group and reason: the seed baseline's six adapters are one line, not six. */
function fallbackLines(design: Design, modes: readonly ModeResult[]): string[] {
  const groups = new Map<string, { mode: ModeResult['mode']; nodeId: string; reason: string; adapters: string[] }>();
  for (const m of modes) {
    for (const f of m.fallbacks) {
      const key = JSON.stringify([m.mode, f.nodeId, f.reason]);
      const g = groups.get(key) ?? { mode: m.mode, nodeId: f.nodeId, reason: f.reason, adapters: [] };
      g.adapters.push(f.adapterId);
      groups.set(key, g);
    }
  }
  return [...groups.values()].map((g) => `${MODE_SHORT[g.mode]}, "${nodeLabel(design, g.nodeId)}" (${g.adapters.join(', ')}): ${g.reason}`);
}

function details(design: Design, result: SimulationResult): string[] {
  const { modes } = result;
  const where = (id: string | undefined): string => (id ? ` ("${nodeLabel(design, id)}")` : '');
  const bottlenecks = byMode(modes, (m) => {
    const top = m.bottlenecks.slice(0, 3);
    // Parallel cables share a label ("Servers" ↔ "switches"): their link ids tell them apart.
    const twice = (label: string): boolean => top.filter((b) => b.label === label).length > 1;
    return top.map((b) => {
      const name = twice(b.label) && b.linkId ? `${b.label} (link ${b.linkId})` : b.label;
      return `${name}: ${percent(b.utilization)} used, limits ${num(b.flows)} ${b.flows === 1 ? 'flow' : 'flows'}`;
    });
  });
  const unreachable = byMode(modes, (m) =>
    m.unreachable.map((u) => `${u.kind.toUpperCase()} of ${num(u.vms)} ${u.vms === 1 ? 'VM' : 'VMs'}${where(u.nodeId)}: ${u.reason}`),
  );
  // A mode's unsupported-mode findings repeat its fallbacks, listed above with their reasons.
  const findings = [
    ...result.findings.map((f) => `[${f.severity}] ${f.message}`),
    ...byMode(modes, (m) => m.findings.filter((f) => f.code !== 'unsupported-mode').map((f) => `[${f.severity}] ${f.message}`)),
  ].sort((x, y) => severityRank(x) - severityRank(y));
  return [
    ...block('Fallbacks', fallbackLines(design, modes)),
    ...block('Bottlenecks (top 3)', bottlenecks),
    ...block('Unreachable flows', unreachable),
    ...block('Findings', findings),
  ];
}

/** One row per metric, raw numbers (no units in cells: the unit column says it). */
export function simCsv(modes: readonly ModeResult[], ctx: MetricContext, design: Design): string {
  const lines = [csvLine(['metric', 'unit', ...modes.map((m) => m.mode)])];
  for (const s of SECTIONS) {
    for (const metric of s.metrics) lines.push(csvLine([metric.id, metric.unit, ...modes.map((m) => metric.get(m, ctx))]));
  }
  for (const h of hostPathRows(modes)) lines.push(csvLine([`hostPath.${h.id}`, 'Gb/s', ...h.gbps]));
  for (const r of sanTransportRows(design, modes)) lines.push(csvLine([`sanTransport.${r.id}`, '', ...r.transports]));
  return lines.join('\n') + '\n';
}
