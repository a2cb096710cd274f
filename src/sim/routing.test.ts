import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogFor } from '../catalog';
import type { Design } from '../domain';
import { bus, DesignBuilder, port, sideA, sideB } from '../scenarios/builder';
import { prepare } from './simulate';
import { Router } from './routing';
import { KIND_IPC, KIND_LAN, KIND_NAMES } from './routes';
import { V_GW_A, V_GW_B, V_NETWORK, V_STORAGE, type Topology } from './topology';

/**
 * Routing is a reverse breadth-first search with parent lists, and for server-to-server flows a
 * search that stops as soon as the source's ports are settled. These properties check it against
 * a full search with no early stop: every routed path is a real path, obeys the gateway rule, and
 * is as short as the full search says.
 */
interface FabricOptions {
  servers: number;
  vms: number;
  leaves: number;
  spines: number;
  leafMesh: boolean;
  gateways: number;
  gatewayMesh: boolean;
  secondPort: boolean;
  ibStorageOnLeaf: boolean;
}

const fabricOptions = {
  servers: fc.integer({ min: 1, max: 24 }),
  vms: fc.integer({ min: 1, max: 3 }),
  leaves: fc.integer({ min: 1, max: 5 }),
  spines: fc.integer({ min: 1, max: 3 }),
  leafMesh: fc.boolean(),
  gateways: fc.integer({ min: 0, max: 3 }),
  gatewayMesh: fc.boolean(),
  secondPort: fc.boolean(),
  ibStorageOnLeaf: fc.boolean(),
};

function fabric(o: FabricOptions): Design {
  const b = new DesignBuilder('fabric', '')
    .server('srv', 'srv-rack2u-2007', 'Servers', 0, 0, { count: o.servers, vms: o.vms, adapters: [['hca', 'hca-connectx-ddr']] })
    .node('leaf', 'sw-ib-ddr-24', 'Leaves', 0, 0, o.leaves)
    .node('spine', 'sw-ib-ddr-24', 'Spines', 0, 0, o.spines)
    .node('lan', 'net-lan-gige', 'LAN', 0, 0)
    .node('st', 'st-ib-srp-array', 'Storage', 0, 0)
    .link(port('srv', 'hca', 0), bus('leaf'))
    .link(bus('leaf'), bus('spine'), { mesh: o.leafMesh })
    .link(bus(o.ibStorageOnLeaf ? 'leaf' : 'spine'), bus('st'));
  if (o.secondPort) b.link(port('srv', 'hca', 1), bus('spine'));
  if (o.gateways > 0) b.node('gw', 'gw-ib-eth-6', 'Gateways', 0, 0, o.gateways).link(sideA('gw'), bus('spine'), { mesh: o.gatewayMesh }).link(sideB('gw'), bus('lan'), { lanes: 6 });
  return b.build();
}

const arbFabric = fc.record(fabricOptions).map(fabric);

const isGateway = (topo: Topology, v: number): boolean => topo.vKind[v] === V_GW_A || topo.vKind[v] === V_GW_B;

