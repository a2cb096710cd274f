import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { catalogFor } from '../../catalog';
import type { Design } from '../../domain';
import { getTemplate, TEMPLATES } from '../../scenarios';
import { simulate } from '../../sim';
import { importCablingSheet } from './cablingSheet';
import { deviceMapOf, readDeviceMap, type DeviceMap } from './deviceMap';
import { NETBOX_COLUMNS, netboxZip } from './netbox';
import { withNetboxDevices } from './netboxImport';

const unzip = (d: Design): Record<string, string> => Object.fromEntries(Object.entries(unzipSync(netboxZip(d, catalogFor(d), Date.UTC(2026, 4, 3)).bytes)).map(([k, v]) => [k, strFromU8(v)]));
const header = (csv: string): string[] => Papa.parse<string[]>(csv, { preview: 1 }).data[0]!;

/** Our NetBox export back in: the cables CSV as a cabling sheet, parts from the devices CSV. */
function importBack(files: Record<string, string>, map: DeviceMap, d: Design) {
  const m = withNetboxDevices(map, files['devices.csv']!, catalogFor(d));
  if (!m.ok) throw new Error(m.message);
  return importCablingSheet(files['cables.csv']!, m.map);
}

describe('NetBox', () => {
  it.each(TEMPLATES.map((t) => t.id))('%s: device types and CSVs NetBox imports, and back to the same numbers', (id) => {
    const d = getTemplate(id)!.build();
    const files = unzip(d);
    const types = Object.keys(files).filter((f) => f.startsWith('device-types/'));
    expect(types.length).toBe(new Set(d.nodes.map((n) => n.partId)).size);
    for (const f of types) {
      const [doc, ...more] = parseAllDocuments(files[f]!);
      expect(more).toHaveLength(0);
      const t = doc!.toJS() as Record<string, unknown>;
      // The devicetype-library's required keys, and its list keys where the part has them.
      expect(Object.keys(t)).toEqual(expect.arrayContaining(['manufacturer', 'model', 'slug', 'u_height', 'power-ports']));
      expect(t.slug).toMatch(/^[a-z0-9-]+$/);
      for (const i of (t.interfaces as Array<Record<string, unknown>> | undefined) ?? []) expect(i.type).not.toBe('other');
    }
    for (const [file, cols] of Object.entries(NETBOX_COLUMNS)) expect(header(files[`${file}.csv`]!)).toEqual([...cols]);
    const devices = Papa.parse<string[]>(files['devices.csv']!, { skipEmptyLines: true }).data.length - 1;
    expect(devices).toBe(d.nodes.reduce((s, n) => s + n.count, 0));
    // Back in with only the servers in the device map: switches, gateways, storage from their types.
    const full = deviceMapOf(d);
    const serversOnly: DeviceMap = { ...full, devices: Object.fromEntries(Object.entries(full.devices).filter(([, s]) => s.adapters)) };
    for (const map of [full, serversOnly]) {
      const r = importBack(files, map, d);
      if (!r.ok) throw new Error(r.message);
      // Without the map's labels, findings and bottlenecks name devices by id: compare the numbers.
      const cost = (x: Design) => JSON.parse(JSON.stringify(simulate(x).modes.map((m) => [m.mode, m.vm, m.cost, m.power, m.ports])), (k, v) => (k === 'where' ? undefined : v));
      if (map === full) expect(simulate(r.design).modes).toEqual(simulate(d).modes);
      else expect(cost(r.design)).toEqual(cost(d));
    }
  }, 30_000);

  it('lists device types that match no part, and refuses a type that contradicts the device map', () => {
    const d = getTemplate('seed-ib-software')!.build();
    const files = unzip(d);
    const renamed = files['devices.csv']!.replaceAll('"InfiniBand DDR switch, 24 ports"', 'MSX9024').replaceAll('IB↔FC gateway (1 DDR, 4 × 2G FC)', 'BridgeX FC');
    const map = deviceMapOf(d);
    const servers: DeviceMap = { ...map, devices: { servers: map.devices.servers! } };
    const r = withNetboxDevices(servers, renamed, catalogFor(d));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/2 device types match no catalog part: 'MSX9024' \(row \d+\), 'BridgeX FC' \(row \d+\)/);
    const mapped = withNetboxDevices({ ...servers, types: { MSX9024: 'sw-ib-ddr-24', 'BridgeX FC': 'gw-ib-fc-4' } }, renamed, catalogFor(d));
    expect(mapped.ok).toBe(true);
    const contradicted = withNetboxDevices({ ...map, devices: { ...map.devices, leaf: { ...map.devices.leaf!, partId: 'sw-ib-ddr-288' } } }, files['devices.csv']!, catalogFor(d));
    expect(!contradicted.ok && contradicted.issues[0]!.path).toMatch(/^row \d+, column 'device_type'$/);
  });
});

describe('the other importers never throw', () => {
  it('device maps and NetBox devices files (2,000 fuzzed inputs each)', () => {
    const d = getTemplate('seed-ib-software')!.build();
    const map = deviceMapOf(d);
    const text = JSON.stringify(map);
    const devices = unzip(d)['devices.csv']!.split('\r\n').slice(0, 30).join('\r\n');
    const edited = (s: string) => fc.array(fc.tuple(fc.nat(s.length), fc.nat(12), fc.string({ maxLength: 5 })), { maxLength: 5 }).map((edits) => edits.reduce((t, [at, cut, put]) => t.slice(0, at) + put + t.slice(at + cut), s));
    fc.assert(
      fc.property(fc.oneof(edited(text), fc.json(), fc.string({ maxLength: 100 })), (t) => {
        const r = readDeviceMap(t);
        if (!r.ok) expect(r.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000, seed: 25 },
    );
    fc.assert(
      fc.property(fc.oneof(edited(devices), fc.string({ maxLength: 100 })), (t) => {
        const r = withNetboxDevices({ ...map, devices: {} }, t, catalogFor(d));
        if (!r.ok) expect(r.issues[0]?.path.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000, seed: 25 },
    );
  }, 60_000);
});
