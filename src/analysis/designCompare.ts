// Design A against design B, as plain rows (label, unit, A, B, B − A, B ÷ A): the compare view
// renders them, tests read them. Cost, power and cabling do not depend on the IOV mode; VMs per
// server, per-VM bandwidth and latency, and the qualitative rows do, so they are given per mode.
import { FLOW_KIND_LABEL, type CapabilityResult, type IovMode, type ModeResult, type SimulationResult, type Stat } from '../domain';
import { pairScopeText, qualitativeVia, type QualitativeKey } from './coverage';
import { ratio, type Unit, type Value } from './values';

/** One side of a comparison: its name, its server count and its results (planned, with capability). */
export interface CompareSide {
  name: string;
  servers: number;
  result: SimulationResult;
  /** The design's settings count servers and storage in cost and power (said in the section titles). */
  includesServers?: boolean;
}

export interface CompareRow {
  id: string;
  label: string;
  unit: Unit;
  a: Value;
  b: Value;
  /** B − A (numbers only). */
  delta: number | null;
  /** B ÷ A (numbers only, A ≠ 0). */
  ratio: number | null;
  /** Lower is better (cost, power, latency, cables): how the view colours a change. */
  lowerIsBetter?: boolean;
  /** A sub-row (a category of a total): indented. */
  sub?: boolean;
  /** A qualitative value that comes from adapters falling back to this mode, per side. */
  via?: { a?: IovMode; b?: IovMode };
}

export interface CompareSection {
  id: string;
  title: string;
  /** What the section's totals count (cost and power): "I/O + switches; servers and storage not counted". */
  scope?: string;
  rows: CompareRow[];
}

type Getter = (m: ModeResult, side: CompareSide) => Value;

interface RowSpec {
  id: string;
  label: string;
  unit: Unit;
  get: Getter;
  lowerIsBetter?: boolean;
  sub?: boolean;
  /** Hide the row when neither side has anything (e.g. no gateways in either design). */
  optional?: boolean;
  /** The mode a qualitative value comes from when adapters fall back (see qualitativeVia). */
  via?: (m: ModeResult) => IovMode | null;
}

const median = (s: Stat | undefined): number | null => (!s || s.n === 0 ? null : s.median);
const perServer = (v: number, side: CompareSide): number | null => (side.servers > 0 ? v / side.servers : null);
const capabilityOf = (side: CompareSide, mode: IovMode): CapabilityResult | undefined => side.result.capability?.find((c) => c.mode === mode);

/** The VMs that run: planned, capped by what fits (older results: all VMs). */
export const vmsRunning = (m: ModeResult): number => m.density.vmsRunning ?? m.vm.count;

const COST: RowSpec[] = [
  { id: 'capex.adapters', label: 'Adapters', unit: '$', get: (m) => m.cost.capexByCategoryUsd.adapters, lowerIsBetter: true, sub: true },
  { id: 'capex.switches', label: 'Switches', unit: '$', get: (m) => m.cost.capexByCategoryUsd.switches, lowerIsBetter: true, sub: true },
  { id: 'capex.gateways', label: 'Gateways', unit: '$', get: (m) => m.cost.capexByCategoryUsd.gateways, lowerIsBetter: true, sub: true },
  { id: 'capex.cables', label: 'Cables', unit: '$', get: (m) => m.cost.capexByCategoryUsd.cables, lowerIsBetter: true, sub: true },
  { id: 'capex.servers', label: 'Servers', unit: '$', get: (m) => m.cost.capexByCategoryUsd.servers, lowerIsBetter: true, sub: true, optional: true },
  { id: 'capex.storage', label: 'Storage', unit: '$', get: (m) => m.cost.capexByCategoryUsd.storage, lowerIsBetter: true, sub: true, optional: true },
  { id: 'capex.total', label: 'Capex, total', unit: '$', get: (m) => m.cost.capexUsd, lowerIsBetter: true },
  { id: 'maintenance', label: 'Maintenance per year', unit: '$/yr', get: (m) => m.cost.maintenanceUsdPerYear, lowerIsBetter: true },
  { id: 'energy', label: 'Energy per year', unit: '$/yr', get: (m) => m.cost.energyUsdPerYear, lowerIsBetter: true },
  { id: 'tco', label: 'TCO over the design’s years', unit: '$', get: (m) => m.cost.tcoUsd, lowerIsBetter: true },
  { id: 'tcoPerVm', label: 'TCO per VM that runs', unit: '$', get: (m) => (vmsRunning(m) > 0 ? m.cost.perVmUsd : null), lowerIsBetter: true },
];

const POWER: RowSpec[] = [
  { id: 'power.io', label: 'I/O power (adapters, gateways)', unit: 'W', get: (m) => m.power.ioW, lowerIsBetter: true },
  { id: 'power.fabric', label: 'Switches and cables', unit: 'W', get: (m) => m.power.fabricW, lowerIsBetter: true },
  { id: 'power.servers', label: 'Servers', unit: 'W', get: (m) => m.power.byCategoryW.servers, lowerIsBetter: true, optional: true },
  { id: 'power.storage', label: 'Storage', unit: 'W', get: (m) => m.power.byCategoryW.storage, lowerIsBetter: true, optional: true },
  { id: 'power.total', label: 'Total power', unit: 'W', get: (m) => m.power.totalW, lowerIsBetter: true },
];

