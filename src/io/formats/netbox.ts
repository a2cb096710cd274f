// A design for NetBox: the parts of its bill of materials as device types in the
// devicetype-library's YAML (interfaces, power ports), and the design as NetBox's bulk-import
// CSVs for devices, interfaces and cables, in one zip. Names are what a cabling sheet import
// reads back: devices "<node id>-<member>" (groups and stacks) or "<node id>; interfaces "N" on
// switches, storage and networks, "A/N" and "B/N" on gateways, "<adapter id>/N" on servers.
import { strToU8, zipSync } from 'fflate';
import Papa from 'papaparse';
import { stringify } from 'yaml';
import { rateName, type Catalog } from '../../catalog';
import type { Design, NodePart, Part, Protocol } from '../../domain';
import { cablingMap, type CableEnd } from '../../sim';

export const NETBOX_MANUFACTURER = 'IOV Planner catalog';
export const NETBOX_SITE = 'iov-planner';
/** Columns NetBox's bulk import requires (and the few more we fill), per CSV. */
export const NETBOX_COLUMNS = {
  devices: ['name', 'role', 'manufacturer', 'device_type', 'site', 'status', 'comments'],
  interfaces: ['device', 'name', 'type'],
  cables: ['side_a_device', 'side_a_type', 'side_a_name', 'side_b_device', 'side_b_type', 'side_b_name', 'type', 'status', 'label', 'length', 'length_unit'],
} as const;

const IB_TYPE: Record<string, string> = { SDR: 'infiniband-sdr', DDR: 'infiniband-ddr', QDR: 'infiniband-qdr', FDR: 'infiniband-fdr', EDR: 'infiniband-edr', HDR: 'infiniband-hdr', NDR: 'infiniband-ndr', XDR: 'infiniband-xdr' };
const ETH_TYPE: Record<number, string> = { 1: '1000base-t', 10: '10gbase-x-sfpp', 25: '25gbase-x-sfp28', 40: '40gbase-x-qsfpp', 50: '50gbase-x-sfp56', 100: '100gbase-x-qsfp28', 200: '200gbase-x-qsfp56', 400: '400gbase-x-qsfpdd', 800: '800gbase-x-osfp' };
const FC_TYPE: Record<string, string> = { '1': '1gfc-sfp', '2': '2gfc-sfp', '4': '4gfc-sfp', '8': '8gfc-sfpp', '16': '16gfc-sfpp', '32': '32gfc-sfp28', '64': '64gfc-qsfpp', '128': '128gfc-qsfp28' };

/** NetBox's interface type for a port: its protocol and data rate ("infiniband-ddr", "1000base-t"). */
export function netboxInterfaceType(protocol: Protocol, dataGbps: number): string {
  const name = rateName(protocol, dataGbps);
  if (protocol === 'infiniband') return IB_TYPE[/^IB (\w+) 4x$/.exec(name)?.[1] ?? ''] ?? 'other';
  if (protocol === 'fc') return FC_TYPE[/^(\d+) Gb\/s FC$/.exec(name)?.[1] ?? ''] ?? 'other';
  return ETH_TYPE[name === 'GigE' ? 1 : Math.round(dataGbps)] ?? 'other';
}

const slug = (s: string): string => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 100) || 'part';
export const netboxDeviceName = (nodeId: string, member: number, members: number): string => (members > 1 ? `${nodeId}-${member}` : nodeId);

/** A node part's interfaces by name, with their NetBox type. */
function partInterfaces(part: NodePart): Array<{ name: string; type: string }> {
  const range = (prefix: string, n: number, t: string) => Array.from({ length: n }, (_, i) => ({ name: `${prefix}${i + 1}`, type: t }));
  if (part.kind === 'gateway') return [...range('A/', part.sideA.ports, netboxInterfaceType(part.sideA.protocol, part.sideA.portDataGbps)), ...range('B/', part.sideB.ports, netboxInterfaceType(part.sideB.protocol, part.sideB.portDataGbps))];
  if (part.kind === 'server') return [];
  return range('', part.ports, netboxInterfaceType(part.protocol, part.portDataGbps));
}

