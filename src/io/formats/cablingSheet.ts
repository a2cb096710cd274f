// A point-to-point cabling sheet (CSV) in as a design. The sheet gives the cables: device, port,
// device, port, and optionally members, adapters, link, lane, cable part and length (our own
// cabling map has them all). A device map gives what a sheet cannot: each device's part and, for
// servers, adapters, VMs and workload. Pipeline: size → parse → header → each row (Zod) →
// devices (every unknown one listed) → ports (none used twice) → links (members paired in blocks
// or as a mesh, lanes alike) → the design importer (schema, references). Never throws; a refusal
// names the row and column at fault and nothing is half-made.
import Papa from 'papaparse';
import { z } from 'zod';
import { catalogFor, type Catalog } from '../../catalog';
import { type Design, type DesignLink, type DesignNode, type Issue } from '../../domain';
import { withLayeredLayout } from '../../layout';
import { emptyDesign } from '../../scenarios';
import { MAX_CABLING_ROWS } from '../../sim';
import { forEachMemberPair } from '../../sim/topology';
import { importDesignValue } from '../importer';
import { IMPORT_LIMITS, megabytes } from '../limits';
import type { DeviceMap, DeviceSpec } from './deviceMap';
import { OWN_NAME, readHeader, type SheetField, type SheetHeader } from './sheetColumns';

export type SheetImport = { ok: true; design: Design; cables: number } | { ok: false; message: string; issues: Issue[] };

const refuse = (message: string, issues: Issue[] = []): SheetImport => ({ ok: false, message, issues });

const text = z.string().trim();
const whole = (min: number) => text.regex(/^\d{1,9}$/, 'expected a whole number').transform(Number).pipe(z.number().int().min(min));
const RowSchema = z.object({
  aDevice: text.min(1, 'the device is empty').max(120),
  aNode: text.max(80).optional(),
  aMember: whole(1).optional(),
  aAdapter: text.max(160).optional(),
  aPort: text.min(1, 'the port is empty').max(80),
  zDevice: text.min(1, 'the device is empty').max(120),
  zNode: text.max(80).optional(),
  zMember: whole(1).optional(),
  zAdapter: text.max(160).optional(),
  zPort: text.min(1, 'the port is empty').max(80),
  linkId: text.max(80).optional(),
  lane: whole(1).optional(),
  cablePartId: text.max(80).optional(),
  lengthM: text.regex(/^\d+(\.\d+)?$/, 'expected a length in metres').transform(Number).pipe(z.number().max(100000)).optional(),
});
type Row = z.infer<typeof RowSchema>;

interface End {
  node: string;
  member: number;
  handle: string;
  /** 1-based port on the adapter, gateway side or part. */
  port: number;
}

class Refusal extends Error {
  constructor(readonly issue: Issue) {
    super(`${issue.path}: ${issue.message}`);
  }
}
const at = (row: number, column: string, message: string): Refusal => new Refusal({ path: `row ${row}, column '${column}'`, message });

/** "leaf-03" → ["leaf", 3]: a group's name and a member number, for sheets without a member column. */
const split = (name: string): [string, number] | null => {
  const m = /^(.*?)[\s_.-]*0*(\d+)$/.exec(name);
  return m && m[1] ? [m[1], Number(m[2])] : null;
};

export function importCablingSheet(input: string, map: DeviceMap, fallbackName = 'Imported cabling sheet'): SheetImport {
  try {
    return importSheet(input, map, fallbackName);
  } catch (e) {
    if (e instanceof Refusal) return refuse(`The cabling sheet cannot be imported: ${e.message}.`, [e.issue]);
    return refuse(`The cabling sheet could not be read (${e instanceof Error ? e.message.slice(0, 160) : String(e)}).`);
  }
}