const CABLING: RowSpec[] = [
  { id: 'adapters.perServer', label: 'Adapters per server', unit: 'adapters', get: (m, s) => perServer(m.ports.adapters, s), lowerIsBetter: true },
  { id: 'adapters.total', label: 'Adapters, total', unit: 'adapters', get: (m) => m.ports.adapters, lowerIsBetter: true },
  { id: 'cables.perServer', label: 'Cables per server', unit: 'cables', get: (m) => m.ports.perServer, lowerIsBetter: true },
  { id: 'cables.total', label: 'Cables, total', unit: 'cables', get: (m) => m.ports.cables, lowerIsBetter: true },
  { id: 'switchPorts.perServer', label: 'Switch ports per server', unit: 'ports', get: (m, s) => perServer(m.ports.switchPorts, s), lowerIsBetter: true },
  { id: 'switchPorts.total', label: 'Switch ports, total', unit: 'ports', get: (m) => m.ports.switchPorts, lowerIsBetter: true },
];

type Kind = 'lan' | 'san' | 'ipc';
const SERIES: Record<Kind, { key: 'lanGbps' | 'sanMBps' | 'ipcGbps'; unit: Unit }> = { lan: { key: 'lanGbps', unit: 'Gb/s' }, san: { key: 'sanMBps', unit: 'MB/s' }, ipc: { key: 'ipcGbps', unit: 'Gb/s' } };

function perVmRows(kind: Kind): RowSpec[] {
  const { key, unit } = SERIES[kind];
  const name = FLOW_KIND_LABEL[kind];
  return [
    { id: `${kind}.demand`, label: `${name} per VM: demand`, unit, get: (m) => median(m.vm.demand?.[key]) },
    { id: `${kind}.delivered`, label: `${name} per VM: delivered`, unit, get: (m) => median(m.vm[key]), sub: true },
    { id: `${kind}.capability`, label: `${name} per VM: capability`, unit, get: (m, s) => median(capabilityOf(s, m.mode)?.vm[key]), sub: true },
  ];
}

const quality = (id: QualitativeKey, label: string): RowSpec => ({ id, label, unit: 'yes/no', get: (m) => m.qualitative[id], via: (m) => qualitativeVia(m, id) });

const PER_MODE: Array<{ id: string; title: string; rows: RowSpec[] }> = [
  {
    id: 'density',
    title: 'VMs',
    rows: [
      { id: 'vmsPerServer', label: 'VMs per server that fit', unit: 'VMs', get: (m) => m.density.vmsPerServer },
      { id: 'vmsRunning', label: 'VMs that run (planned, capped by fit)', unit: 'VMs', get: (m) => vmsRunning(m) },
    ],
  },
  { id: 'bandwidth', title: 'Per-VM bandwidth (medians)', rows: [...perVmRows('lan'), ...perVmRows('san'), ...perVmRows('ipc')] },
  {
    id: 'latency',
    title: 'Per-VM latency, unloaded (medians)',
    rows: (['lan', 'san', 'ipc'] as const).map((k) => ({ id: `latency.${k}`, label: `${FLOW_KIND_LABEL[k]} latency`, unit: 'µs' as const, get: (m: ModeResult) => median(m.vm.latencyUs[k]), lowerIsBetter: true })),
  },
  {
    id: 'qualitative',
    title: 'Qualitative',
    rows: [quality('legacyIoInVms', 'Legacy I/O in VMs'), quality('managementTransparency', 'Management transparency'), quality('liveMigration', 'Live migration (no VM restart)')],
  },
];

export const modeOf = (side: CompareSide, mode: IovMode): ModeResult | undefined => side.result.modes.find((m) => m.mode === mode);

function build(specs: readonly RowSpec[], a: CompareSide, b: CompareSide, ma: ModeResult, mb: ModeResult): CompareRow[] {
  return specs.flatMap((s) => {
    const va = s.get(ma, a);
    const vb = s.get(mb, b);
    if (s.optional && !va && !vb) return [];
    const delta = typeof va === 'number' && typeof vb === 'number' ? vb - va : null;
    const via = { a: s.via?.(ma) ?? undefined, b: s.via?.(mb) ?? undefined };
    return [
      {
        id: s.id,
        label: s.label,
        unit: s.unit,
        a: va,
        b: vb,
        delta,
        ratio: ratio(va, vb),
        ...(s.lowerIsBetter ? { lowerIsBetter: true } : {}),
        ...(s.sub ? { sub: true } : {}),
        ...(via.a || via.b ? { via: { ...(via.a ? { a: via.a } : {}), ...(via.b ? { b: via.b } : {}) } } : {}),
      },
    ];
  });
}

/**
 * Every section of A against B in one mode. Cost, power and cabling come out the same in every
 * mode (the parts do not change); cost per VM does not, since it divides by the VMs that fit.
 */
export function compareSections(a: CompareSide, b: CompareSide, mode: IovMode): CompareSection[] {
  const ma = modeOf(a, mode);
  const mb = modeOf(b, mode);
  if (!ma || !mb) return [];
  // What the totals count: servers and storage only where a design's settings include them.
  const scope = pairScopeText(a.includesServers, b.includesServers);
  return [
    { id: 'cost', title: 'Cost (capex by category)', ...(scope ? { scope } : {}), rows: build(COST, a, b, ma, mb) },
    { id: 'power', title: 'Power', ...(scope ? { scope } : {}), rows: build(POWER, a, b, ma, mb) },
    { id: 'cabling', title: 'Adapters, cables and switch ports', rows: build(CABLING, a, b, ma, mb) },
    ...PER_MODE.map((s) => ({ id: s.id, title: s.title, rows: build(s.rows, a, b, ma, mb) })),
  ];
}

/** Servers in a design (group counts added up), read off its results. */
export function serversOf(result: SimulationResult): number {
  const m = result.modes[0];
  return m ? m.density.groups.reduce((t, g) => t + (g.servers ?? 1), 0) : 0;
}
