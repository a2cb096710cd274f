// Is the workload's demand met? Per flow kind: how many VMs get less than they ask, and what
// they could get (capability, the saturation run) against what they ask (headroom).
import type { CapabilityResult, FlowKind, ModeResult, Stat } from '../domain';

const KEY = { lan: 'lanGbps', san: 'sanMBps', ipc: 'ipcGbps' } as const;
export const FLOW_UNIT: Record<FlowKind, 'Gb/s' | 'MB/s'> = { lan: 'Gb/s', san: 'MB/s', ipc: 'Gb/s' };

export interface DemandLine {
  kind: FlowKind;
  /** Median demand per VM (null: no VM has such a flow). */
  demand: number | null;
  delivered: number | null;
  capability: number | null;
  /** Capability ÷ demand: how far the workload could grow before this kind saturates. */
  headroom: number | null;
  /** VMs getting less than they ask (unreachable ones included). */
  short: number;
  /** VMs that have such a flow. */
  vms: number;
}

const median = (s: Stat | undefined): number | null => (!s || s.n === 0 ? null : s.median);
const EPS = 1e-6;

export function demandLines(m: ModeResult, capability?: CapabilityResult): DemandLine[] {
  return (['lan', 'san', 'ipc'] as const).map((kind) => {
    const key = KEY[kind];
    const d = m.vm.demand?.[key];
    const series = m.perVm[key];
    let short = 0;
    if (d && d.n > 0) {
      if (d.min === d.max) {
        // One demand for every VM: count exactly, VM by VM.
        const want = d.min * (1 - EPS);
        for (let i = 0; i < series.length; i++) if (series[i]! >= 0 && series[i]! < want) short++;
      } else if (m.vm[key].median < d.median * (1 - EPS)) short = m.vm[key].n;
    }
    const demand = median(d);
    const capabilityMedian = median(capability?.vm[key]);
    return {
      kind,
      demand,
      delivered: median(m.vm[key]),
      capability: capabilityMedian,
      headroom: demand && capabilityMedian !== null ? capabilityMedian / demand : null,
      short,
      vms: m.vm[key].n,
    };
  });
}

/** Demand met for every VM and kind (and nothing unreachable). */
export const demandMet = (lines: readonly DemandLine[], m: ModeResult): boolean => lines.every((l) => l.short === 0) && m.unreachable.length === 0;

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