function importSheet(input: string, map: DeviceMap, fallbackName: string): SheetImport {
  if (input.length > IMPORT_LIMITS.bytes) return refuse(`The cabling sheet is larger than ${megabytes(IMPORT_LIMITS.bytes)}.`);
  const body = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (body.trim() === '') return refuse('The cabling sheet is empty.');
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy', preview: MAX_CABLING_ROWS + 2 });
  const bad = parsed.errors.find((e) => e.type !== 'Delimiter');
  if (bad) throw new Refusal({ path: `row ${(bad.row ?? 0) + 1}`, message: bad.message });
  const [headerCells, ...rows] = parsed.data;
  const header = readHeader(headerCells ?? []);
  if ('path' in header) throw new Refusal(header);
  if (rows.length === 0) return refuse('The cabling sheet has a header but no cables.');
  if (rows.length > MAX_CABLING_ROWS) return refuse(`The cabling sheet has more than ${MAX_CABLING_ROWS.toLocaleString('en-US')} cables.`);
  const catalog = catalogFor({ ...emptyDesign(), customParts: map.customParts ?? [], priceList: map.priceList ?? {} });
  const parsedRows = rows.map((cells, i) => readRow(cells, i + 2, header));
  const devices = new Devices(map, catalog, parsedRows);
  const links = new Links(devices);
  parsedRows.forEach((r, i) => links.add(r, i + 2));
  const design = assemble(map, devices, links.build(), catalog, fallbackName);
  const checked = importDesignValue(design);
  if (!checked.ok) return refuse(`The cabling sheet gives a design that is not valid: ${checked.error.message}`, 'issues' in checked.error ? checked.error.issues : []);
  return { ok: true, design: checked.design, cables: rows.length };
}

function readRow(cells: readonly string[], row: number, header: SheetHeader): Row {
  const raw: Record<string, string> = {};
  for (const [field, i] of Object.entries(header.index) as Array<[SheetField, number]>) {
    const v = cells[i];
    if (v !== undefined && v.trim() !== '') raw[field] = v;
  }
  const r = RowSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const field = String(issue.path[0]) as SheetField;
    throw at(row, header.names[field] ?? OWN_NAME[field], issue.message);
  }
  return r.data;
}

interface DeviceNode {
  id: string;
  spec: DeviceSpec;
  label: string;
  members: Set<number>;
  /** Group members named by number ("leaf-03"): number → 1-based member. */
  numbered: boolean;
}

/** Devices by node id, device name or group name, each resolved against the map once. */
class Devices {
  readonly nodes = new Map<string, DeviceNode>();
  private readonly byName = new Map<string, string>();

  constructor(
    private readonly map: DeviceMap,
    readonly catalog: Catalog,
    rows: readonly Row[],
  ) {
    for (const [key, spec] of Object.entries(map.devices)) if (spec.label) this.byName.set(spec.label, key);
    const unknown = new Set<string>();
    rows.forEach((r) => {
      for (const [name, node] of [[r.aDevice, r.aNode], [r.zDevice, r.zNode]] as const) if (!this.resolve(name, node)) unknown.add(node ?? name);
    });
    if (unknown.size > 0) {
      const list = [...unknown].slice(0, 20).map((u) => `'${u}'`).join(', ');
      throw new Refusal({ path: 'devices', message: `${unknown.size} device${unknown.size === 1 ? ' is' : 's are'} not in the device map (${list}${unknown.size > 20 ? ', …' : ''}): add each with its catalog part` });
    }
  }

  /** The node a sheet device belongs to, and whether its member comes from its name's number. */
  private resolve(name: string, nodeId: string | undefined): { key: string; numbered: boolean } | null {
    const own = (k: string): boolean => Object.hasOwn(this.map.devices, k);
    if (nodeId !== undefined && own(nodeId)) return { key: nodeId, numbered: false };
    if (own(name)) return { key: name, numbered: false };
    const labelled = this.byName.get(name);
    if (labelled) return { key: labelled, numbered: false };
    const s = split(name);
    if (s) {
      const group = own(s[0]) ? s[0] : this.byName.get(s[0]);
      if (group) return { key: group, numbered: true };
    }
    return null;
  }

  node(name: string, nodeId: string | undefined, member: number | undefined): { node: DeviceNode; member: number } {
    const r = this.resolve(name, nodeId)!;
    const spec = this.map.devices[r.key]!;
    let node = this.nodes.get(r.key);
    if (!node) this.nodes.set(r.key, (node = { id: r.key, spec, label: spec.label ?? r.key, members: new Set(), numbered: r.numbered }));
    const m = member ?? (r.numbered ? split(name)![1] : 1);
    node.members.add(m);
    return { node, member: m };
  }

  part(node: DeviceNode) {
    return this.catalog.byId.get(node.spec.partId);
  }
}

/** Display names of a server's adapters as the cabling map writes them: part name, "#2" for a repeat. */
function adapterNames(spec: DeviceSpec, catalog: Catalog): Map<string, string> {
  const adapters = spec.adapters ?? [];
  const total = new Map<string, number>();
  for (const a of adapters) total.set(a.partId, (total.get(a.partId) ?? 0) + 1);
  const seen = new Map<string, number>();
  const out = new Map<string, string>();
  for (const a of adapters) {
    const name = catalog.byId.get(a.partId)?.name ?? a.partId;
    const n = (seen.get(a.partId) ?? 0) + 1;
    seen.set(a.partId, n);
    out.set((total.get(a.partId) ?? 0) > 1 ? `${name} #${n}` : name, a.id);
  }
  return out;
}

