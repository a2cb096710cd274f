import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG } from '../catalog';
import { getTemplate } from '../scenarios';
import { simulate } from '../sim';
import { money, num, percent } from '../ui/format';
import { BOUNDS } from './bounds';
import { IOV_MODES } from './iov';
import { PriceOverrideSchema } from './design';
import { PartSchema, type Part } from './part';
import { SettingsSchema, DEFAULT_SETTINGS } from './settings';
import { WorkloadSchema } from './workload';

const numbers = (value: unknown, out: number[] = []): number[] => {
  if (typeof value === 'number') out.push(value);
  else if (ArrayBuffer.isView(value)) out.push(...Array.from(value as Float64Array));
  else if (value && typeof value === 'object') for (const v of Object.values(value)) numbers(v, out);
  return out;
};

describe('every number a user or a file can set is bounded (issue 10, item 7)', () => {
  const hca = DEFAULT_CATALOG.byId.get('hca-connectx-ddr')!;

  it('refuses 1e308 and the smallest positive double where a sane rate, price or watt is expected', () => {
    for (const patch of [{ priceUsd: 1e308 }, { powerW: 1e308 }, { portDataGbps: 1e308 }, { portDataGbps: 5e-324 }, { latencyUs: 1e308 }]) {
      expect(PartSchema.safeParse({ ...hca, ...patch }).success, JSON.stringify(patch)).toBe(false);
    }
    expect(PartSchema.safeParse({ ...hca, hostPath: { busGbps: 1e308 } }).success).toBe(false);
    expect(PriceOverrideSchema.safeParse({ priceUsd: 1e308 }).success).toBe(false);
    expect(PriceOverrideSchema.safeParse({ powerW: 1e300 }).success).toBe(false);
    expect(SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, currency: { code: 'EUR', perUsd: 1e308 } }).success).toBe(false);
    expect(WorkloadSchema.safeParse({ id: 'w', name: 'w', lanMbps: 1e308, sanMBps: 0, ipcMbps: 0, cpuGhz: 1, memoryGb: 1, ibTransport: 'ipoib' }).success).toBe(false);
    expect(WorkloadSchema.safeParse({ id: 'w', name: 'w', lanMbps: 1, sanMBps: 0, ipcMbps: 0, cpuGhz: 1, memoryGb: 5e-324, ibTransport: 'ipoib' }).success).toBe(false);
  });

  it('every catalog part sits inside the bounds', () => {
    for (const p of DEFAULT_CATALOG.parts) expect(PartSchema.safeParse(p).success, p.id).toBe(true);
  });

  it('a design at the edges of every bound still gives finite numbers, shown without ∞ or NaN', () => {
    const d = getTemplate('seed-ib-software')!.build();
    // Every part at its most extreme: the priciest, hungriest parts with the slowest ports.
    const extreme = (p: Part): Part => {
      const q = { ...p, priceUsd: BOUNDS.priceUsd[1], powerW: BOUNDS.powerW[1] } as Record<string, unknown>;
      for (const k of ['portDataGbps', 'throughputGbps', 'backplaneGbps']) if (k in q) q[k] = BOUNDS.rateGbps[0];
      if ('hostPath' in q) q.hostPath = { busGbps: BOUNDS.rateGbps[0] };
      for (const side of ['sideA', 'sideB']) if (side in q) q[side] = { ...(q[side] as object), portDataGbps: BOUNDS.rateGbps[0] };
      return PartSchema.parse(q);
    };
    const used = new Set([...d.nodes.map((n) => n.partId), ...d.nodes.flatMap((n) => (n.adapters ?? []).map((a) => a.partId))]);
    d.customParts = DEFAULT_CATALOG.parts.filter((p) => used.has(p.id)).map(extreme);
    d.settings = { ...d.settings, years: 50, energyUsdPerKwh: 100, pue: 5, currency: { code: 'EUR', perUsd: BOUNDS.perUsd[1] } };
    d.workloads = [{ ...d.workloads[0]!, lanMbps: 1e6, sanMBps: 1e6, ipcMbps: 1e6, cpuGhz: 1000, memoryGb: 0.001 }];
    const r = simulate(d);
    expect(r.modes).toHaveLength(IOV_MODES.length);
    for (const m of r.modes) {
      expect(numbers(m).every(Number.isFinite)).toBe(true);
      for (const v of [money(m.cost.tcoUsd, d.settings.currency), num(m.vm.lanGbps.min), percent(m.bottlenecks[0]?.utilization ?? 0)]) {
        expect(v).not.toMatch(/∞|NaN|Infinity/);
      }
    }
    // No VM fits at 1,000 GHz each, so none runs: TCO per VM has no value ("—"), not $0 or ∞.
    expect(r.modes[0]!.cost.perVmUsd).toBeNull();
    expect(JSON.stringify({ ...r.modes[0], perVm: undefined, cost: { ...r.modes[0]!.cost, perVmUsd: 0 } })).not.toMatch(/null/);
  });
});
