import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { catalogFor } from '../../catalog';
import type { Design } from '../../domain';
import { getTemplate, TEMPLATES } from '../../scenarios';
import { cablingMap, simulate } from '../../sim';
import { headlessCapture } from '../export/headless';
import { loadFonts } from '../export/fonts';
import { runExport, type ExportRequest } from '../export/job';
import { containerlabTopology, LAB_MAX_NODES } from './containerlab';
import { ibnetdiscoverFile } from './ibnetdiscover';

const fonts = loadFonts(readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf'), readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'));
const rt = { fonts, rasterize: () => Promise.reject(new Error('no bitmap here')) };
const decode = (b: Uint8Array): string => new TextDecoder().decode(b);

async function exported(design: Design, format: ExportRequest['format']): Promise<string> {
  const result = simulate(design);
  return decode((await runExport({ format, design, now: Date.UTC(2026, 4, 3), result, capture: headlessCapture(design, catalogFor(design), result) }, rt)).bytes);
}

interface Lab {
  name: string;
  topology: { nodes: Record<string, { kind: string; group: string }>; links: Array<{ endpoints: [string, string] }> };
}

/** Interfaces a lab node has: its part's ports (a server's adapters' ports one after another). */
function interfaces(design: Design, labNode: string): number {
  const catalog = catalogFor(design);
  const node = design.nodes.find((n) => labNode === n.id || labNode.startsWith(`${n.id}-`))!;
  const part = catalog.byId.get(node.partId)!;
  if (part.kind === 'server') return (node.adapters ?? []).reduce((s, a) => s + ((p) => (p?.kind === 'adapter' ? p.ports : 0))(catalog.byId.get(a.partId)), 0);
  if (part.kind === 'gateway') return part.sideA.ports + part.sideB.ports;
  return 'ports' in part ? part.ports : 0;
}