interface LinkDraft {
  id: string;
  row: number;
  a: { node: string; handle: string };
  b: { node: string; handle: string };
  pairs: Map<string, number>;
  cablePartId?: string;
  lengthM: number;
}

class Links {
  private readonly drafts = new Map<string, LinkDraft>();
  private readonly usedPorts = new Map<string, number>();

  constructor(private readonly devices: Devices) {}

  private end(r: Row, side: 'a' | 'z', row: number): End {
    const [name, nodeId, member, adapter, port] = side === 'a' ? [r.aDevice, r.aNode, r.aMember, r.aAdapter, r.aPort] : [r.zDevice, r.zNode, r.zMember, r.zAdapter, r.zPort];
    const col = (f: SheetField): string => OWN_NAME[f];
    const { node, member: m } = this.devices.node(name, nodeId, member);
    const part = this.devices.part(node);
    if (!part) throw at(row, col(side === 'a' ? 'aDevice' : 'zDevice'), `the device map gives '${node.id}' the part '${node.spec.partId}', which is not in the catalog`);
    // "HCA/2" or "A/3" in a sheet without an adapter column: the adapter (or gateway side) and the port.
    const slash = adapter === undefined ? /^(.+)\/(\d+)$/.exec(port) : null;
    const where = adapter ?? slash?.[1];
    const portText = slash ? slash[2]! : port;
    const portCol = col(side === 'a' ? 'aPort' : 'zPort');
    if (!/^\d{1,6}$/.test(portText) || Number(portText) < 1) throw at(row, portCol, `'${port}' is not a port number (1, 2, …)`);
    const n = Number(portText);
    let handle = 'p';
    if (part.kind === 'server') {
      const names = adapterNames(node.spec, this.devices.catalog);
      const slots = node.spec.adapters ?? [];
      const wanted = where?.toLowerCase();
      const byName = [...names].find(([name]) => name.toLowerCase() === wanted)?.[1];
      const id = wanted === undefined ? undefined : (byName ?? slots.find((a) => a.id.toLowerCase() === wanted)?.id ?? (/^\d+$/.test(wanted) ? slots[Number(wanted) - 1]?.id : undefined));
      if (!id) throw at(row, adapter === undefined ? portCol : col(side === 'a' ? 'aAdapter' : 'zAdapter'), `server '${node.label}' has no adapter '${where ?? ''}' (it has: ${[...names.keys()].join(', ') || 'none'})`);
      const ports = this.devices.catalog.byId.get(slots.find((a) => a.id === id)!.partId);
      if (ports?.kind === 'adapter' && n > ports.ports) throw at(row, portCol, `adapter '${where}' has ${ports.ports} port${ports.ports === 1 ? '' : 's'}, not ${n}`);
      handle = `a/${id}/${n - 1}`;
    } else if (part.kind === 'gateway') {
      const side2 = /^(side\s+)?([ab])\b/i.exec(where ?? '')?.[2]?.toUpperCase();
      if (!side2) throw at(row, adapter === undefined ? portCol : col(side === 'a' ? 'aAdapter' : 'zAdapter'), `gateway '${node.label}' has sides A and B; '${where ?? ''}' is neither`);
      handle = side2;
    }
    const key = `${node.id}\u0000${m}\u0000${handle}\u0000${n}`;
    const before = this.usedPorts.get(key);
    if (before !== undefined) throw at(row, portCol, `port ${n} of '${node.label}'${node.members.size > 1 || m > 1 ? ` member ${m}` : ''} is already cabled in row ${before}`);
    this.usedPorts.set(key, row);
    return { node: node.id, member: m, handle, port: n };
  }

