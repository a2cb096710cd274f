import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG, MODEL_PARAMS } from '../catalog';
import { TEMPLATES, generateDesign } from '../scenarios';
import type { Part } from '../domain';
import { simulate } from './simulate';
import { tinyIbDesign } from '../scenarios/testDesigns';

const price = (id: string): number => (DEFAULT_CATALOG.byId.get(id) as Part).priceUsd;
const watts = (id: string): number => (DEFAULT_CATALOG.byId.get(id) as Part).powerW;
const finite = (v: unknown): boolean => JSON.stringify(v, (_k, x) => (typeof x === 'number' && !Number.isFinite(x) ? 'BAD' : x)).includes('BAD') === false;

describe('simulate on the templates', () => {
  for (const t of TEMPLATES) {
    it(`${t.id}: every VM reaches LAN, SAN and its peer; numbers are finite`, () => {
      const r = simulate(t.build());
      expect(r.modes.map((m) => m.mode)).toEqual(['software', 'native', 'passthrough', 'offload']);
      for (const m of r.modes) {
        expect(m.unreachable).toEqual([]);
        expect(m.vm.count).toBe(t.id.startsWith('seed-') ? 128 * 16 : 32 * 32); // the modern pair: 32 servers × 32 VMs
        expect(m.vm.lanGbps.min).toBeGreaterThan(0);
        expect(m.vm.sanMBps.min).toBeGreaterThan(0);
        expect(m.vm.ipcGbps.min).toBeGreaterThan(0);
        expect(finite({ ...m, perVm: undefined })).toBe(true);
      }
      expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    });
  }

  it('does not depend on the IOV mode setting: every run computes all three modes', () => {
    // What lets a mode switch show at once, without a run (store/simulation.ts affectsResults).
    for (const t of TEMPLATES) {
      const d = t.build();
      const runs = (['software', 'native', 'passthrough'] as const).map((mode) => ({ ...simulate({ ...d, settings: { ...d.settings, mode } }), elapsedMs: 0 }));
      expect(runs[1]).toEqual(runs[0]);
      expect(runs[2]).toEqual(runs[0]);
    }
  });

  it('is deterministic: the same design gives identical results', () => {
    const d = TEMPLATES[1]!.build();
    const a = simulate(d);
    const b = simulate(d);
    expect({ ...a, elapsedMs: 0 }).toEqual({ ...b, elapsedMs: 0 });
  });
});

describe('routing through gateways', () => {
  it('reaches the LAN from an InfiniBand HCA through the IB↔Ethernet gateway', () => {
    const r = simulate(tinyIbDesign({ storage: 'ib' }), { modes: ['software'] }).modes[0]!;
    expect(r.unreachable).toEqual([]);
    expect(r.links.l3!.loadGbps).toBeGreaterThan(0); // gateway → LAN cable carries the LAN flows
  });

  it('names the missing gateway when FC storage cannot be reached from InfiniBand', () => {
    const r = simulate(tinyIbDesign({ storage: 'fc-no-gateway' }), { modes: ['software'] }).modes[0]!;
    const san = r.unreachable.find((u) => u.kind === 'san')!;
    expect(san.vms).toBe(2);
    expect(san.reason).toMatch(/No gateway from InfiniBand to Fibre Channel/);
    expect(r.findings.some((f) => f.code === 'no-san-path')).toBe(true);
  });

  it('says the design has no storage when there is none', () => {
    const r = simulate(tinyIbDesign({ storage: 'none' }), { modes: ['software'] }).modes[0]!;
    expect(r.unreachable.find((u) => u.kind === 'san')!.reason).toBe('The design has no storage.');
  });
});

