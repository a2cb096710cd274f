import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { catalogFor } from '../../catalog';
import type { Design } from '../../domain';
import { getTemplate, TEMPLATES } from '../../scenarios';
import { cablingMap, simulate } from '../../sim';
import { cablingCsv } from '../export/csv';
import { importCablingSheet } from './cablingSheet';
import { deviceMapOf, readDeviceMap, type DeviceMap } from './deviceMap';

const sheetOf = (d: Design): string => cablingCsv(cablingMap(d, catalogFor(d)));

describe('cabling sheet import', () => {
  it.each(TEMPLATES.map((t) => t.id))('round trip of %s (design → cabling map → import) simulates to the same numbers', (id) => {
    const d = getTemplate(id)!.build();
    const r = importCablingSheet(sheetOf(d), deviceMapOf(d));
    if (!r.ok) throw new Error(r.message);
    expect(r.design.links.map((l) => [l.id, l.lanes, l.mesh ?? false])).toEqual(d.links.map((l) => [l.id, l.lanes, l.mesh ?? false]));
    expect(simulate(r.design).modes).toEqual(simulate(d).modes);
  }, 30_000);

  it('reads a short bring-up sheet (device, port, device, port) with groups named by number, worked by hand', () => {
    // 4 servers with one 2-port IB HCA each, port 1 to two leaves in blocks (servers 1–2 → leaf 1,
    // 3–4 → leaf 2), and two lanes from each leaf to one spine: 4 + 4 = 8 cables.
    const sheet = ['device,port,device,port,length (m)', 'srv-01,HCA/1,leaf-1,1,2', 'srv-02,HCA/1,leaf-1,2,2', 'srv-03,1/1,leaf-2,1,2', 'srv-04,HCA/1,leaf-2,2,2', 'leaf-1,20,spine,1,10', 'leaf-1,21,spine,2,10', 'leaf-2,20,spine,3,10', 'leaf-2,21,spine,4,10'].join('\n');
    const map: DeviceMap = {
      format: 'iov-planner/device-map',
      version: 1,
      devices: {
        srv: { partId: 'srv-blade-2007', vmsPerServer: 8, adapters: [{ id: 'hca', partId: 'hca-infinihost3-ddr' }] },
        leaf: { partId: 'sw-ib-ddr-24' },
        spine: { partId: 'sw-ib-ddr-24' },
      },
    };
    const r = importCablingSheet(sheet, map);
    if (!r.ok) throw new Error(r.message);
    expect(r.design.nodes.map((n) => [n.id, n.count])).toEqual([['srv', 4], ['leaf', 2], ['spine', 1]]);
    expect(r.design.links.map((l) => [l.a.node, l.a.handle, l.b.node, l.lanes, l.lengthM])).toEqual([['srv', 'a/hca/0', 'leaf', 1, 2], ['leaf', 'p', 'spine', 2, 10]]);
    expect(cablingMap(r.design, catalogFor(r.design))).toHaveLength(8);
  });

  const ib = getTemplate('seed-ib-software')!.build();
  const good = sheetOf(ib);
  const lines = good.split('\r\n');
  const table = Papa.parse<string[]>(good, { skipEmptyLines: true }).data;
  /** The sheet with row `row` (1-based, the header is row 1) changed. */
  const edit = (row: number, f: (cells: string[]) => string[]): string => Papa.unparse(table.map((c, i) => (i === row - 1 ? f([...c]) : c)));
  const cell = (row: number, col: number, v: string): string => edit(row, (c) => c.map((x, i) => (i === col ? v : x)));
  // Column indexes of the cabling map: 1 Link ID, 2 Lane, 3 A device, 4 A node ID, 5 A member, 6 A adapter, 7 A port, …, 16 Cable part ID, 17 Length.
  const MALFORMED: Array<[string, string, RegExp]> = [
    ['no Z port column', good.replace(',Z port,', ',Zport,'), /^row 1$/],
    ['a member that is not a number', cell(3, 5, 'two'), /^row 3, column 'A member'$/],
    ['port 0', cell(2, 7, '0'), /^row 2, column 'A port'$/],
    ['a port used twice', edit(3, () => [...table[1]!]), /^row 3, column 'A port'$/],
    ['an adapter the server does not have', cell(4, 6, 'Some NIC'), /^row 4, column 'A adapter'$/],
    ['a gateway side that is neither A nor B', edit(162, (c) => c.map((x, i) => (i === 6 ? 'Side C (InfiniBand)' : x))), /^row 162, column 'A adapter'$/],
    ['a cable part that is not in the catalog', cell(5, 16, 'cab-nonexistent'), /^row 5, column 'Cable part ID'$/],
    ['a length that is not a number', cell(2, 17, 'three'), /^row 2, column 'Length \(m\)'$/],
    ['a link id reused for other ports', cell(162, 1, 'l1'), /^row 162, column 'Link ID'$/],
    ['a link whose members are not paired in blocks', lines.filter((_, i) => i !== 5).join('\r\n'), /^row 2, column 'A member'$/],
    ['an unbalanced quote', lines.map((l, i) => (i === 5 ? l.replace('Blade servers', '"Blade servers') : l)).join('\r\n'), /^row \d+/],
    ['an empty device', cell(7, 8, ''), /^row 7, column 'Z device'$/],
    ['a device the map does not know', edit(8, (c) => c.map((x, i) => (i === 8 ? 'Mystery box' : i === 9 ? 'mystery' : x))), /^devices$/],
  ];

  it.each(MALFORMED)('refuses %s, naming the row and column', (_, sheet, where) => {
    const r = importCablingSheet(sheet, deviceMapOf(ib));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]?.path).toMatch(where);
    expect(r.message).toContain(r.issues[0]!.path);
  });

  it('refuses an oversized or empty sheet before parsing it, and a device map that is not one', () => {
    const big = importCablingSheet('x'.repeat(21 * 1024 * 1024), deviceMapOf(ib));
    expect(!big.ok && big.message).toMatch(/larger than 20.0 MB/);
    expect(importCablingSheet('\uFEFF  \n', deviceMapOf(ib))).toMatchObject({ ok: false, message: 'The cabling sheet is empty.' });
    const map = readDeviceMap(JSON.stringify({ format: 'iov-planner/device-map', version: 1, devices: { leaf: { partId: '' } } }));
    expect(!map.ok && map.message).toMatch(/devices\.leaf\.partId/);
  });

  it('never throws, whatever the sheet (2,400 fuzzed inputs)', () => {
    const map = deviceMapOf(ib);
    const small = lines.slice(0, 40);
    const mutated = fc.tuple(fc.array(fc.tuple(fc.nat(small.length - 1), fc.nat(20), fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('', '0', '-1', '"', ',', '\n', 'Side B', '999999', 'leaf', 'servers', 'l1', '1.5e3'))), { maxLength: 6 }), fc.boolean()).map(([edits, dropHeader]) => {
      const rows = small.map((l) => l.split(','));
      for (const [r, c, v] of edits) if (rows[r]) rows[r]![c % rows[r]!.length] = v;
      return (dropHeader ? rows.slice(1) : rows).map((r) => r.join(',')).join('\r\n');
    });
    const grid = fc.array(fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('A device', 'A port', 'Z device', 'Z port', 'device', 'port', 'servers', 'leaf', '1', 'HCA/1')), { maxLength: 8 }), { maxLength: 8 }).map((g) => g.map((r) => r.join(',')).join('\n'));
    fc.assert(
      fc.property(fc.oneof(mutated, grid, fc.string({ maxLength: 200 })), (sheet) => {
        const r = importCablingSheet(sheet, map);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(r.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 2400, seed: 25 },
    );
  }, 60_000);
});
