// fast-check generators of valid designs (for the importer's fuzz and round-trip properties):
// random parts from the catalog, servers with adapters, cables between real ports of different
// nodes, workloads, settings and price overrides. Test-only: imports fast-check.
import fc from 'fast-check';
import { DEFAULT_CATALOG } from '../../catalog';
import { adapterHandle, DEFAULT_SETTINGS, DESIGN_FORMAT, DESIGN_VERSION, type Design, type DesignLink, type DesignNode, type Part, type Workload } from '../../domain';

const ofKind = (kind: Part['kind']): Part[] => DEFAULT_CATALOG.parts.filter((p) => p.kind === kind);
const NODE_PARTS = [...ofKind('server'), ...ofKind('switch'), ...ofKind('gateway'), ...ofKind('storage'), ...ofKind('network')];
const ADAPTERS = ofKind('adapter');
const CABLES = ofKind('cable');

const label = fc.string({ maxLength: 40 });
const money = fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true });

const workload = (id: string): fc.Arbitrary<Workload> =>
  fc.record({
    id: fc.constant(id),
    name: fc.string({ minLength: 1, maxLength: 40 }),
    lanMbps: fc.double({ min: 0, max: 10000, noNaN: true }),
    sanMBps: fc.double({ min: 0, max: 5000, noNaN: true }),
    ipcMbps: fc.double({ min: 0, max: 10000, noNaN: true }),
    cpuGhz: fc.double({ min: 0, max: 8, noNaN: true }),
    memoryGb: fc.double({ min: 0.25, max: 256, noNaN: true }),
    ibTransport: fc.constantFrom('ipoib' as const, 'rdma' as const),
  });

interface NodeSeed {
  part: Part;
  label: string;
  x: number;
  y: number;
  count: number;
  adapters: Part[];
  vms: number;
}

const nodeSeed = (maxGroup: number): fc.Arbitrary<NodeSeed> => fc.record({
  part: fc.constantFrom(...NODE_PARTS),
  label,
  x: fc.integer({ min: -5000, max: 5000 }),
  y: fc.integer({ min: -5000, max: 5000 }),
  // Mostly small groups, sometimes the seed's 128, rarely huge (the size guard must answer).
  count: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 4 }) }, { weight: 2, arbitrary: fc.constant(Math.min(128, maxGroup)) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: maxGroup }) }),
  adapters: fc.array(fc.constantFrom(...ADAPTERS), { maxLength: 4 }),
  vms: fc.integer({ min: 0, max: 64 }),
});

/** Handles a node exposes (adapter ports, a gateway's two sides, a bus). */
function handlesOf(node: DesignNode, part: Part): string[] {
  if (part.kind === 'server') {
    return (node.adapters ?? []).flatMap((a) => {
      const ap = DEFAULT_CATALOG.byId.get(a.partId);
      return ap?.kind === 'adapter' ? Array.from({ length: ap.ports }, (_, p) => adapterHandle(a.id, p)) : [];
    });
  }
  return part.kind === 'gateway' ? ['A', 'B'] : ['p'];
}

/** A valid design (schema and references): few nodes, sometimes groups of up to `maxGroup` members. */
export const arbitraryDesignWith = ({ maxGroup }: { maxGroup: number }): fc.Arbitrary<Design> => fc
  .record({
    name: fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim().length > 0),
    description: fc.string({ maxLength: 80 }),
    nodes: fc.array(nodeSeed(maxGroup), { maxLength: 8 }),
    linkPicks: fc.array(fc.record({ a: fc.nat(), b: fc.nat(), ha: fc.nat(), hb: fc.nat(), lanes: fc.integer({ min: 1, max: 8 }), mesh: fc.boolean(), len: fc.integer({ min: 0, max: 500 }), cable: fc.option(fc.constantFrom(...CABLES), { nil: undefined }) }), { maxLength: 12 }),
    workloads: fc.integer({ min: 1, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => workload(`w${i}`)))),
    mode: fc.constantFrom('software' as const, 'native' as const, 'passthrough' as const),
    years: fc.integer({ min: 0, max: 10 }),
    prices: fc.array(fc.record({ part: fc.constantFrom(...DEFAULT_CATALOG.parts), price: fc.option(money, { nil: undefined }), power: fc.option(fc.double({ min: 0, max: 5000, noNaN: true }), { nil: undefined }) }), { maxLength: 4 }),
  })
  .map((r) => {
    const nodes: DesignNode[] = r.nodes.map((s, i) => {
      const base: DesignNode = { id: `n${i}`, partId: s.part.id, label: s.label, position: { x: s.x, y: s.y }, count: s.count };
      if (s.part.kind !== 'server') return base;
      const slots = s.part.slots;
      const adapters = s.adapters.slice(0, slots).map((a, j) => ({ id: `a${j}`, partId: a.id }));
      return { ...base, adapters, vmsPerServer: s.vms, workloadId: r.workloads[i % r.workloads.length]!.id };
    });
    const ends = nodes.flatMap((n) => handlesOf(n, DEFAULT_CATALOG.byId.get(n.partId)!).map((h) => ({ node: n.id, handle: h })));
    const links: DesignLink[] = [];
    if (ends.length >= 2) {
      r.linkPicks.forEach((p, i) => {
        const a = ends[p.a % ends.length]!;
        const b = ends[p.b % ends.length]!;
        if (a.node === b.node) return;
        links.push({ id: `l${i}`, a, b, lanes: p.lanes, lengthM: p.len, ...(p.mesh ? { mesh: true } : {}), ...(p.cable ? { cablePartId: p.cable.id } : {}) });
      });
    }
    const priceList: Design['priceList'] = {};
    for (const p of r.prices) {
      const o = { ...(p.price !== undefined ? { priceUsd: p.price } : {}), ...(p.power !== undefined ? { powerW: p.power } : {}) };
      if (Object.keys(o).length) priceList[p.part.id] = o;
    }
    return {
      format: DESIGN_FORMAT,
      version: DESIGN_VERSION,
      name: r.name,
      description: r.description,
      nodes,
      links,
      workloads: r.workloads,
      settings: { ...DEFAULT_SETTINGS, mode: r.mode, years: r.years },
      priceList,
      customParts: [],
    } satisfies Design;
  });

/** Any count the schema allows (up to 100,000 per group): large enough to hit the simulator's size guard. */
export const arbitraryDesign = arbitraryDesignWith({ maxGroup: 100000 });