describe('routing', () => {
  it('every path is connected, obeys the gateway rule and is a shortest path', () => {
    fc.assert(
      fc.property(arbFabric, (design) => {
        const { topo, routes } = prepare(design, catalogFor(design), false);
        const reference = new Router(topo);
        let lastSearch = '';
        for (let f = 0; f < routes.flowCount; f++) {
          // Walk the path edge by edge.
          let at = routes.flowSrcPort[f]!;
          const hops: Array<{ edge: number; inside: boolean }> = [];
          for (let k = routes.pathStart[f]!; k < routes.pathStart[f + 1]!; k++) {
            const de = routes.pathEdges[k]!;
            const e = de >> 1;
            const [from, to] = de & 1 ? [topo.edgeV[e]!, topo.edgeU[e]!] : [topo.edgeU[e]!, topo.edgeV[e]!];
            expect(from).toBe(at);
            hops.push({ edge: e, inside: topo.edgeLink[e]! < 0 });
            at = to;
          }
          expect(at).toBe(routes.flowEnd[f]!);
          // A gateway side is entered by one kind of edge and left by the other.
          for (let k = 1; k < hops.length; k++) {
            const de = routes.pathEdges[routes.pathStart[f]! + k]!;
            const v = de & 1 ? topo.edgeV[de >> 1]! : topo.edgeU[de >> 1]!;
            if (isGateway(topo, v)) expect(hops[k]!.inside).not.toBe(hops[k - 1]!.inside);
          }
          // As short as a full search from the same targets says.
          const kind = routes.flowKind[f]!;
          let targets: number[];
          if (kind === KIND_IPC) {
            const dst = topo.adapters[routes.flowDstAdapter[f]!]!;
            targets = topo.adapters.filter((a) => a.server === dst.server).flatMap((a) => Array.from({ length: a.part.ports }, (_, p) => a.firstPortVertex + p));
          } else {
            const want = kind === KIND_LAN ? V_NETWORK : V_STORAGE;
            targets = Array.from({ length: topo.vertexCount }, (_, v) => v).filter((v) => topo.vKind[v] === want);
          }
          const key = `${kind}:${targets.join(',')}`;
          if (key !== lastSearch) reference.searchAll(KIND_NAMES[kind]!, targets);
          lastSearch = key;
          expect(hops.length).toBe(reference.dist[2 * routes.flowSrcPort[f]!]);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('a leaf spreads its flows over the spines at most one apart, over LAN, SAN and every server-to-server search', () => {
    // Every spine leads everywhere (leaves and gateways meshed to the spines, storage on them), so
    // a leaf has the same choice in every search. Flows that only pass a leaf on their way down to
    // one of its servers make no choice there and must not shift where its own servers' flows go.
    const arbMeshed = fc
      .record({ ...fabricOptions, vms: fc.integer({ min: 1, max: 17 }), leafMesh: fc.constant(true), gateways: fc.integer({ min: 1, max: 3 }), gatewayMesh: fc.constant(true), secondPort: fc.constant(false), ibStorageOnLeaf: fc.constant(false) })
      .map(fabric);
    fc.assert(
      fc.property(arbMeshed, (design) => {
        const { topo, routes } = prepare(design, catalogFor(design), true);
        const leafNode = topo.nodeIndex.get('leaf')!;
        const spineNode = topo.nodeIndex.get('spine')!;
        const spines = design.nodes[spineNode]!.count;
        const up = Array.from({ length: design.nodes[leafNode]!.count }, () => new Array<number>(spines).fill(0));
        for (let k = 0; k < routes.pathEdges.length; k++) {
          const de = routes.pathEdges[k]!;
          const [from, to] = de & 1 ? [topo.edgeV[de >> 1]!, topo.edgeU[de >> 1]!] : [topo.edgeU[de >> 1]!, topo.edgeV[de >> 1]!];
          if (topo.vNode[from] === leafNode && topo.vNode[to] === spineNode) up[topo.vMember[from]!]![topo.vMember[to]!]!++;
        }
        return up.every((counts) => Math.max(...counts) - Math.min(...counts) <= 1);
      }),
      { numRuns: 150 },
    );
  });

  it('server-to-server flows across leaves go up to a spine and down (4 hops), within a leaf 2', () => {
    const design = new DesignBuilder('two leaves', '')
      .server('srv', 'srv-rack2u-2007', 'Servers', 0, 0, { count: 4, vms: 1, adapters: [['hca', 'hca-connectx-ddr']] })
      .node('leaf', 'sw-ib-ddr-24', 'Leaves', 0, 0, 2)
      .node('spine', 'sw-ib-ddr-24', 'Spines', 0, 0, 2)
      .link(port('srv', 'hca'), bus('leaf'))
      .link(bus('leaf'), bus('spine'), { mesh: true })
      .build();
    const { routes } = prepare(design, catalogFor(design), false);
    // Ring 0→1 (same leaf), 1→2 (across), 2→3 (same), 3→0 (across).
    const ipc = Array.from({ length: routes.flowCount }, (_, f) => f).filter((f) => routes.flowKind[f] === KIND_IPC);
    expect(ipc.map((f) => routes.pathStart[f + 1]! - routes.pathStart[f]!)).toEqual([2, 4, 2, 4]);
  });
});