describe('containerlab', () => {
  it.each(TEMPLATES.map((t) => t.id))('%s: the YAML parses, every endpoint is a node and one of its interfaces, none used twice', async (id) => {
    const d = getTemplate(id)!.build();
    for (const full of [false, true]) {
      const lab = parse(full ? containerlabTopology(d, catalogFor(d), { full }).yaml : await exported(d, 'clab')) as Lab;
      const used = new Set<string>();
      for (const l of lab.topology.links) {
        expect(l.endpoints).toHaveLength(2);
        for (const ep of l.endpoints) {
          const [node, iface] = ep.split(':') as [string, string];
          expect(lab.topology.nodes[node], ep).toBeDefined();
          const n = Number(/^eth(\d+)$/.exec(iface)?.[1]);
          expect(n).toBeGreaterThanOrEqual(1);
          expect(n, ep).toBeLessThanOrEqual(interfaces(d, node));
          expect(used.has(ep), `${ep} used twice`).toBe(false);
          used.add(ep);
        }
      }
      if (full) expect(lab.topology.links.length).toBe(cablingMap(d, catalogFor(d)).length);
    }
  });

  it('keeps one server per leaf in the reduced copy of a design too large for a lab', () => {
    const d = getTemplate('seed-ib-software')!.build(); // 128 servers on 8 leaves
    const c = catalogFor(d);
    const full = containerlabTopology(d, c, { full: true });
    const small = containerlabTopology(d, c);
    expect(full.nodes).toBeGreaterThan(LAB_MAX_NODES);
    expect(small.reduced).toEqual({ fullNodes: full.nodes, keptServers: 8, droppedServers: 120 });
    const lab = parse(small.yaml) as Lab;
    const servers = Object.entries(lab.topology.nodes).filter(([, n]) => n.group === 'server').map(([name]) => name);
    expect(servers).toHaveLength(8);
    // Each kept server reaches a different leaf.
    const leafOf = servers.map((s) => lab.topology.links.find((l) => l.endpoints[0].startsWith(`${s}:`))!.endpoints[1].split(':')[0]);
    expect(new Set(leafOf).size).toBe(8);
    expect(small.yaml).toMatch(/# Reduced copy: the design has 158 lab nodes/);
  });

  it('takes a kind and image per part class, with that kind’s interface names', () => {
    const d = getTemplate('seed-ib-software')!.build();
    const lab = parse(containerlabTopology(d, catalogFor(d), { kinds: { switch: { kind: 'nokia_srlinux', image: 'ghcr.io/nokia/srlinux' } } }).yaml) as Lab;
    expect(lab.topology.nodes['leaf-1']).toMatchObject({ kind: 'nokia_srlinux', image: 'ghcr.io/nokia/srlinux' });
    expect(lab.topology.links.some((l) => l.endpoints.includes('leaf-1:e1-1'))).toBe(true);
  });
});

describe('GraphML for yEd', () => {
  it.each(TEMPLATES.map((t) => t.id))('%s: well-formed XML, one node per part and one edge per cable, with yEd’s keys', async (id) => {
    const d = getTemplate(id)!.build();
    const xml = await exported(d, 'graphml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['node', 'edge', 'key', 'data'].includes(name) }).parse(xml);
    const g = doc.graphml.graph;
    expect(g.node).toHaveLength(d.nodes.length);
    expect(g.edge ?? []).toHaveLength(d.links.length);
    expect(doc.graphml.key.map((k: Record<string, string>) => k['@_yfiles.type']).filter(Boolean)).toEqual(['nodegraphics', 'edgegraphics']);
    const first = g.node[0].data.find((x: Record<string, unknown>) => x['@_key'] === 'd6')['y:ShapeNode'];
    expect(Number(first['y:Geometry']['@_width'])).toBeGreaterThan(0);
    expect(String(first['y:NodeLabel']['#text'] ?? first['y:NodeLabel'])).toContain(d.nodes[0]!.label.slice(0, 10));
  });

  it('draws each cable as the canvas routes it: ends on the facing sides of its nodes, the route’s corners as bends', async () => {
    const d = getTemplate('seed-ib-software')!.build();
    const xml = await exported(d, 'graphml');
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['node', 'edge', 'data', 'y:Point'].includes(name) }).parse(xml);
    const g = doc.graphml.graph;
    const width = (id: string): number => Number(g.node.find((x: Record<string, string>) => x['@_id'] === id).data.find((x: Record<string, unknown>) => x['@_key'] === 'd6')['y:ShapeNode']['y:Geometry']['@_width']);
    let bent = 0;
    for (const e of g.edge) {
      const path = e.data.find((x: Record<string, unknown>) => x['@_key'] === 'd10')['y:PolyLineEdge']['y:Path'];
      // Offsets from the node's centre: half its width, to one side or the other.
      expect(Math.abs(Number(path['@_sx']))).toBe(width(e['@_source']) / 2);
      expect(Math.abs(Number(path['@_tx']))).toBe(width(e['@_target']) / 2);
      const points = (path['y:Point'] ?? []) as Array<Record<string, string>>;
      // Orthogonal: two bends (a turn down or up a channel between columns), both at one x.
      if (points.length) {
        expect(points).toHaveLength(2);
        expect(points[0]!['@_x']).toBe(points[1]!['@_x']);
        bent++;
      }
    }
    expect(bent).toBeGreaterThan(0);
  });

  it('escapes hostile labels', async () => {
    const d = structuredClone(getTemplate('seed-ib-software')!.build());
    d.nodes[0]!.label = '<script>"&\'</script>';
    const xml = await exported(d, 'graphml');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('<script');
  });
});

describe('ibnetdiscover-style file', () => {
  it('lists every InfiniBand cable from both ends, peers agreeing', () => {
    const d = getTemplate('seed-ib-software')!.build();
    const f = ibnetdiscoverFile(d, catalogFor(d), '2026-05-03T00:00:00.000Z');
    const ib = cablingMap(d, catalogFor(d)).filter((r) => r.protocol === 'infiniband').length;
    expect(f.cables).toBe(ib);
    // 8 leaves + 2 spines; 128 HCAs + 8 IB↔Ethernet + 6 IB↔FC gateways.
    expect([f.switches, f.cas]).toEqual([10, 142]);
    const portLines = f.text.split('\n').filter((l) => /^\[\d+\]/.test(l));
    expect(portLines).toHaveLength(2 * ib);
    // Every "here → peer" has its "peer → here".
    const links = new Set<string>();
    let device = '';
    for (const line of f.text.split('\n')) {
      const head = /^(?:Switch|Ca)\t\d+ "([^"]+)"/.exec(line);
      if (head) device = head[1]!;
      const port = /^\[(\d+)\](?:\([0-9a-f]+\))?\t"([^"]+)"\[(\d+)\]/.exec(line);
      if (port) links.add(`${device}[${port[1]}]>${port[2]}[${port[3]}]`);
    }
    for (const l of links) {
      const [a, b] = l.split('>');
      expect(links.has(`${b}>${a}`), l).toBe(true);
    }
  });

  it('has nothing for a design without InfiniBand', () => {
    const d = getTemplate('seed-baseline-gige-fc')!.build();
    expect(ibnetdiscoverFile(d, catalogFor(d), 'now')).toMatchObject({ switches: 0, cas: 0, cables: 0 });
  });
});
