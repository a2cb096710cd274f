import { describe, expect, it } from 'vitest';
import type { Design } from '../domain';
import { getTemplate } from '../scenarios';
import { simulateWithCapability } from '../sim';
import { compareSections, serversOf, type CompareSide } from './designCompare';
import { SEED_TABLE3, SEED_TABLE3_NOTES, table3, table3FallbackNote } from './table3';
import { pairScopeText, qualitativeText, qualitativeVia } from './coverage';
import { fallbackLines } from './fallbacks';
import { buildErrors, demandLines, demandMet } from './demand';

const side = (id: string, mutate: (d: Design) => Design = (d) => d): CompareSide => {
  const design = mutate(getTemplate(id)!.build());
  const result = simulateWithCapability(design);
  return { name: design.name, servers: serversOf(result), result, includesServers: design.settings.includeServersAndStorage };
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

  it('Table 3 marks what pass-through keeps only because the InfiniHost III falls back to software', () => {
    const pa = a.result.modes.find((m) => m.mode === 'passthrough')!;
    const pb = b.result.modes.find((m) => m.mode === 'passthrough')!;
    expect(pb.supported).toBe(false);
    expect(pb.fallbacks.every((f) => f.adapterName.startsWith('InfiniHost III') && f.effective === 'software')).toBe(true);
    // Pass-through itself keeps none of the three: every "yes" here is software's.
    for (const key of ['legacyIoInVms', 'managementTransparency', 'liveMigration'] as const) {
      expect(pb.qualitative[key]).toBe(true);
      expect(qualitativeVia(pb, key)).toBe('software');
      expect(qualitativeVia(pa, key)).toBe('software');
      expect(qualitativeText(pb, key)).toBe('yes (falls back to software)');
    }
    const rows = table3(pa, pb);
    const live = rows.find((r) => r.id === 'liveMigration')!;
    expect(live.text).toBe('yes (falls back to software)');
    expect(live.via).toEqual({ a: 'software', b: 'software' });
    // Rows that are not yes/no carry no mark of their own; the column's note covers them.
    expect(rows.find((r) => r.id === 'capex')!.via).toBeUndefined();
    const note = table3FallbackNote(pa, pb)!;
    expect(note).toMatch(/^Pass-through IOV: adapters that cannot run pass-through fall back, and this column’s figures are for the mode they run\. A: GigE NIC \(128 servers, 4 per server\): no pass-through; runs in software; FC HBA 2 Gb\/s \(128 servers, 2 per server\): no pass-through; runs in software\. B: InfiniHost III Ex DDR HCA \(128 servers\): no pass-through; runs in software\.$/);
  });

  it('Table 3 marks nothing where the mode runs as asked, or where a fallback does not change the answer', () => {
    const sa = a.result.modes.find((m) => m.mode === 'software')!;
    const sb = b.result.modes.find((m) => m.mode === 'software')!;
    expect(table3(sa, sb).every((r) => r.via === undefined && !r.text.includes('falls back'))).toBe(true);
    expect(table3FallbackNote(sa, sb)).toBeNull();
    // Native: B (InfiniHost III) runs native and keeps none; A's GigE and FC fall back to software
    // and keep all three. B's "no" is its own; A's "yes" is software's.
    const na = a.result.modes.find((m) => m.mode === 'native')!;
    const nb = b.result.modes.find((m) => m.mode === 'native')!;
    const live = table3(na, nb).find((r) => r.id === 'liveMigration')!;
    expect(live.text).toBe('no');
    expect(live.via).toEqual({ a: 'software' });
    expect(table3FallbackNote(na, nb)).toMatch(/^Native IOV: .* A: GigE NIC/);
    expect(table3FallbackNote(na, nb)).not.toContain('B:');
  });

  it('the compare figures mark fallback values, and the cost and power sections say what they count', () => {
    const pt = compareSections(a, b, 'passthrough');
    expect(row(pt, 'liveMigration').via).toEqual({ a: 'software', b: 'software' });
    expect(row(compareSections(a, b, 'software'), 'liveMigration').via).toBeUndefined();
    const power = pt.find((s) => s.id === 'power')!;
    expect(power.scope).toBe('I/O + switches; servers and storage not counted');
    expect(pt.find((s) => s.id === 'cost')!.scope).toBe('I/O + switches; servers and storage not counted');
    // Switch power includes cables' (active optics draw power); servers are no row when not counted.
    expect(power.rows.map((r) => r.label)).toEqual(['I/O power (adapters, gateways)', 'Switches and cables', 'Total power']);
    const io = row(pt, 'power.io').b as number;
    const fabric = row(pt, 'power.fabric').b as number;
    expect(io + fabric).toBeCloseTo(row(pt, 'power.total').b as number, 6);
  });

  it('counts servers and storage only on the side whose settings include them, and says which', () => {
    const all = side('seed-ib-software', (d) => ({ ...d, settings: { ...d.settings, includeServersAndStorage: true } }));
    const s = compareSections(b, all, 'software');
    const power = s.find((x) => x.id === 'power')!;
    expect(power.scope).toBe('I/O + switches; servers and storage counted in B only');
    expect(row(s, 'power.servers').a).toBe(0);
    expect(row(s, 'power.servers').b as number).toBeGreaterThan(0);
    const parts = ['power.io', 'power.fabric', 'power.servers', 'power.storage'].map((id) => s.flatMap((x) => x.rows).find((r) => r.id === id)?.b ?? 0) as number[];
    expect(parts.reduce((x, y) => x + y, 0)).toBeCloseTo(row(s, 'power.total').b as number, 6);
    expect(pairScopeText(true, true)).toBe('all hardware; servers and storage included');
    expect(pairScopeText(undefined, true)).toBeNull();
  });
});
