// What the results panel shows, as plain rows of formatted strings. Pure, so the rules that
// matter ("no such flow" is —, not 0; stale is never "up to date") are unit-tested.
import {
  FLOW_KIND_LABEL,
  IOV_MODES,
  type Bottleneck,
  type CostResult,
  type FlowKind,
  type IovMode,
  type ModeResult,
  type PowerResult,
  type ResourceKind,
  type SimulationResult,
  type Stat,
  MODE_SHORT,
} from '../../domain';
import { buildErrors } from '../../analysis';
import { gbps, int, mbytesps, micros, money, percent, watts } from '../../ui';

export const DASH = '—';

export const statText = (stat: Stat, pick: (s: Stat) => number, format: (v: number) => string): string => (stat.n === 0 ? DASH : format(pick(stat)));

interface FlowSpec {
  kind: FlowKind;
  label: string;
  unit: string;
  stat(m: ModeResult): Stat;
  format(v: number): string;
}

export const FLOWS: readonly FlowSpec[] = [
  { kind: 'lan', label: FLOW_KIND_LABEL.lan, unit: 'Gb/s', stat: (m) => m.vm.lanGbps, format: gbps },
  { kind: 'san', label: FLOW_KIND_LABEL.san, unit: 'MB/s', stat: (m) => m.vm.sanMBps, format: mbytesps },
  { kind: 'ipc', label: FLOW_KIND_LABEL.ipc, unit: 'Gb/s', stat: (m) => m.vm.ipcGbps, format: gbps },
];

export interface BandwidthRow {
  kind: FlowKind;
  label: string;
  unit: string;
  /** VMs with such a flow. */
  n: number;
  min: string;
  median: string;
  max: string;
  /** True when VMs of this kind get different rates (worth a look at the distribution). */
  spread: boolean;
}

export function bandwidthRows(m: ModeResult): BandwidthRow[] {
  return FLOWS.map((f) => {
    const s = f.stat(m);
    return {
      kind: f.kind,
      label: f.label,
      unit: f.unit,
      n: s.n,
      min: statText(s, (x) => x.min, f.format),
      median: statText(s, (x) => x.median, f.format),
      max: statText(s, (x) => x.max, f.format),
      spread: s.n > 0 && s.max - s.min > 1e-9 * Math.max(1, s.max),
    };
  });
}

export interface LatencyRow {
  kind: FlowKind;
  label: string;
  unloaded: string;
  loaded: string;
}

export function latencyRows(m: ModeResult): LatencyRow[] {
  return FLOWS.map((f) => ({
    kind: f.kind,
    label: f.label,
    unloaded: statText(m.vm.latencyUs[f.kind], (s) => s.median, micros),
    loaded: statText(m.vm.loadedLatencyUs[f.kind], (s) => s.median, micros),
  }));
}

/**
 * Where a loaded latency more than twice the unloaded one comes from: "Slowest LAN flow:
 * 1,660 µs loaded, 65.8 µs unloaded — queueing at cable … (100% busy) adds 1,560 µs."
 */
export function queueingNotes(m: ModeResult): string[] {
  const q = m.vm.queueing;
  if (!q) return [];
  return FLOWS.flatMap((f) => {
    const hop = q[f.kind];
    if (!hop) return [];
    return [`Slowest ${f.label} flow: ${micros(hop.loadedUs)} loaded, ${micros(hop.unloadedUs)} unloaded — queueing at ${hop.where} (${percent(hop.utilization)} busy) adds ${micros(hop.addedUs)}.`];
  });
}

export const RESOURCE_LABEL: Record<ResourceKind, string> = {
  link: 'Cable',
  bus: 'PCIe bus',
  'host-path': 'Host path',
  gateway: 'Gateway',
  storage: 'Storage',
  backplane: 'Switch backplane',
  qos: 'QoS cap',
};

/**
 * Which instance of a bottleneck row to look at: "Busiest: "IB leaf switches" #3 port 17 → …
 * (1 of 8 this busy)", or "All 8 alike, e.g. …" when every member runs as hot.
 */
export function whereText(b: Pick<Bottleneck, 'busiest' | 'instances' | 'atPeak'>): string {
  if (!b.busiest) return '';
  const n = b.instances ?? 1;
  const hot = b.atPeak ?? 1;
  if (n <= 1) return b.busiest;
  return hot >= n ? `All ${int(n)} alike, e.g. ${b.busiest}` : `Busiest: ${b.busiest} (${int(hot)} of ${int(n)} this busy)`;
}

/** The resources that limit the most, busiest first (ties: the one limiting more flows). */
export function topBottlenecks(list: readonly Bottleneck[], k = 5): Bottleneck[] {
  return [...list].sort((a, b) => b.utilization - a.utilization || b.flows - a.flows).slice(0, k);
}

export interface StatusInput {
  status: 'computing' | 'ready' | 'error';
  revision: number;
  resultRevision: number;
  lastMs: number | null;
  /** What a long run is doing; null until it reports. */
  progress?: { stage: string } | null;
  result?: Pick<SimulationResult, 'modes' | 'findings'> | null;
}

/** Why the engine refused to simulate the design (it is too large), or null when it did simulate. */
export function refusalOf(result: Pick<SimulationResult, 'modes' | 'findings'> | null | undefined): string | null {
  if (!result || result.modes.length > 0) return null;
  return result.findings.find((f) => f.code === 'too-large')?.message ?? null;
}

