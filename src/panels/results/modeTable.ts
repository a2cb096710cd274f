// The three IOV modes as columns, one row per figure: what changes when the hypervisor gets out of
// the way. Pure, so the rows are unit-tested; the component only lays them out.
import { fallbackLines, qualitativeVia, scopeShort, type QualitativeKey } from '../../analysis';
import { FLOW_KIND_LABEL, IOV_MODES, MODE_IN_TEXT, MODE_SHORT, type IovMode, type ModeResult, type SimulationResult, type Stat } from '../../domain';
import { gbps, int, mbytesps, micros, money, num, watts } from '../../ui';
import { DASH } from './resultsModel';

type Currency = { code: string; perUsd: number };

export interface ModeRow {
  id: string;
  label: string;
  values: string[];
  /** Index of the best mode, or -1 when all equal (or no direction). */
  best: number;
}

const med = (s: Stat): number | null => (s.n === 0 ? null : s.median);

function row(id: string, label: string, byMode: Array<ModeResult | undefined>, pick: (m: ModeResult) => number | boolean | null, format: (v: number) => string, better?: 'higher' | 'lower'): ModeRow {
  const raw = byMode.map((m) => (m ? pick(m) : null));
  const values = raw.map((v) => (v === null ? DASH : typeof v === 'boolean' ? (v ? 'yes' : 'no') : format(v)));
  const nums = raw.filter((v): v is number => typeof v === 'number');
  const same = nums.every((v) => Math.abs(v - nums[0]!) <= 1e-9 * Math.max(1, Math.abs(v)));
  const target = better === 'higher' ? Math.max(...nums) : Math.min(...nums);
  return { id, label, values, best: !better || same || nums.length < 2 ? -1 : raw.indexOf(target) };
}

/** I/O CPU per VM, GHz: the mean over server groups, weighted by their VMs. */
function ioGhz(m: ModeResult): number | null {
  let w = 0;
  let t = 0;
  for (const g of m.density.groups) {
    const n = Math.min(g.planned, g.fit) * (g.servers ?? 1);
    w += n;
    t += g.ioGhzPerVm * n;
  }
  return w > 0 ? t / w : null;
}

/** The mark on a qualitative value that comes from adapters falling back to another mode. */
export const FALLBACK_MARK = '†';

/**
 * A qualitative row: "yes †" where the value is another mode's, because the adapters fall back
 * to it (pass-through's "yes" for an adapter that runs in software).
 */
function qualityRow(id: string, label: string, key: QualitativeKey, byMode: Array<ModeResult | undefined>): ModeRow {
  const r = row(id, label, byMode, (m) => m.qualitative[key], String);
  return { ...r, values: r.values.map((v, i) => (byMode[i] && qualitativeVia(byMode[i], key) ? `${v} ${FALLBACK_MARK}` : v)) };
}

/** "† Pass-through: software’s answer; its adapters fall back to software." per mode with a marked value. */
function markNotes(byMode: Array<ModeResult | undefined>): string[] {
  const keys: QualitativeKey[] = ['legacyIoInVms', 'managementTransparency', 'liveMigration'];
  return byMode.flatMap((m) => {
    const via = m ? keys.map((k) => qualitativeVia(m, k)).find(Boolean) : null;
    if (!m || !via) return [];
    const to = MODE_IN_TEXT[via];
    return [`${FALLBACK_MARK} ${MODE_SHORT[m.mode]}: ${to}’s answer; its adapters fall back to ${to}.`];
  });
}

export function modeTable(
  result: SimulationResult,
  currency: Currency,
  includesServers = false,
): { modes: IovMode[]; rows: ModeRow[]; fallbacks: Array<{ mode: IovMode; lines: string[] }>; marks: string[] } {
  const byMode = IOV_MODES.map((mode) => result.modes.find((m) => m.mode === mode));
  const rows: ModeRow[] = [
    row('lan', `${FLOW_KIND_LABEL.lan} per VM`, byMode, (m) => med(m.vm.lanGbps), gbps, 'higher'),
    row('san', `${FLOW_KIND_LABEL.san} per VM`, byMode, (m) => med(m.vm.sanMBps), mbytesps, 'higher'),
    row('ipc', `${FLOW_KIND_LABEL.ipc} per VM`, byMode, (m) => med(m.vm.ipcGbps), gbps, 'higher'),
    row('ipcLatency', `${FLOW_KIND_LABEL.ipc} latency`, byMode, (m) => med(m.vm.latencyUs.ipc), micros, 'lower'),
    row('vms', 'VMs per server that fit', byMode, (m) => m.density.vmsPerServer, (v) => int(v), 'higher'),
    row('cpu', 'CPU on I/O per VM', byMode, ioGhz, (v) => `${num(v)} GHz`, 'lower'),
    row('capex', 'Purchase cost (capex)', byMode, (m) => m.cost.capexUsd, (v) => money(v, currency), 'lower'),
    row('power', `Power, ${scopeShort(includesServers)}`, byMode, (m) => m.power.totalW, watts, 'lower'),
    qualityRow('legacy', 'Legacy I/O in VMs', 'legacyIoInVms', byMode),
    qualityRow('mgmt', 'Management transparency', 'managementTransparency', byMode),
    qualityRow('migration', 'Live migration', 'liveMigration', byMode),
  ];
  const fallbacks = byMode.flatMap((m) => (m && m.fallbacks.length ? [{ mode: m.mode, lines: fallbackLines(m).map((l) => l.text) }] : []));
  return { modes: [...IOV_MODES], rows, fallbacks, marks: markNotes(byMode) };
}

export const modeHeader = (mode: IovMode): string => MODE_SHORT[mode];
