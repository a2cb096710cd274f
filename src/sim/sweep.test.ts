import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IOV_MODES, type Design } from '../domain';
import { generateDesign, TEMPLATES } from '../scenarios';
import { arbDesign } from '../scenarios/testing/arbitraryFabric';
import { FIGURE_TOLERANCE } from './nMinus1';
import { simulate } from './simulate';
import { demandGbps, KIND_IPC, KIND_LAN, KIND_SAN, workloadOf } from './workloads';
import type { ModeResult } from '../domain';
import { sweepBase, sweepPoint, withSweepValue, type SweepAxis, type SweepModePoint } from './sweep';

/**
 * A sweep point solves groups of interchangeable flows (flowGroups.ts) instead of every flow: its
 * figures must be those of a whole simulation of the design at that value, every mode, within
 * FIGURE_TOLERANCE (sums run in another order), with the same verdict.
 */
/** The first reason a whole result does not meet demand, read VM by VM (what a sweep point says, by groups). */
function shortfallOf(design: Design, m: ModeResult): string {
  if (m.unreachable.length > 0) return 'VMs with no path';
  const over = m.density.groups.find((g) => g.planned > g.fit);
  if (over) return `${over.planned} VMs planned, ${over.fit} fit (${over.limitedBy === 'adapter-vms' ? 'virtual functions' : over.limitedBy})`;
  const s = m.perVm;
  for (let vm = 0; vm < s.server.length; vm++) {
    const d = [KIND_LAN, KIND_SAN, KIND_IPC].map((k) => demandGbps(workloadOf(design, s.server[vm]!), k));
    if (s.lanGbps[vm]! >= 0 && s.lanGbps[vm]! < d[0]! * 0.999) return 'LAN demand not met';
    if (s.sanMBps[vm]! >= 0 && (s.sanMBps[vm]! * 8) / 1000 < d[1]! * 0.999) return 'SAN demand not met';
    if (s.ipcGbps[vm]! >= 0 && s.ipcGbps[vm]! < d[2]! * 0.999) return 'server-to-server demand not met';
  }
  return '';
}

function wholePoint(design: Design, axis: SweepAxis, value: number): SweepModePoint[] {
  const d = withSweepValue(design, axis, value);
  const r = simulate(d);
  return r.modes.map((m) => {
    const shortfall = shortfallOf(d, m);
    return {
      mode: m.mode,
      lanGbps: m.vm.lanGbps.median,
      sanMBps: m.vm.sanMBps.median,
      ipcGbps: m.vm.ipcGbps.median,
      ipcLatencyUs: m.vm.loadedLatencyUs.ipc.median,
      vmsFit: m.density.vmsPerServer,
      costPerVmUsd: m.cost.perVmUsd ?? NaN,
      meetsDemand: shortfall === '',
      shortfall,
    };
  });
}

const close = (a: number, b: number): boolean => a === b || (Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) <= FIGURE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
const FIGURES = ['lanGbps', 'sanMBps', 'ipcGbps', 'ipcLatencyUs', 'vmsFit', 'costPerVmUsd'] as const;

/** Every figure of every mode within tolerance, and the same verdict and words; the first difference otherwise. */
function difference(design: Design, axis: SweepAxis, value: number): string | null {
  const got = sweepPoint(sweepBase(design), axis, value).modes;
  const want = wholePoint(design, axis, value);
  expect(got.map((m) => m.mode)).toEqual([...IOV_MODES]);
  for (const [i, w] of want.entries()) {
    const g = got[i]!;
    for (const k of FIGURES) if (!close(g[k], w[k])) return `${axis}=${value} ${w.mode} ${k}: ${g[k]} vs ${w[k]}`;
    if (g.shortfall !== w.shortfall || g.meetsDemand !== w.meetsDemand) return `${axis}=${value} ${w.mode}: '${g.shortfall}' vs '${w.shortfall}'`;
  }
  return null;
}

const POINTS: Record<SweepAxis, number[]> = { vmsPerServer: [1, 3, 16, 33, 64], workloadScale: [0.25, 1, 3, 8] };

describe('a sweep point equals a whole simulation at that value', () => {
  it.each(TEMPLATES.map((t) => [t.id, t] as const))('%s, both axes, every mode', (_, t) => {
    const design = t.build();
    for (const axis of ['vmsPerServer', 'workloadScale'] as const) for (const v of POINTS[axis]) expect(difference(design, axis, v)).toBeNull();
  }, 60_000);

  it('on a generated fabric of 40 servers, congested and not', () => {
    const design = generateDesign({ servers: 40, vms: 8 });
    for (const [axis, v] of [['vmsPerServer', 20], ['workloadScale', 1], ['workloadScale', 6]] as const) expect(difference(design, axis, v)).toBeNull();
  }, 60_000);

  it('on random fabrics: uneven VM counts, two workloads, meshed rails, demands scaled until links saturate, VMs that do not fit', () => {
    fc.assert(
      fc.property(arbDesign, fc.constantFrom<[SweepAxis, number]>(['vmsPerServer', 7], ['vmsPerServer', 40], ['workloadScale', 0.5], ['workloadScale', 4], ['workloadScale', 20]), (design, [axis, v]) => {
        expect(difference(design, axis, v)).toBeNull();
      }),
      { numRuns: 120 },
    );
  }, 120_000);
});