/** The results header's one-line state. A result for an older revision is never "up to date". */
export function statusText(sim: StatusInput): { text: string; tone: 'busy' | 'ok' | 'error' } {
  if (sim.status === 'error') return { text: 'Simulation failed', tone: 'error' };
  if (sim.status === 'computing' || sim.resultRevision !== sim.revision) return { text: sim.status === 'computing' && sim.progress ? `Computing… ${sim.progress.stage}` : 'Computing…', tone: 'busy' };
  if (refusalOf(sim.result)) return { text: 'Too large to simulate', tone: 'error' };
  const fresh = sim.lastMs === null ? 'Up to date' : `Up to date · ${Math.max(1, Math.round(sim.lastMs))} ms`;
  // A design with errors is never just "up to date": the figures are for something that cannot be built.
  const errors = sim.result ? buildErrors(sim.result).length : 0;
  if (errors) return { text: `Not buildable as drawn: ${errors} ${errors === 1 ? 'error' : 'errors'} · ${fresh}`, tone: 'error' };
  return { text: fresh, tone: 'ok' };
}

export const CATEGORY_LABEL = {
  adapters: 'Adapters',
  switches: 'Switches',
  gateways: 'Gateways',
  cables: 'Cables',
  servers: 'Servers',
  storage: 'Storage',
} as const;
export type Category = keyof typeof CATEGORY_LABEL;

export interface Share {
  key: Category;
  label: string;
  value: number;
  share: number;
}

/** Non-zero categories with their share of the total, largest first. */
export function shares(byCategory: Record<Category, number>): Share[] {
  const entries = (Object.keys(CATEGORY_LABEL) as Category[]).map((key) => ({ key, value: byCategory[key] })).filter((e) => e.value > 0);
  const total = entries.reduce((t, e) => t + e.value, 0);
  return entries.map((e) => ({ ...e, label: CATEGORY_LABEL[e.key], share: total > 0 ? e.value / total : 0 })).sort((a, b) => b.value - a.value);
}

type Currency = { code: string; perUsd: number };

export function costRows(cost: CostResult, vmCount: number, currency: Currency): Array<{ label: string; value: string }> {
  return [
    { label: 'Capex', value: money(cost.capexUsd, currency) },
    { label: 'Maintenance per year', value: money(cost.maintenanceUsdPerYear, currency) },
    { label: 'Energy per year', value: money(cost.energyUsdPerYear, currency) },
    { label: `TCO over ${int(cost.years)} ${cost.years === 1 ? 'year' : 'years'}`, value: money(cost.tcoUsd, currency) },
    { label: 'TCO per VM that runs', value: vmCount > 0 && cost.perVmUsd !== null ? money(cost.perVmUsd, currency) : `${DASH} (no VM runs)` },
  ];
}

/**
 * The power table: parts that add up to the total, and a total that says what it counts. Servers
 * and storage are rows only when the design's settings count them (their power is in the total).
 */
export function powerRows(power: PowerResult, includesServers: boolean): Array<{ label: string; value: string; total?: boolean }> {
  return [
    { label: 'I/O (adapters + gateways)', value: watts(power.ioW) },
    { label: 'Switches and cables', value: watts(power.fabricW) },
    ...(includesServers
      ? [
          { label: 'Servers', value: watts(power.byCategoryW.servers) },
          { label: 'Storage', value: watts(power.byCategoryW.storage) },
        ]
      : []),
    { label: includesServers ? 'Total, all hardware' : 'Total, I/O + switches', value: watts(power.totalW), total: true },
  ];
}

export interface CompareColumn {
  label: string;
  /** One formatted value per mode, in IOV_MODES order. */
  values: string[];
  /** Index of the best value (highest bandwidth / density, lowest cost), or -1 when all equal. */
  best: number;
}

/**
 * The three IOV modes side by side on the numbers that tell them apart: the bandwidth per VM
 * that matters most (server-to-server when there is such traffic), density and capex.
 */
export function compareModes(result: SimulationResult, currency: Currency): { modes: Array<{ mode: IovMode; label: string; supported: boolean }>; columns: CompareColumn[] } {
  const byMode = IOV_MODES.map((mode) => result.modes.find((m) => m.mode === mode));
  const column = (label: string, pick: (m: ModeResult) => number | null, format: (v: number) => string, higherIsBetter: boolean): CompareColumn => {
    const raw = byMode.map((m) => (m ? pick(m) : null));
    const known = raw.filter((v): v is number => v !== null);
    const allEqual = known.every((v) => Math.abs(v - known[0]!) <= 1e-9 * Math.max(1, Math.abs(v)));
    const target = higherIsBetter ? Math.max(...known) : Math.min(...known);
    return { label, values: raw.map((v) => (v === null ? DASH : format(v))), best: allEqual || known.length < 2 ? -1 : raw.indexOf(target) };
  };
  const any = byMode.find(Boolean);
  const flow = [FLOWS[2]!, FLOWS[0]!, FLOWS[1]!].find((f) => any && f.stat(any).n > 0) ?? FLOWS[2]!;
  return {
    modes: IOV_MODES.map((mode, i) => ({ mode, label: MODE_SHORT[mode], supported: byMode[i]?.supported ?? false })),
    columns: [
      column(`${flow.label} per VM`, (m) => (flow.stat(m).n === 0 ? null : flow.stat(m).median), flow.format, true),
      column('VMs per server that fit', (m) => m.density.vmsPerServer, (v) => `${int(v)} VMs`, true),
      column('Capex', (m) => m.cost.capexUsd, (v) => money(v, currency), false),
    ],
  };
}

