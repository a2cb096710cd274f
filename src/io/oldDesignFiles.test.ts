import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HOURS_PER_YEAR, importDesignText } from '../domain';
import { simulate } from '../sim';

/**
 * Design files saved before the modern model (file version 2, by main at 550d2bb: `sim generate`),
 * with what that version's `sim <file> --json` printed. They open migrated to version 3 and
 * simulate to the same numbers in the three modes they had: the migration keeps the whitepaper's
 * virtual switch, which is what they were simulated with.
 */
const FILES = ['seed32', 'modern16'] as const;
const read = (name: string, dir = 'v2'): string => readFileSync(new URL(`./testing/${dir}/${name}`, import.meta.url), 'utf8');

type Stat = { n: number; min: number; median: number; max: number; mean: number };
interface Saved {
  modes: Record<string, { vm: Record<string, Stat | Record<string, Stat>>; vmsPerServer: number; capexUsd: number; tcoUsd: number; totalW: number; qualitative: Record<string, boolean>; supported: boolean }>;
}

/**
 * What changed since the files were saved, by correction, not by migration: a current link without
 * a cable part of its own now gets the cheapest cable that reaches its length at its rate
 * (catalog/cableChoice.ts) where it got a 5 m DAC whatever its length. modern16's 30 m LAN uplink
 * and 10 m storage link, both 100GbE, get a 100GbE AOC each ($300, 4.5 W) for the DAC ($60, 0 W)
 * no 10 m run can use; its sixteen 3 m server runs keep the DAC. seed32 is 2007 throughout.
 */
const AOC_FOR_DAC_ON_TWO_LINKS = { capexUsd: 2 * (300 - 60), watts: 2 * (4.5 - 0) };
const CORRECTION: Record<(typeof FILES)[number], { capexUsd: number; watts: number }> = {
  seed32: { capexUsd: 0, watts: 0 },
  modern16: AOC_FOR_DAC_ON_TWO_LINKS,
};

/** The CLI's JSON keeps 12 significant digits. */
const same = (got: number, want: number): void => expect(Math.abs(got - want)).toBeLessThanOrEqual(Math.abs(want) * 1e-11 + 1e-12);
const sameStat = (got: Stat, want: Stat): void => {
  expect(got.n).toBe(want.n);
  for (const k of ['min', 'median', 'max', 'mean'] as const) same(got[k], want[k]);
};

/** Every per-VM statistic, density, cost, power and qualitative row of every saved mode; `fix` is a correction's capex and watts (CORRECTION). */
function expectSaved(result: ReturnType<typeof simulate>, saved: Saved, fix = { capexUsd: 0, watts: 0 }, settings = { years: 0, energyUsdPerKwh: 0, pue: 1 }): void {
  const { years, energyUsdPerKwh, pue } = settings;
  const tcoFix = fix.capexUsd + (years * fix.watts * HOURS_PER_YEAR * energyUsdPerKwh * pue) / 1000;
  for (const [mode, want] of Object.entries(saved.modes)) {
    const got = result.modes.find((m) => m.mode === mode)!;
    for (const k of ['lanGbps', 'sanMBps', 'ipcGbps'] as const) sameStat(got.vm[k], want.vm[k] as Stat);
    for (const k of ['latencyUs', 'loadedLatencyUs'] as const) {
      for (const kind of ['lan', 'san', 'ipc'] as const) sameStat(got.vm[k][kind], (want.vm[k] as Record<string, Stat>)[kind]!);
    }
    expect(got.density.vmsPerServer).toBe(want.vmsPerServer);
    same(got.cost.capexUsd, want.capexUsd + fix.capexUsd);
    same(got.cost.tcoUsd, want.tcoUsd + tcoFix);
    same(got.power.totalW, want.totalW + fix.watts);
    expect(got.qualitative).toEqual(want.qualitative);
    expect(got.supported).toBe(want.supported);
  }
}

describe('design files saved before the modern model', () => {
  it.each(FILES)('%s opens (version 2 → 3) with the 2007 virtual switch and simulates to the saved numbers', (name) => {
    const imported = importDesignText(read(`${name}.json`));
    if (!imported.ok) throw new Error(imported.error.message);
    expect(imported.migratedFrom).toBe(2);
    expect(imported.design.settings.vswitch).toBe('seed-2007');
    const fix = CORRECTION[name];
    expectSaved(simulate(imported.design), JSON.parse(read(`${name}.result.json`)) as Saved, fix, imported.design.settings);
  });

  it('the modern file reads today’s kernel switch once its virtual switch follows the era', () => {
    const imported = importDesignText(read('modern16.json'));
    if (!imported.ok) throw new Error(imported.error.message);
    const saved = JSON.parse(read('modern16.result.json')) as Saved;
    const design = { ...imported.design, settings: { ...imported.design.settings, vswitch: 'era' as const } };
    const software = simulate(design, { modes: ['software'] }).modes[0]!;
    expect(software.hostPath[0]!.gbps).toBeCloseTo((4 * 2.8) / 0.25, 9); // 44.8 Gb/s, not 2.8 / 0.8 = 3.5
    expect(software.vm.lanGbps.median).toBeGreaterThan((saved.modes.software!.vm.lanGbps as Stat).median);
  });
});

/**
 * Version-3 files saved before storage arrays said which transports they serve (main at 3ad1a47:
 * `sim generate --era modern --fabric modern --servers 6 --vms 5 --san 300`, and the same with its
 * array swapped for a custom Ethernet array that names none), with that version's `sim --json`.
 * The NVMe/TCP array now serves NVMe/TCP and the custom one TCP/IP, as before: the same numbers,
 * in all four modes, on today's host software.
 */
describe('design files saved before arrays said what they serve', () => {
  it.each(['modern-nvmetcp6', 'custom-eth-array6'])('%s simulates to the saved numbers', (name) => {
    const imported = importDesignText(read(`${name}.json`, 'v3'));
    if (!imported.ok) throw new Error(imported.error.message);
    const result = simulate(imported.design);
    // Saved before cables were chosen by reach: the same 30 m LAN and 10 m storage 100GbE links as modern16 (above).
    expectSaved(result, JSON.parse(read(`${name}.result.json`, 'v3')) as Saved, AOC_FOR_DAC_ON_TWO_LINKS, imported.design.settings);
    expect(result.modes.find((m) => m.mode === 'passthrough')!.sanTransports![0]!.transport).toBe(name === 'modern-nvmetcp6' ? 'nvme-tcp' : 'tcp');
  });
});