  add(r: Row, row: number): void {
    const a = this.end(r, 'a', row);
    const z = this.end(r, 'z', row);
    const key = r.linkId ?? `${a.node}\u0000${a.handle}\u0000${z.node}\u0000${z.handle}`;
    if (r.cablePartId && this.devices.catalog.byId.get(r.cablePartId)?.kind !== 'cable') throw at(row, OWN_NAME.cablePartId, `'${r.cablePartId}' is not a cable part of the catalog`);
    let d = this.drafts.get(key);
    if (!d) {
      d = { id: r.linkId ?? `l${this.drafts.size + 1}`, row, a: { node: a.node, handle: a.handle }, b: { node: z.node, handle: z.handle }, pairs: new Map(), lengthM: r.lengthM ?? 3, ...(r.cablePartId ? { cablePartId: r.cablePartId } : {}) };
      this.drafts.set(key, d);
    } else if (d.a.node !== a.node || d.a.handle !== a.handle || d.b.node !== z.node || d.b.handle !== z.handle) {
      throw at(row, OWN_NAME.linkId, `link '${d.id}' joins other ports in row ${d.row}`);
    } else if ((r.cablePartId ?? d.cablePartId) !== d.cablePartId || (r.lengthM ?? d.lengthM) !== d.lengthM) {
      // One link is one kind of cable at one length: a sheet that mixes them needs two links.
      throw at(row, r.cablePartId !== d.cablePartId ? OWN_NAME.cablePartId : OWN_NAME.lengthM, `the cables of link '${d.id}' are ${d.cablePartId ?? 'the default cable'}, ${d.lengthM} m (row ${d.row}); this one differs`);
    }
    const pair = `${a.member - 1},${z.member - 1}`;
    d.pairs.set(pair, (d.pairs.get(pair) ?? 0) + 1);
  }

  /** Each link's lanes and pairing, checked against the members the sheet shows. */
  build(): DesignLink[] {
    const count = (id: string): number => {
      const n = this.devices.nodes.get(id)!;
      return n.spec.count ?? Math.max(...n.members);
    };
    return [...this.drafts.values()].map((d) => {
      const lanes = new Set(d.pairs.values());
      if (lanes.size > 1) throw at(d.row, OWN_NAME.lane, `link '${d.id}' has ${[...lanes].join(' and ')} cables between different member pairs; a link's pairs are alike`);
      const n = count(d.a.node);
      const m = count(d.b.node);
      const expected = (mesh: boolean): Set<string> => {
        const s = new Set<string>();
        forEachMemberPair(n, m, mesh, (i, j) => s.add(`${i},${j}`));
        return s;
      };
      const same = (s: Set<string>): boolean => s.size === d.pairs.size && [...d.pairs.keys()].every((k) => s.has(k));
      const mesh = !same(expected(false)) && same(expected(true));
      if (!mesh && !same(expected(false))) {
        throw at(d.row, OWN_NAME.aMember, `link '${d.id}' cables ${d.pairs.size} member pairs of ${n} × ${m}: neither in blocks (${Math.max(n, m)} pairs, member i to ⌊i·${Math.min(n, m)}/${Math.max(n, m)}⌋) nor every pair (${n * m})`);
      }
      return { id: d.id, a: d.a, b: d.b, lanes: [...lanes][0]!, ...(mesh ? { mesh: true } : {}), ...(d.cablePartId ? { cablePartId: d.cablePartId } : {}), lengthM: d.lengthM };
    });
  }
}

function assemble(map: DeviceMap, devices: Devices, links: DesignLink[], catalog: Catalog, fallbackName: string): Design {
  // Devices of the map no cable names (a server group without cables) are part of the design too.
  for (const [key, spec] of Object.entries(map.devices)) if (!devices.nodes.has(key)) devices.nodes.set(key, { id: key, spec, label: spec.label ?? key, members: new Set([1]), numbered: false });
  const nodes: DesignNode[] = [...devices.nodes.values()].map((d) => ({
    id: d.id,
    partId: d.spec.partId,
    label: d.label,
    position: d.spec.position ?? { x: 0, y: 0 },
    count: d.spec.count ?? Math.max(...d.members),
    ...(d.spec.adapters ? { adapters: d.spec.adapters.map((a) => ({ ...a })) } : {}),
    ...(d.spec.vmsPerServer !== undefined ? { vmsPerServer: d.spec.vmsPerServer } : {}),
    ...(d.spec.workloadId !== undefined ? { workloadId: d.spec.workloadId } : {}),
    ...(d.spec.hypervisor !== undefined ? { hypervisor: d.spec.hypervisor } : {}),
  }));
  const base = emptyDesign(map.name ?? fallbackName);
  const design: Design = {
    ...base,
    nodes,
    links,
    ...(map.workloads ? { workloads: map.workloads } : {}),
    ...(map.settings ? { settings: map.settings } : {}),
    priceList: map.priceList ?? {},
    customParts: map.customParts ?? [],
  };
  const placed = [...devices.nodes.values()].every((d) => d.spec.position);
  return placed ? design : { ...design, ...withLayeredLayout(design, catalog) };
}
