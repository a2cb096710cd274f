import { catalogFor } from '../catalog';
import type { Design, IovMode, ModeResult, Stat } from '../domain';
import { qualitativeVia, type QualitativeKey } from './coverage';
import type { Unit, Value } from './values';

export interface MetricContext {
  /** Physical servers in the design (group counts added up). */
  servers: number;
}

/** One row of a results table: the same definition feeds the human table, CSV and compare. */
export interface Metric {
  id: string;
  label: string;
  unit: Unit;
  get(m: ModeResult, ctx: MetricContext): Value;
  /** Left out of a human table when no mode has a value (servers' power where they are not counted). */
  optional?: boolean;
  /** A qualitative value that comes from adapters falling back to this mode (marked in tables). */
  via?(m: ModeResult): IovMode | null;
}

type StatKey = 'min' | 'median' | 'max';
const ofStat = (s: Stat, k: StatKey): number | null => (s.n === 0 ? null : s[k]);

const statRows = (id: string, label: string, unit: Unit, pick: (m: ModeResult) => Stat, keys: readonly StatKey[]): Metric[] =>
  keys.map((k) => ({ id: `${id}.${k}`, label: `${label}, ${k}`, unit, get: (m) => ofStat(pick(m), k) }));

const ALL: readonly StatKey[] = ['min', 'median', 'max'];

export interface Section {
  title: string;
  metrics: readonly Metric[];
  /** A cost or power section: its title says what the totals count (servers and storage or not). */
  scoped?: boolean;
}

const quality = (id: QualitativeKey, label: string): Metric => ({ id: `qualitative.${id}`, label, unit: 'yes/no', get: (m) => m.qualitative[id], via: (m) => qualitativeVia(m, id) });

export const SECTIONS: readonly Section[] = [
  {
    title: 'Bandwidth per VM',
    metrics: [
      ...statRows('vm.lanGbps', 'LAN', 'Gb/s', (m) => m.vm.lanGbps, ALL),
      ...statRows('vm.sanMBps', 'SAN', 'MB/s', (m) => m.vm.sanMBps, ALL),
      ...statRows('vm.ipcGbps', 'Server-to-server', 'Gb/s', (m) => m.vm.ipcGbps, ALL),
    ],
  },
  {
    title: 'Latency per VM, unloaded',
    metrics: [
      ...statRows('vm.latencyUs.lan', 'LAN', 'µs', (m) => m.vm.latencyUs.lan, ['median']),
      ...statRows('vm.latencyUs.san', 'SAN', 'µs', (m) => m.vm.latencyUs.san, ['median']),
      ...statRows('vm.latencyUs.ipc', 'Server-to-server', 'µs', (m) => m.vm.latencyUs.ipc, ['median']),
    ],
  },
  {
    title: 'Density',
    metrics: [
      { id: 'density.vmsPerServer', label: 'VMs per server that fit (CPU, memory, virtual functions)', unit: 'VMs', get: (m) => m.density.vmsPerServer },
    ],
  },
  {
    title: 'Cost',
    scoped: true,
    metrics: [
      { id: 'cost.capexUsd', label: 'Capex (purchase)', unit: '$', get: (m) => m.cost.capexUsd },
      { id: 'cost.maintenanceUsdPerYear', label: 'Maintenance', unit: '$/yr', get: (m) => m.cost.maintenanceUsdPerYear },
      { id: 'cost.energyUsdPerYear', label: 'Energy', unit: '$/yr', get: (m) => m.cost.energyUsdPerYear },
      { id: 'cost.tcoUsd', label: 'TCO', unit: '$', get: (m) => m.cost.tcoUsd },
      { id: 'cost.perVmUsd', label: 'TCO per VM', unit: '$', get: (m) => m.cost.perVmUsd },
    ],
  },
  {
    title: 'Power',
    scoped: true,
    metrics: [
      { id: 'power.ioW', label: 'I/O (adapters, gateways)', unit: 'W', get: (m) => m.power.ioW },
      { id: 'power.fabricW', label: 'Switches and cables', unit: 'W', get: (m) => m.power.fabricW },
      { id: 'power.serversW', label: 'Servers', unit: 'W', get: (m) => m.power.byCategoryW.servers, optional: true },
      { id: 'power.storageW', label: 'Storage', unit: 'W', get: (m) => m.power.byCategoryW.storage, optional: true },
      { id: 'power.totalW', label: 'Total', unit: 'W', get: (m) => m.power.totalW },
    ],
  },
  {
    title: 'Ports and cables',
    metrics: [
      { id: 'ports.perServer', label: 'Cabled ports per server', unit: 'ports', get: (m) => m.ports.perServer },
      { id: 'ports.adapters', label: 'Adapters', unit: 'adapters', get: (m) => m.ports.adapters },
      { id: 'ports.cables', label: 'Cables', unit: 'cables', get: (m) => m.ports.cables },
      { id: 'ports.switchPorts', label: 'Switch ports used', unit: 'ports', get: (m) => m.ports.switchPorts },
    ],
  },
  {
    title: 'Qualitative (whitepaper Table 3)',
    metrics: [
      quality('legacyIoInVms', 'Legacy I/O in VMs'),
      quality('managementTransparency', 'Management transparency'),
      quality('liveMigration', 'Live migration'),
    ],
  },
];

const byId = new Map(SECTIONS.flatMap((s) => s.metrics).map((m) => [m.id, m]));
const metric = (id: string, label?: string): Metric => {
  const m = byId.get(id);
  if (!m) throw new Error(`no metric ${id}`);
  return label ? { ...m, label } : m;
};

/** The rows `compare` puts side by side (the seed's Tables 1–3 dimensions). */
export const COMPARE_METRICS: readonly Metric[] = [
  { id: 'adaptersPerServer', label: 'I/O adapters per server', unit: 'adapters', get: (m, ctx) => (ctx.servers ? m.ports.adapters / ctx.servers : null) },
  { id: 'cablesPerServer', label: 'Cables per server', unit: 'cables', get: (m) => m.ports.perServer },
  metric('ports.switchPorts', 'Switch ports'),
  metric('cost.capexUsd', 'Purchase cost (capex)'),
  metric('cost.maintenanceUsdPerYear', 'Maintenance'),
  metric('cost.tcoUsd'),
  metric('power.ioW', 'I/O power'),
  metric('power.totalW', 'Total power'),
  metric('density.vmsPerServer', 'VMs per server that fit'),
  metric('vm.lanGbps.median', 'LAN per VM, median'),
  metric('vm.sanMBps.median', 'SAN per VM, median'),
  metric('vm.ipcGbps.median', 'Server-to-server per VM, median'),
  metric('vm.latencyUs.ipc.median', 'Server-to-server latency, median'),
  metric('qualitative.legacyIoInVms'),
  metric('qualitative.managementTransparency'),
  metric('qualitative.liveMigration'),
];

export function serverCount(design: Design): number {
  const catalog = catalogFor(design);
  return design.nodes.reduce((n, node) => n + (catalog.byId.get(node.partId)?.kind === 'server' ? node.count : 0), 0);
}
