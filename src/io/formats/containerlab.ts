// A design as a containerlab topology (*.clab.yml): every member of every switch, server,
// gateway, storage array and network as a lab node of a configurable kind per part class, and
// one link per physical cable of the cabling map, its interfaces numbered from the map's ports.
// A design with more lab nodes than a lab host runs comfortably is written as a reduced copy —
// one server per leaf, every other part kept — and says so.
import { stringify } from 'yaml';
import type { Catalog } from '../../catalog';
import type { Design, NodePart } from '../../domain';
import { cablingMap, type CableEnd, type CableRow } from '../../sim';

export type PartClass = NodePart['kind'];
export interface LabKind {
  kind: string;
  image?: string;
}
export type LabKinds = Record<PartClass, LabKind>;

export const DEFAULT_LAB_KINDS: LabKinds = {
  server: { kind: 'linux', image: 'alpine:3.20' },
  switch: { kind: 'linux', image: 'alpine:3.20' },
  gateway: { kind: 'linux', image: 'alpine:3.20' },
  storage: { kind: 'linux', image: 'alpine:3.20' },
  network: { kind: 'bridge' },
};

/** Above this many lab nodes the export is the reduced copy (one container is ~100–500 MB of RAM). */
export const LAB_MAX_NODES = 64;

/** Interface names per kind: SR Linux numbers them e1-N; the others take Linux's ethN. */
const IFACE: Record<string, (n: number) => string> = { nokia_srlinux: (n) => `e1-${n}`, nokia_srsim: (n) => `1/1/${n}` };
const ifaceName = (kind: string, n: number): string => (IFACE[kind] ?? ((k: number) => `eth${k}`))(n);

const slug = (s: string): string => s.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'node';

export interface LabFile {
  yaml: string;
  nodes: number;
  links: number;
  /** Set when the design was too large and the reduced copy was written. */
  reduced?: { fullNodes: number; keptServers: number; droppedServers: number };
}

/** Server members to keep: the first one cabled to each switch member ("one server per leaf"). */
function keptServers(rows: readonly CableRow[], isServer: (nodeId: string) => boolean, isSwitch: (nodeId: string) => boolean): Set<string> {
  const keep = new Set<string>();
  const leafTaken = new Set<string>();
  for (const r of rows) {
    for (const [s, o] of [[r.a, r.z], [r.z, r.a]] as const) {
      if (!isServer(s.nodeId) || !isSwitch(o.nodeId)) continue;
      const leaf = `${o.nodeId}#${o.member}`;
      if (!leafTaken.has(leaf)) {
        leafTaken.add(leaf);
        keep.add(`${s.nodeId}#${s.member}`);
      }
    }
  }
  return keep;
}

export function containerlabTopology(design: Design, catalog: Catalog, options: { kinds?: Partial<LabKinds>; full?: boolean } = {}): LabFile {
  const kinds: LabKinds = { ...DEFAULT_LAB_KINDS, ...options.kinds };
  const partOf = new Map(design.nodes.map((n) => [n.id, catalog.byId.get(n.partId)]));
  const klass = (nodeId: string): PartClass | null => {
    const p = partOf.get(nodeId);
    return p && p.kind !== 'adapter' && p.kind !== 'cable' ? p.kind : null;
  };
  const allRows = cablingMap(design, catalog);
  const fullNodes = design.nodes.reduce((s, n) => s + (klass(n.id) ? n.count : 0), 0);
  let rows = allRows;
  let reduced: LabFile['reduced'];
  let keep: Set<string> | null = null;
  if (fullNodes > LAB_MAX_NODES && !options.full) {
    keep = keptServers(allRows, (id) => klass(id) === 'server', (id) => klass(id) === 'switch');
    const k = keep;
    rows = allRows.filter((r) => [r.a, r.z].every((e) => klass(e.nodeId) !== 'server' || k.has(`${e.nodeId}#${e.member}`)));
    const servers = design.nodes.reduce((s, n) => s + (klass(n.id) === 'server' ? n.count : 0), 0);
    reduced = { fullNodes, keptServers: keep.size, droppedServers: servers - keep.size };
  }
  // Lab node names: the node id, with the member number for groups and stacks.
  const labName = (nodeId: string, member: number, members: number): string => (members > 1 ? `${slug(nodeId)}-${member}` : slug(nodeId));
  // Interface numbers: adapter ports one after another in slot order; gateway side B after side A.
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const ifaceOffset = (end: CableEnd): number => {
    const node = byId.get(end.nodeId)!;
    const part = partOf.get(end.nodeId);
    if (part?.kind === 'server') {
      let offset = 0;
      for (const a of node.adapters ?? []) {
        if (a.id === end.adapterId) return offset;
        const ap = catalog.byId.get(a.partId);
        offset += ap?.kind === 'adapter' ? ap.ports : 0;
      }
      return offset;
    }
    return part?.kind === 'gateway' && end.adapterId === 'B' ? part.sideA.ports : 0;
  };
  const nodes: Record<string, LabKind & { group: PartClass; labels: Record<string, string> }> = {};
  for (const n of design.nodes) {
    const c = klass(n.id);
    if (!c) continue;
    for (let m = 1; m <= n.count; m++) {
      if (keep && c === 'server' && !keep.has(`${n.id}#${m}`)) continue;
      const k = kinds[c];
      nodes[labName(n.id, m, n.count)] = { kind: k.kind, ...(k.image ? { image: k.image } : {}), group: c, labels: { 'iov-planner/device': n.label } };
    }
  }
  const used = new Set<string>();
  const links: Array<{ endpoints: [string, string] }> = [];
  let skipped = 0;
  for (const r of rows) {
    const ep = (e: CableEnd): string => {
      const name = labName(e.nodeId, e.member, e.members);
      return `${name}:${ifaceName(nodes[name]?.kind ?? 'linux', ifaceOffset(e) + e.port)}`;
    };
    const a = ep(r.a);
    const z = ep(r.z);
    // An adapter port cabled twice (lanes on a one-port end: the design has an error) gets one cable.
    if (used.has(a) || used.has(z)) {
      skipped++;
      continue;
    }
    used.add(a).add(z);
    links.push({ endpoints: [a, z] });
  }
  const doc = { name: slug(design.name).toLowerCase(), topology: { nodes, links } };
  const head = [
    `# containerlab topology of "${design.name.replace(/[\r\n]/g, ' ')}", written by IOV Planner.`,
    `# ${Object.keys(nodes).length} nodes, ${links.length} links (one per physical cable; interfaces from the cabling map).`,
    ...(reduced ? [`# Reduced copy: the design has ${reduced.fullNodes} lab nodes (a lab runs up to about ${LAB_MAX_NODES}); one server per leaf is kept (${reduced.droppedServers} servers left out).`] : []),
    ...(skipped ? [`# ${skipped} cables left out: their adapter port is cabled twice in the design.`] : []),
  ];
  return { yaml: `${head.join('\n')}\n${stringify(doc, { lineWidth: 0 })}`, nodes: Object.keys(nodes).length, links: links.length, ...(reduced ? { reduced } : {}) };
}