describe('metrics on a hand-checked design', () => {
  const d = tinyIbDesign({ storage: 'none', workload: { sanMBps: 0, ipcMbps: 0 } });

  it('bandwidth: two VMs share the virtual switch (software) or the IPoIB stack (native)', () => {
    const r = simulate(d, { saturate: true });
    const vswitch = 2.66 / MODEL_PARAMS.softwareNetGhzPerGbps.value;
    expect(r.modes[0]!.vm.lanGbps.median).toBeCloseTo(vswitch / 2, 9);
    expect(r.modes[0]!.bottlenecks[0]!.kind).toBe('host-path');
    expect(r.modes[1]!.vm.lanGbps.median).toBeCloseTo(4.5 / 2, 9);
  });

  it('latency: host path + stack + adapter + switch hop + gateway + wire', () => {
    const r = simulate(d, { modes: ['software'] }).modes[0]!;
    const P = MODEL_PARAMS;
    const expected = P.hostPathLatencyUs.software.value + P.transportLatencyUs.ipoib.value + 1.9 + 0.2 + 8 + 3 * 3 * 0.005;
    expect(r.vm.latencyUs.lan.median).toBeCloseTo(expected, 9);
    expect(r.vm.loadedLatencyUs.lan.median).toBeGreaterThanOrEqual(r.vm.latencyUs.lan.median);
  });

  it('cost, power and ports add up from the catalog', () => {
    const r = simulate(d, { modes: ['software'] }).modes[0]!;
    const capex = price('hca-infinihost3-ddr') + price('sw-ib-ddr-24') + price('gw-ib-eth-6') + 2 * price('cab-ib-cx4') + 6 * price('cab-cat5e');
    expect(r.cost.capexUsd).toBeCloseTo(capex, 6);
    expect(r.power.ioW).toBeCloseTo(watts('hca-infinihost3-ddr') + watts('gw-ib-eth-6'), 9);
    expect(r.power.fabricW).toBeCloseTo(watts('sw-ib-ddr-24'), 9);
    expect(r.ports).toMatchObject({ perServer: 1, adapters: 1, cables: 8, switchPorts: 2, serverPorts: 1 });
    const s = d.settings;
    const energy = (r.power.totalW / 1000) * 8766 * s.energyUsdPerKwh * s.pue;
    expect(r.cost.energyUsdPerYear).toBeCloseTo(energy, 6);
    expect(r.cost.maintenanceUsdPerYear).toBe(s.maintenanceUsdPerPortYear);
    expect(r.cost.tcoUsd).toBeCloseTo(capex + s.years * (energy + s.maintenanceUsdPerPortYear), 6);
    expect(r.cost.perVmUsd).toBeCloseTo(r.cost.tcoUsd / 2, 6);
  });

  it('density: CPU per VM = application + I/O CPU of the mode', () => {
    const r = simulate(d, { modes: ['software', 'native'] });
    const w = d.workloads[0]!;
    const sw = r.modes[0]!.density.groups[0]!;
    expect(sw.ioGhzPerVm).toBeCloseTo((w.lanMbps / 1000) * MODEL_PARAMS.ioGhzPerGbps.software.ipoib, 9);
    expect(sw.fit).toBe(Math.min(Math.floor((21.28 * 0.9) / (w.cpuGhz + sw.ioGhzPerVm)), Math.floor((32 * 0.9) / w.memoryGb)));
    expect(r.modes[1]!.density.groups[0]!.ioGhzPerVm).toBeLessThan(sw.ioGhzPerVm);
  });

  it('falls back to software, with a reason, where an adapter lacks the mode', () => {
    const r = simulate(d, { modes: ['passthrough'] }).modes[0]!;
    expect(r.supported).toBe(false);
    expect(r.fallbacks[0]).toMatchObject({ adapterPart: 'hca-infinihost3-ddr', requested: 'passthrough', effective: 'software' });
    expect(r.qualitative).toEqual({ legacyIoInVms: true, managementTransparency: true, liveMigration: true });
  });
});

describe('validation findings', () => {
  it('reports slot overflow, uncabled adapters and rate mismatches', () => {
    const d = tinyIbDesign();
    const srv = d.nodes[0]!;
    srv.adapters = [...srv.adapters!, { id: 'x1', partId: 'nic-gige-1p' }, { id: 'x2', partId: 'nic-gige-1p' }];
    d.nodes.push({ id: 'fast', partId: 'sw-ib-qdr-36', label: 'QDR', position: { x: 0, y: 0 }, count: 1 });
    d.links.push({ id: 'mm', a: { node: 'sw', handle: 'p' }, b: { node: 'fast', handle: 'p' }, lanes: 1, lengthM: 1 });
    const codes = simulate(d).findings.map((f) => f.code);
    expect(codes).toContain('slot-overflow');
    expect(codes).toContain('unconnected-port');
    expect(codes).toContain('rate-mismatch');
  });

  it('refuses a design over the supported size with a clear message', () => {
    const d = tinyIbDesign();
    d.nodes = Array.from({ length: 5001 }, (_, i) => ({ id: `n${i}`, partId: 'sw-ib-ddr-24', label: 'x', position: { x: 0, y: 0 }, count: 1 }));
    const r = simulate(d);
    expect(r.modes).toEqual([]);
    expect(r.findings[0]!.code).toBe('too-large');
  });
});

describe('generated designs', () => {
  it('routes every VM of a 200-server design', () => {
    const r = simulate(generateDesign({ servers: 200, vms: 10 }), { modes: ['native'] }).modes[0]!;
    expect(r.flows).toBe(200 * 10 * 3);
    expect(r.unreachable).toEqual([]);
  });
});
