// NetBox's exports back in. The cables CSV (bulk-import columns side_a_device, side_a_name, …)
// is a cabling sheet (cablingSheet.ts reads it); the devices CSV names each device's type, which
// gives the part of a device the device map does not list: through the map's `types` (edited by
// the user), else a catalog part whose id or name is the type. Types that match nothing are all
// listed and refused, and so is a device whose type contradicts the map: nothing is guessed.
import Papa from 'papaparse';
import { z } from 'zod';
import type { Catalog } from '../../catalog';
import type { Issue } from '../../domain';
import { IMPORT_LIMITS, megabytes } from '../limits';
import type { DeviceMap } from './deviceMap';

const DeviceRow = z.object({ name: z.string().trim().min(1, 'the name is empty').max(120), device_type: z.string().trim().min(1, 'the device type is empty').max(120) });

export type NetboxDevicesRead = { ok: true; map: DeviceMap } | { ok: false; message: string; issues: Issue[] };

const fail = (path: string, message: string): NetboxDevicesRead => ({ ok: false, message: `The NetBox devices file cannot be used: ${path}: ${message}.`, issues: [{ path, message }] });

/** The device map with every device of NetBox's devices CSV it does not already list. */
export function withNetboxDevices(map: DeviceMap, devicesCsv: string, catalog: Catalog): NetboxDevicesRead {
  if (devicesCsv.length > IMPORT_LIMITS.bytes) return fail('file', `larger than ${megabytes(IMPORT_LIMITS.bytes)}`);
  const body = devicesCsv.charCodeAt(0) === 0xfeff ? devicesCsv.slice(1) : devicesCsv;
  const parsed = Papa.parse<Record<string, string>>(body, { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim().toLowerCase().replace(/\s+/g, '_') });
  const bad = parsed.errors.find((e) => e.type !== 'Delimiter');
  if (bad) return fail(`row ${(bad.row ?? 0) + 2}`, bad.message);
  for (const col of ['name', 'device_type']) if (!parsed.meta.fields?.includes(col)) return fail('row 1', `no '${col}' column (NetBox's bulk-import names)`);
  const partOfType = (type: string): string | undefined => map.types?.[type] ?? catalog.byId.get(type)?.id ?? catalog.parts.find((p) => p.name === type)?.id;
  const base = (name: string): string | undefined => /^(.*?)[\s_.-]*0*(\d+)$/.exec(name)?.[1] || undefined;
  const listed = (name: string): DeviceMap['devices'][string] | undefined => map.devices[name] ?? map.devices[base(name) ?? ''];
  // Devices named alike ("leaf-1" … "leaf-8") of one type become one group; otherwise each stands alone.
  const found = new Map<string, string>();
  const groupPart = new Map<string, string | null>();
  const unknown = new Map<string, number>();
  for (const [i, raw] of parsed.data.entries()) {
    const row = i + 2;
    const r = DeviceRow.safeParse(raw);
    if (!r.success) return fail(`row ${row}, column '${String(r.error.issues[0]!.path[0])}'`, r.error.issues[0]!.message);
    const part = partOfType(r.data.device_type);
    const known = listed(r.data.name);
    if (!part) {
      if (!known && !unknown.has(r.data.device_type)) unknown.set(r.data.device_type, row);
      continue;
    }
    if (known && known.partId !== part) return fail(`row ${row}, column 'device_type'`, `device '${r.data.name}' is a '${r.data.device_type}' (${part}) here, but the device map makes it ${known.partId}`);
    if (known) continue;
    found.set(r.data.name, part);
    const b = base(r.data.name);
    if (b) groupPart.set(b, groupPart.has(b) && groupPart.get(b) !== part ? null : part);
  }
  const devices = { ...map.devices };
  for (const [name, part] of found) {
    const b = base(name);
    if (b && groupPart.get(b) === part && !found.has(b)) devices[b] = { partId: part };
    else devices[name] = { partId: part };
  }
  if (unknown.size > 0) {
    const list = [...unknown].slice(0, 20).map(([t, row]) => `'${t}' (row ${row})`).join(', ');
    return fail('device types', `${unknown.size} device type${unknown.size === 1 ? ' matches' : 's match'} no catalog part: ${list}; add each to the device map's "types" with its part id`);
  }
  return { ok: true, map: { ...map, devices } };
}