/** A part as a device type of the devicetype-library (its YAML schema's fields). */
export function deviceTypeYaml(part: NodePart): string {
  const doc = {
    manufacturer: NETBOX_MANUFACTURER,
    model: part.name,
    slug: slug(`${NETBOX_MANUFACTURER}-${part.id}`),
    part_number: part.id,
    u_height: part.kind === 'server' && part.formFactor === 'blade' ? 0 : 1,
    is_full_depth: part.kind === 'server' || part.kind === 'storage',
    comments: `From the IOV Planner catalog (${part.era === 'seed' ? '2007 seed' : 'current'} parts).${part.kind === 'server' ? ' Interfaces are on its adapters: see interfaces.csv.' : ''}`,
    ...(partInterfaces(part).length ? { interfaces: partInterfaces(part).map((i) => ({ name: i.name, type: i.type, mgmt_only: false })) } : {}),
    'power-ports': [{ name: 'PSU1', type: 'iec-60320-c14', maximum_draw: Math.max(1, Math.round(part.powerW)) }],
  };
  return `---\n${stringify(doc, { lineWidth: 0 })}`;
}

const csv = (fields: readonly string[], rows: Array<Array<string | number>>): string => `${Papa.unparse({ fields: [...fields], data: rows }, { newline: '\r\n', escapeFormulae: true })}\r\n`;

const cableType = (p: Part | undefined): string => (p?.kind !== 'cable' ? '' : p.medium === 'optical' ? 'mmf' : p.protocol === 'ethernet' ? 'cat5e' : 'dac-passive');

export interface NetboxFiles {
  files: Record<string, string>;
  devices: number;
  cables: number;
  deviceTypes: number;
}

export function netboxFiles(design: Design, catalog: Catalog): NetboxFiles {
  const parts = new Map<string, NodePart>();
  const devices: Array<Array<string | number>> = [];
  const interfaces: Array<Array<string | number>> = [];
  for (const n of design.nodes) {
    const part = catalog.byId.get(n.partId);
    if (!part || part.kind === 'adapter' || part.kind === 'cable') continue;
    parts.set(part.id, part);
    for (let m = 1; m <= n.count; m++) {
      const name = netboxDeviceName(n.id, m, n.count);
      devices.push([name, part.kind, NETBOX_MANUFACTURER, part.name, NETBOX_SITE, 'planned', `${n.label}${n.count > 1 ? ` (${m} of ${n.count})` : ''}`]);
      for (const a of n.adapters ?? []) {
        const ap = catalog.byId.get(a.partId);
        if (ap?.kind !== 'adapter') continue;
        for (let p = 1; p <= ap.ports; p++) interfaces.push([name, `${a.id}/${p}`, netboxInterfaceType(ap.protocol, ap.portDataGbps)]);
      }
    }
  }
  const iface = (e: CableEnd): string => (e.adapterId === '' ? String(e.port) : `${e.adapterId}/${e.port}`);
  const rows = cablingMap(design, catalog);
  const cables = rows.map((r) => [
    netboxDeviceName(r.a.nodeId, r.a.member, r.a.members), 'dcim.interface', iface(r.a),
    netboxDeviceName(r.z.nodeId, r.z.member, r.z.members), 'dcim.interface', iface(r.z),
    cableType(catalog.byId.get(r.cablePartId)), 'planned', r.cablePartId, r.lengthM, 'm',
  ]);
  const files: Record<string, string> = {};
  for (const p of parts.values()) files[`device-types/${slug(p.id)}.yaml`] = deviceTypeYaml(p);
  files['devices.csv'] = csv(NETBOX_COLUMNS.devices, devices);
  files['interfaces.csv'] = csv(NETBOX_COLUMNS.interfaces, interfaces);
  files['cables.csv'] = csv(NETBOX_COLUMNS.cables, cables);
  return { files, devices: devices.length, cables: cables.length, deviceTypes: parts.size };
}

/** The files in one zip (fixed dates, so the same design gives the same bytes). */
export function netboxZip(design: Design, catalog: Catalog, now: number): { bytes: Uint8Array; summary: NetboxFiles } {
  const f = netboxFiles(design, catalog);
  const mtime = new Date(Math.max(now, Date.UTC(1980, 0, 2)));
  const entries = Object.fromEntries(Object.entries(f.files).map(([k, v]) => [k, [strToU8(v), { mtime }] as const]));
  return { bytes: zipSync(entries as never, { level: 6 }), summary: f };
}
