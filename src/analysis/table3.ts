import { MODE_SHORT, type HostPathEntry, type IovMode, type ModeResult, type Transport } from '../domain';
import { qualitativeVia, viaText, type QualitativeKey } from './coverage';
import { fallbackLines } from './fallbacks';
import { num, ratio, shortName, type Unit, type Value } from './values';

/**
 * The seed whitepaper's Table 3 (InfiniBand + CIOV against GigE + FC, per IOV mode) regenerated
 * for any two designs: same row labels, same kind of wording ("3.5 × GigE NIC", "59% cheaper",
 * "1/6 the cost"), but every figure measured by the simulator.
 */
export interface Table3Row {
  id: string;
  label: string;
  unit: Unit;
  a: Value;
  b: Value;
  ratio: number | null;
  text: string;
  /**
   * A qualitative row whose value for a side comes from adapters that fall back to another mode
   * (pass-through's "yes" for an adapter that runs in software): that mode, per side. The text
   * (B's value) says it: "yes (falls back to software)".
   */
  via?: { a?: IovMode; b?: IovMode };
}

const NET: readonly Transport[] = ['tcp', 'ipoib', 'rdma'];
const SAN: readonly Transport[] = ['fcp', 'srp'];

/** The fastest adapter of a kind: "throughput per adapter" is what one adapter can carry at best. */
function best(m: ModeResult, transports: readonly Transport[]): HostPathEntry | undefined {
  return m.hostPath.filter((h) => transports.includes(h.transport)).sort((x, y) => y.gbps - x.gbps)[0];
}

const pct = (r: number): number => Math.round(Math.abs(1 - r) * 100);

function cheaper(r: number | null): string {
  if (r === null) return '—';
  if (pct(r) === 0) return 'about the same';
  return r < 1 ? `${pct(r)}% cheaper` : `${pct(r)}% more expensive`;
}

function fraction(r: number | null): string {
  if (r === null) return '—';
  if (pct(r) === 0) return 'about the same';
  return r < 1 ? `1/${num(Math.round(10 / r) / 10)} the cost` : `${num(Math.round(r * 10) / 10)}× the cost`;
}

function power(r: number | null): string {
  if (r === null) return '—';
  if (pct(r) === 0) return 'about the same';
  return r < 1 ? `${pct(r)}% less` : `${pct(r)}% more`;
}

function density(r: number | null): string {
  if (r === null) return '—';
  if (pct(r) === 0) return 'none';
  return `${r > 1 ? '+' : '−'}${pct(r)}% VMs per server`;
}

const yesNo = (v: boolean): string => (v ? 'yes' : 'no');

const reachesLanAndSan = (m: ModeResult): boolean => !m.unreachable.some((u) => u.kind === 'lan' || u.kind === 'san');

