// Is the workload's demand met? Per flow kind: how many VMs get less than they ask and how much
// they get, what they could get (capability: that kind pushed, the others at their demand) and
// the headroom of the tightest VM (docs/model.md, "Capability and headroom").
import { FLOW_KIND_LABEL, MODE_IN_TEXT, type CapabilityResult, type FlowKind, type IovMode, type ModeResult, type SimulationResult, type Stat } from '../domain';
import { num } from './values';

const KEY = { lan: 'lanGbps', san: 'sanMBps', ipc: 'ipcGbps' } as const;
export const FLOW_UNIT: Record<FlowKind, 'Gb/s' | 'MB/s'> = { lan: 'Gb/s', san: 'MB/s', ipc: 'Gb/s' };

export interface DemandLine {
  kind: FlowKind;
  /** Median demand per VM (null: no VM has such a flow). */
  demand: number | null;
  delivered: number | null;
  /** Median capability; null while it is computed (see `pending`) or when no VM asks. */
  capability: number | null;
  /** The tightest VM's capability ÷ its demand: how far the workload can grow before some VM is short. */
  headroom: number | null;
  /** The capability runs have not answered yet. */
  pending: boolean;
  /** VMs getting less than they ask (unreachable ones included, at 0). */
  short: number;
  /** The least and most a short VM gets (in the kind's unit). */
  shortMin: number;
  shortMax: number;
  /** VMs that have such a flow. */
  vms: number;
}

const median = (s: Stat | undefined): number | null => (!s || s.n === 0 ? null : s.median);

export function demandLines(m: ModeResult, capability?: CapabilityResult): DemandLine[] {
  return (['lan', 'san', 'ipc'] as const).map((kind) => {
    const key = KEY[kind];
    const short = m.vm.short?.[kind] ?? { vms: 0, min: 0, max: 0 };
    const demand = median(m.vm.demand?.[key]);
    return {
      kind,
      demand,
      delivered: median(m.vm[key]),
      capability: median(capability?.vm[key]),
      headroom: demand === null ? null : (capability?.headroom[kind] ?? null),
      pending: capability === undefined && demand !== null,
      short: short.vms,
      shortMin: short.min,
      shortMax: short.max,
      vms: m.vm[key].n,
    };
  });
}

/** "1,024 of 2,048 VMs get 1.56 MB/s of 2.00": who is short, by how much. */
export function shortText(l: DemandLine, mode: ModeResult): string {
  const got = l.shortMin === l.shortMax ? num(l.shortMin) : `${num(l.shortMin)}–${num(l.shortMax)}`;
  const asked = mode.vm.demand?.[l.kind === 'lan' ? 'lanGbps' : l.kind === 'san' ? 'sanMBps' : 'ipcGbps'];
  const of = asked && asked.min === asked.max ? `of ${num(asked.min)}` : 'less than they ask';
  return `${FLOW_KIND_LABEL[l.kind]}: ${num(l.short)} of ${num(l.vms)} VMs get ${got} ${FLOW_UNIT[l.kind]} ${of}`;
}

/** Demand met for every VM and kind (and nothing unreachable). */
export const demandMet = (lines: readonly DemandLine[], m: ModeResult): boolean => lines.every((l) => l.short === 0) && m.unreachable.length === 0;

/**
 * The results panel's headline for one mode, as words: the same sentence wherever the verdict is
 * given (the panel, the PDF proposal). "Demand met in native mode: every VM that runs gets what
 * its workload asks." / "Demand not met in software mode: LAN: 1,024 of 2,048 VMs get …", the
 * modes that do meet it, and the tightest VM's headroom once capability is known.
 */
export interface DemandVerdict {
  mode: IovMode;
  met: boolean;
  /** "Demand met in native mode". */
  title: string;
  /** What follows the title: who gets less, by how much. */
  detail: string;
  /** The other modes that meet the demand when this one does not ("native", "pass-through"). */
  metIn: string[];
  /** "the tightest VM could carry 2.5× its LAN demand (20 Gb/s per VM, median)"; null until capability is known. */
  headroom: string | null;
}

export function demandVerdict(mode: ModeResult, result: Pick<SimulationResult, 'modes' | 'capability'>): DemandVerdict {
  const lines = demandLines(mode, result.capability?.find((c) => c.mode === mode.mode));
  const met = demandMet(lines, mode);
  const short = lines.filter((l) => l.short > 0);
  const unreachable = mode.unreachable.reduce((t, u) => t + u.vms, 0);
  const tightest = lines.filter((l) => l.headroom !== null).sort((a, b) => a.headroom! - b.headroom!)[0];
  // Where this mode falls short, say which modes meet it: every run computed them all.
  const metIn = met ? [] : result.modes.filter((o) => o.mode !== mode.mode && demandMet(demandLines(o), o)).map((o) => MODE_IN_TEXT[o.mode]);
  const detail = met ? 'every VM that runs gets what its workload asks' : `${short.map((l) => shortText(l, mode)).join('; ')}${unreachable ? `${short.length ? '; ' : ''}${num(unreachable)} VM flows have no path` : ''}`;
  const kind = (l: DemandLine): string => (l.kind === 'ipc' ? 'server-to-server' : FLOW_KIND_LABEL[l.kind]);
  return {
    mode: mode.mode,
    met,
    title: `Demand ${met ? 'met' : 'not met'} in ${MODE_IN_TEXT[mode.mode]} mode`,
    detail,
    metIn,
    headroom: tightest ? `the tightest VM could carry ${num(tightest.headroom!)}× its ${kind(tightest)} demand (${tightest.capability === null ? '—' : `${num(tightest.capability)} ${FLOW_UNIT[tightest.kind]}`} per VM, median)` : null,
  };
}

/** "Native and pass-through modes meet it": the modes that meet a demand this one misses. */
export const metInText = (metIn: readonly string[]): string => (metIn.length ? `${metIn.join(' and ').replace(/^./, (c) => c.toUpperCase())} ${metIn.length > 1 ? 'modes meet' : 'mode meets'} it` : 'No IOV mode meets it with these adapters');

/** Error findings: the design cannot be built as drawn (port or slot overflow, mismatches, no path). */
export function buildErrors(result: { findings: ReadonlyArray<{ severity: string; message: string; code: string }>; modes: ReadonlyArray<{ findings: ReadonlyArray<{ severity: string; message: string; code: string }> }> }, mode?: ModeResult): Array<{ code: string; message: string }> {
  const seen = new Set<string>();
  const out: Array<{ code: string; message: string }> = [];
  const modeFindings = mode ? mode.findings : (result.modes[0]?.findings ?? []);
  for (const f of [...result.findings, ...modeFindings]) {
    if (f.severity !== 'error' || f.code === 'too-large' || seen.has(f.message)) continue;
    seen.add(f.message);
    out.push({ code: f.code, message: f.message });
  }
  return out;
}
