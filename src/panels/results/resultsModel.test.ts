import { describe, expect, it } from 'vitest';
import type { Bottleneck, ModeResult, Stat } from '../../domain';
import { getTemplate } from '../../scenarios';
import { simulate } from '../../sim';
import { bandwidthRows, compareModes, costRows, latencyRows, powerRows, refusalOf, shares, statusText, queueingNotes, topBottlenecks, whereText } from './resultsModel';
import { modeTable } from './modeTable';

const result = simulate(getTemplate('seed-ib-software')!.build());
const software = result.modes.find((m) => m.mode === 'software')!;
const none: Stat = { n: 0, min: 0, median: 0, max: 0, mean: 0 };

describe('bandwidthRows', () => {
  it('gives min / median / max with units, one row per flow kind', () => {
    const rows = bandwidthRows(software);
    expect(rows.map((r) => r.label)).toEqual(['LAN', 'SAN', 'Server-to-server']);
    expect(rows[0]!.median).toMatch(/ Gb\/s$/);
    expect(rows[1]!.median).toMatch(/ MB\/s$/);
  });

  it('shows — for a flow no VM has, never 0', () => {
    const m: ModeResult = { ...software, vm: { ...software.vm, sanMBps: none } };
    const san = bandwidthRows(m)[1]!;
    expect([san.min, san.median, san.max]).toEqual(['—', '—', '—']);
    expect(san.spread).toBe(false);
  });
});

describe('latencyRows', () => {
  it('reports unloaded and loaded medians in µs', () => {
    const rows = latencyRows(software);
    for (const r of rows) {
      expect(r.unloaded).toMatch(/µs$/);
      expect(r.loaded).toMatch(/µs$/);
    }
  });
});

describe('statusText', () => {
  const base = { revision: 3, resultRevision: 3, lastMs: 12.4 };
  it('is up to date only for the current revision', () => {
    expect(statusText({ ...base, status: 'ready' })).toEqual({ text: 'Up to date · 12 ms', tone: 'ok' });
    expect(statusText({ ...base, status: 'ready', resultRevision: 2 }).text).toBe('Computing…');
    expect(statusText({ ...base, status: 'computing' }).text).toBe('Computing…');
    expect(statusText({ ...base, status: 'error' }).tone).toBe('error');
    expect(statusText({ ...base, status: 'ready', lastMs: null }).text).toBe('Up to date');
  });

  it('a design the engine refused (too large) reads as such, never "Up to date"', () => {
    const refused = { modes: [], findings: [{ code: 'too-large' as const, severity: 'error' as const, message: 'The design is too large to simulate: …' }] };
    expect(statusText({ ...base, status: 'ready', result: refused })).toEqual({ text: 'Too large to simulate', tone: 'error' });
    expect(refusalOf(refused)).toBe('The design is too large to simulate: …');
    expect(refusalOf({ modes: [], findings: [] })).toBeNull();
  });

  it('a design with error findings says it is not buildable as drawn, never "Up to date" alone', () => {
    const overflow = { code: 'port-overflow' as const, severity: 'error' as const, message: '"IB leaf switches" needs 129 ports; it has 24.' };
    const warning = { code: 'rate-mismatch' as const, severity: 'warning' as const, message: 'slower end' };
    const result = { modes: [], findings: [overflow, warning, { ...overflow, message: 'another' }] };
    expect(statusText({ ...base, status: 'ready', result: { ...result, modes: [{ findings: [] }] as never } })).toEqual({ text: 'Not buildable as drawn: 2 errors · Up to date · 12 ms', tone: 'error' });
  });
});

describe('topBottlenecks', () => {
  it('keeps the five busiest, busiest first', () => {
    const b = (u: number, flows = 1): Bottleneck => ({ resource: `r${u}-${flows}`, label: 'x', kind: 'link', utilization: u, flows });
    const top = topBottlenecks([b(0.2), b(1), b(0.5), b(1, 9), b(0.9), b(0.7), b(0.1)]);
    expect(top.map((x) => [x.utilization, x.flows])).toEqual([[1, 9], [1, 1], [0.9, 1], [0.7, 1], [0.5, 1]]);
  });
});

