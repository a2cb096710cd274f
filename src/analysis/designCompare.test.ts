import { describe, expect, it } from 'vitest';
import type { Design } from '../domain';
import { getTemplate } from '../scenarios';
import { simulate } from '../sim';
import { compareSections, serversOf, type CompareSide } from './designCompare';
import { SEED_TABLE3, SEED_TABLE3_NOTES, table3 } from './table3';

const side = (id: string, mutate: (d: Design) => Design = (d) => d): CompareSide => {
  const design = mutate(getTemplate(id)!.build());
  const result = { ...simulate(design), capability: simulate(design, { saturate: true }).modes.map((m) => ({ mode: m.mode, vm: m.vm, totals: m.totals, bottlenecks: m.bottlenecks })) };
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
});
