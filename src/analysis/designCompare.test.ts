import { describe, expect, it } from 'vitest';
import type { Design } from '../domain';
import { getTemplate } from '../scenarios';
import { simulateWithCapability } from '../sim';
import { compareSections, serversOf, type CompareSide } from './designCompare';
import { SEED_TABLE3, SEED_TABLE3_NOTES, table3 } from './table3';
import { fallbackLines } from './fallbacks';
import { buildErrors, demandLines, demandMet } from './demand';

const side = (id: string, mutate: (d: Design) => Design = (d) => d): CompareSide => {
  const design = mutate(getTemplate(id)!.build());
  const result = simulateWithCapability(design);
  return { name: design.name, servers: serversOf(result), result };
};

const row = (sections: ReturnType<typeof compareSections>, id: string) => sections.flatMap((s) => s.rows).find((r) => r.id === id)!;

describe('compare A against B', () => {
  const a = side('seed-baseline-gige-fc');
  const b = side('seed-ib-software');

  it('reads the seed’s Table 1 figures off the two templates: capex and I/O power', () => {
    const s = compareSections(a, b, 'software');
    const capex = row(s, 'capex.total');
    expect(capex.a as number).toBeGreaterThan(870_000 * 0.98);
    expect(capex.a as number).toBeLessThan(880_000);
    expect(capex.b as number).toBeGreaterThan(350_000);
    expect(capex.b as number).toBeLessThan(360_000);
    expect(capex.delta).toBeCloseTo((capex.b as number) - (capex.a as number));
    const io = row(s, 'power.io');
    expect(Math.round(io.a as number)).toBe(2304);
    expect(Math.round(io.b as number)).toBe(1706);
    // The categories add up to the total.
    const parts = ['adapters', 'switches', 'gateways', 'cables'].map((k) => row(s, `capex.${k}`).a as number);
    expect(parts.reduce((x, y) => x + y, 0)).toBeCloseTo(capex.a as number, 0);
    expect(row(s, 'adapters.perServer').a).toBe(6);
    expect(row(s, 'adapters.perServer').b).toBe(1);
  });

  it('gives demand, delivered and capability per VM, per mode', () => {
    const native = compareSections(a, b, 'native');
    expect(row(native, 'lan.demand').a).toBeCloseTo(0.015);
    expect(row(native, 'lan.delivered').b).toBeCloseTo(0.015);
    expect(row(native, 'lan.capability').b as number).toBeGreaterThan(0.015);
    expect(row(native, 'vmsPerServer').b).toBeGreaterThan(row(native, 'vmsPerServer').a as number);
    expect(row(native, 'legacyIoInVms').b).toBe(false);
  });

  it('divides cost per VM by the VMs that run, not the VMs planned', () => {
    const crowded = side('seed-ib-software', (d) => ({ ...d, nodes: d.nodes.map((n) => (n.vmsPerServer ? { ...n, vmsPerServer: 40 } : n)) }));
    const m = crowded.result.modes.find((x) => x.mode === 'software')!;
    expect(m.density.vmsPlanned).toBe(128 * 40);
    expect(m.density.vmsRunning).toBe(128 * m.density.vmsPerServer);
    expect(m.cost.perVmUsd).toBeCloseTo(m.cost.tcoUsd / (128 * m.density.vmsPerServer));
  });

  it('regenerates Table 3 and says where the whitepaper’s own figure differs', () => {
    const rows = table3(a.result.modes[0]!, b.result.modes[0]!);
    const san = rows.find((r) => r.id === 'sanThroughputPerAdapter')!;
    expect(san.ratio!).toBeGreaterThan(6);
    expect(san.ratio!).toBeLessThan(7.5);
    expect(SEED_TABLE3.sanThroughputPerAdapter!.software).toContain('10 × 2 Gb/s FC');
    expect(SEED_TABLE3_NOTES.sanThroughputPerAdapter).toMatch(/10 times 2 Gb\/s FC/);
    expect(rows.find((r) => r.id === 'capex')!.text).toBe('59% cheaper');
  });

  it('says each fallback once per part and mode, not once per adapter instance', () => {
    const native = a.result.modes.find((m) => m.mode === 'native')!;
    const lines = fallbackLines(native);
    expect(lines).toHaveLength(native.fallbacks.length > 0 ? new Set(native.fallbacks.map((f) => f.adapterPart)).size : 0);
    const total = lines.reduce((t, l) => t + l.adapters, 0);
    expect(total).toBe(768);
    expect(lines.every((l) => l.servers === 128 && /\(128 servers.*\): no native; runs in software$/.test(l.text))).toBe(true);
  });

  it('demand: met in native, short in software for server-to-server (300 Mb/s asked through the virtual switch)', () => {
    const sw = b.result.modes.find((m) => m.mode === 'software')!;
    const nat = b.result.modes.find((m) => m.mode === 'native')!;
    const lsw = demandLines(sw, b.result.capability!.find((c) => c.mode === 'software'));
    expect(demandMet(lsw, sw)).toBe(false);
    expect(lsw.find((l) => l.kind === 'ipc')!.short).toBe(2048);
    expect(lsw.find((l) => l.kind === 'lan')!.headroom!).toBeGreaterThan(1);
    expect(demandMet(demandLines(nat), nat)).toBe(true);
    expect(buildErrors(b.result)).toEqual([]);
  });
});