describe('cost and power', () => {
  it('formats money in the design currency', () => {
    const rows = costRows(software.cost, software.vm.count, { code: 'EUR', perUsd: 0.5 });
    expect(rows[0]!.value).toBe('€177,955');
    expect(rows[3]!.label).toBe('TCO over 3 years');
  });

  it('power: the parts add up to a total that says what it counts', () => {
    expect(powerRows(software.power, false)).toEqual([
      { label: 'I/O (adapters + gateways)', value: '1,706 W' },
      { label: 'Switches and cables', value: '1,100 W' },
      { label: 'Total, I/O + switches', value: '2,806 W', total: true },
    ]);
    const all = { ...software.power, byCategoryW: { ...software.power.byCategoryW, servers: 37_120, storage: 500 }, totalW: software.power.totalW + 37_620 };
    expect(powerRows(all, true).map((r) => `${r.label}: ${r.value}`)).toEqual([
      'I/O (adapters + gateways): 1,706 W',
      'Switches and cables: 1,100 W',
      'Servers: 37,120 W',
      'Storage: 500 W',
      'Total, all hardware: 40,426 W',
    ]);
  });

  it('splits a total into non-zero shares, largest first', () => {
    const s = shares({ adapters: 10, switches: 30, gateways: 0, cables: 10, servers: 0, storage: 0 });
    expect(s.map((x) => x.key)).toEqual(['switches', 'adapters', 'cables']);
    expect(s[0]!.share).toBeCloseTo(0.6);
  });
});

describe('modeTable', () => {
  it('marks the qualitative values pass-through keeps only because the HCA runs in software, and scopes power', () => {
    const t = modeTable(result, { code: 'USD', perUsd: 1 });
    const live = t.rows.find((r) => r.id === 'migration')!;
    expect(live.values).toEqual(['yes', 'no', 'yes †', 'yes']); // offload keeps live migration in its own right
    expect(t.marks).toEqual(['† Pass-through: software’s answer; its adapters fall back to software.']);
    expect(t.rows.find((r) => r.id === 'power')!.label).toBe('Power, I/O + switches');
    expect(modeTable(result, { code: 'USD', perUsd: 1 }, true).rows.find((r) => r.id === 'power')!.label).toBe('Power, all hardware');
  });
});

describe('compareModes', () => {
  it('puts the four modes side by side and marks the best', () => {
    const { modes, columns } = compareModes(result, { code: 'USD', perUsd: 1 });
    expect(modes.map((m) => m.label)).toEqual(['Software', 'Native', 'Pass-through', 'Offload (vDPA)']);
    expect(columns.map((c) => c.label)).toEqual(['Server-to-server per VM', 'VMs per server that fit', 'Capex']);
    const vms = columns[1]!;
    expect(vms.values).toHaveLength(4);
    expect(vms.values[0]).toMatch(/VMs$/);
    expect(columns[0]!.best).not.toBe(0); // software IOV is the slow one for IPC
  });
});

describe('which instance of a bottleneck row to look at', () => {
  it('says whether every member runs as hot, or which one is the busiest', () => {
    expect(whereText({ busiest: '"FC switches" #1 ports 27–30 → "SAN" #1 ports 1–4, 4 lanes', instances: 10, atPeak: 10 })).toBe('All 10 alike, e.g. "FC switches" #1 ports 27–30 → "SAN" #1 ports 1–4, 4 lanes');
    expect(whereText({ busiest: '"SAN" #1', instances: 5, atPeak: 1 })).toBe('Busiest: "SAN" #1 (1 of 5 this busy)');
    expect(whereText({ busiest: '"LAN" ports 1–6', instances: 1, atPeak: 1 })).toBe('"LAN" ports 1–6');
    expect(whereText({})).toBe('');
  });
});

describe('where a loaded latency comes from', () => {
  it('names the hop, how busy it is and what it adds, only above twice the unloaded latency', () => {
    const hop = { where: 'cable "GigE switches" #1 ports 5–6 → "LAN" ports 1–2', utilization: 0.97, loadedUs: 1657.6, unloadedUs: 65.83, addedUs: 1564.6 };
    const m = { vm: { queueing: { lan: hop } } } as unknown as ModeResult;
    expect(queueingNotes(m)).toEqual(['Slowest LAN flow: 1,658 µs loaded, 65.8 µs unloaded — queueing at cable "GigE switches" #1 ports 5–6 → "LAN" ports 1–2 (97% busy) adds 1,565 µs.']);
    expect(queueingNotes({ vm: {} } as unknown as ModeResult)).toEqual([]);
  });
});