export function table3(a: ModeResult, b: ModeResult): Table3Row[] {
  const row = (id: string, label: string, unit: Unit, va: Value, vb: Value, text: (r: number | null) => string): Table3Row => {
    const r = ratio(va, vb);
    return { id, label, unit, a: va, b: vb, ratio: r, text: text(r) };
  };
  const per = (transports: readonly Transport[]) => {
    const ea = best(a, transports);
    const eb = best(b, transports);
    return {
      a: ea?.gbps ?? null,
      b: eb?.gbps ?? null,
      text: (r: number | null) => (r === null || !ea ? '—' : `${num(Number(r.toPrecision(3)))} × ${shortName(ea.adapterName)}`),
    };
  };
  const net = per(NET);
  const san = per(SAN);
  const flag = (id: string, label: string, get: (m: ModeResult) => boolean): Table3Row => row(id, label, 'yes/no', get(a), get(b), () => yesNo(get(b)));
  const quality = (id: QualitativeKey, label: string): Table3Row => {
    const r = flag(id, label, (m) => m.qualitative[id]);
    const va = qualitativeVia(a, id);
    const vb = qualitativeVia(b, id);
    if (!va && !vb) return r;
    return { ...r, text: vb ? `${r.text} (${viaText(vb)})` : r.text, via: { ...(va ? { a: va } : {}), ...(vb ? { b: vb } : {}) } };
  };
  return [
    row('netThroughputPerAdapter', 'Net throughput per adapter', 'Gb/s', net.a, net.b, net.text),
    row('sanThroughputPerAdapter', 'SAN throughput per adapter', 'Gb/s', san.a, san.b, san.text),
    row('capex', 'I/O initial purchase cost', '$', a.cost.capexUsd, b.cost.capexUsd, cheaper),
    row('maintenance', 'I/O maintenance cost (per port)', '$/yr', a.cost.maintenanceUsdPerYear, b.cost.maintenanceUsdPerYear, fraction),
    row('ioPower', 'I/O power consumption', 'W', a.power.ioW, b.power.ioW, power),
    row('vmsPerServer', 'Reduced CPU utilization (fewer servers)', 'VMs', a.density.vmsPerServer, b.density.vmsPerServer, density),
    flag('lanSanInterop', 'Ethernet LAN & FC SAN interoperability', reachesLanAndSan),
    quality('legacyIoInVms', 'Legacy I/O support in VMs'),
    quality('managementTransparency', 'Management transparency'),
    quality('liveMigration', 'Live migration (no VM restart)'),
  ];
}

/**
 * A mode's column when adapters of either side cannot run the mode and fall back: every figure in
 * it (throughput, density, the qualitative rows) is for the mode they run, said once under the
 * table. Null when both sides run the mode as asked.
 */
export function table3FallbackNote(a: ModeResult, b: ModeResult): string | null {
  const side = (tag: string, m: ModeResult): string | null => {
    const lines = fallbackLines(m);
    return lines.length ? `${tag}: ${lines.map((l) => l.text).join('; ')}` : null;
  };
  const sides = [side('A', a), side('B', b)].filter((s): s is string => s !== null);
  if (!sides.length) return null;
  const mode = MODE_SHORT[b.mode];
  return `${mode} IOV: adapters that cannot run ${mode.toLowerCase()} fall back, and this column’s figures are for the mode they run. ${sides.join('. ')}.`;
}

/** The whitepaper's own Table 3 (software-based and native IOV columns), to set beside ours. */
export const SEED_TABLE3: Readonly<Record<string, { software: string; native: string }>> = {
  netThroughputPerAdapter: { software: '3–4 × GigE', native: '10–12 × GigE' },
  sanThroughputPerAdapter: { software: '10 × 2 Gb/s FC', native: '10 × 2 Gb/s FC' },
  capex: { software: 'up to 60% cheaper', native: 'up to 60% cheaper' },
  maintenance: { software: 'up to 1/6 the cost', native: 'up to 1/6 the cost' },
  ioPower: { software: '30–40% less', native: '30–40% less' },
  vmsPerServer: { software: 'none', native: '30–50% more VMs per server' },
  lanSanInterop: { software: 'yes', native: 'yes' },
  legacyIoInVms: { software: 'yes', native: 'no' },
  managementTransparency: { software: 'yes', native: 'no' },
  liveMigration: { software: 'yes', native: 'no' },
};

/**
 * Where the whitepaper's Table 3 disagrees with its own text, and so with the model: said once,
 * beside the regenerated table, so nobody quotes the table's figure as ours.
 */
export const SEED_TABLE3_NOTES: Readonly<Record<string, string>> = {
  sanThroughputPerAdapter:
    'The whitepaper’s Table 3 says “10 times 2 Gb/s FC”, but its own text and Tables 1–2 say “6–7 times” and “up to seven 2 Gb/s FC adapters”: one DDR HCA carries at most about 1,500 MB/s of block I/O, against 200 MB/s per 2 Gb/s FC port. The figure here is computed, so it reads about 7×, not 10×.',
};
