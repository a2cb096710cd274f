import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogFor } from '../catalog';
import type { Design } from '../domain';
import { bus, DesignBuilder, port } from '../scenarios/builder';
import { prepare, simulate } from './simulate';

/**
 * docs/model.md §3, "Equal-cost paths": flows are spread evenly over equal-cost next hops — each
 * source's flows at most one apart, and all sources' flows together at most one apart — so on a
 * symmetric fabric identical VMs get identical figures, whatever their number (issue "Numbers
 * that survive a customer's questions", item 3).
 *
 * The fabric: `perLeaf` server groups of `leaves` servers each, member i of every group on leaf i,
 * so the server-to-server ring (which follows group order) crosses from leaf i to leaf i + 1 at
 * every step; leaves meshed to the spines with enough lanes to be non-blocking. 25GbE throughout,
 * one NIC port cabled per server.
 */
interface Fabric {
  leaves: number;
  spines: number;
  perLeaf: number;
  vms: number;
  /** Where the LAN and storage hang: nowhere, one of each per leaf, or behind the spines. */
  targets: 'none' | 'leaves' | 'spines';
}

function leafSpine(o: Fabric): Design {
  const lanes = Math.ceil(o.perLeaf / o.spines);
  const b = new DesignBuilder('leaf-spine', '').mode('passthrough');
  for (let g = 0; g < o.perLeaf; g++) b.server(`g${g}`, 'srv-1u-2024', `servers ${g}`, 0, 0, { count: o.leaves, vms: o.vms, adapters: [['nic', 'nic-25gbe-2p']] });
  b.node('leaf', 'sw-25gbe-48', 'leaves', 0, 0, o.leaves).node('spine', 'sw-25gbe-48', 'spines', 0, 0, o.spines);
  for (let g = 0; g < o.perLeaf; g++) b.link(port(`g${g}`, 'nic'), bus('leaf'));
  b.link(bus('leaf'), bus('spine'), { mesh: true, lanes });
  if (o.targets === 'leaves') {
    // One network per leaf: a network shared by the leaves would be a way between them.
    b.node('lan', 'net-lan-100gbe', 'LAN', 0, 0, o.leaves).node('st', 'st-eth-nvmetcp-100g', 'storage', 0, 0, o.leaves);
    b.link(bus('leaf'), bus('lan')).link(bus('leaf'), bus('st'));
  } else if (o.targets === 'spines') {
    b.node('lan', 'net-lan-100gbe', 'LAN', 0, 0).node('st', 'st-eth-nvmetcp-100g', 'storage', 0, 0, o.spines);
    b.link(bus('spine'), bus('lan'), { lanes: o.leaves * lanes }).link(bus('spine'), bus('st'), { lanes: 4 });
  }
  return b.build();
}

/**
 * Flows over each leaf's uplinks (leaf → spine): the largest spread (most − fewest flows over one
 * leaf's spines) over all flows of a leaf, and over the flows of one source server and kind.
 */
function uplinkSpread(design: Design): { perLeaf: number; perSource: number } {
  const { topo, routes } = prepare(design, catalogFor(design), true);
  const leafNode = topo.nodeIndex.get('leaf')!;
  const spineNode = topo.nodeIndex.get('spine')!;
  const spines = design.nodes[spineNode]!.count;
  const perLeaf = new Map<string, number[]>();
  const perSource = new Map<string, number[]>();
  const bump = (map: Map<string, number[]>, key: string, spine: number): void => {
    const counts = map.get(key) ?? new Array<number>(spines).fill(0);
    counts[spine]!++;
    map.set(key, counts);
  };
  for (let f = 0; f < routes.flowCount; f++) {
    for (let k = routes.pathStart[f]!; k < routes.pathStart[f + 1]!; k++) {
      const de = routes.pathEdges[k]!;
      const [from, to] = de & 1 ? [topo.edgeV[de >> 1]!, topo.edgeU[de >> 1]!] : [topo.edgeU[de >> 1]!, topo.edgeV[de >> 1]!];
      if (topo.vNode[from] !== leafNode || topo.vNode[to] !== spineNode) continue;
      bump(perLeaf, `${topo.vMember[from]}`, topo.vMember[to]!);
      bump(perSource, `${routes.vmServer[routes.flowVm[f]!]}:${routes.flowKind[f]}`, topo.vMember[to]!);
    }
  }
  const spread = (map: Map<string, number[]>): number => Math.max(0, ...[...map.values()].map((c) => Math.max(...c) - Math.min(...c)));
  return { perLeaf: spread(perLeaf), perSource: spread(perSource) };
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('ECMP: flows spread evenly over equal-cost paths', () => {
  it('an odd number of VMs per server on a non-blocking leaf–spine: every VM gets its port share, the fabric delivers it all', () => {
    // 4 leaves × 4 servers (four groups, member i on leaf i), 4 spines, one 25GbE lane from each
    // leaf to each spine: 4 ports down, 4 up, non-blocking. Only server-to-server traffic, 30 Gb/s
    // a VM (more than a port carries), pass-through IOV (the port, not the host, is the limit).
    //   a port carries 25 × 1448 / 1538 = 23.537 Gb/s (TCP goodput at 1500 MTU)
    //   3 VMs a server → 23.537 / 3 = 7.846 Gb/s each, if the fabric carries it:
    //   each leaf sends 4 × 3 = 12 flows to the next leaf over 4 uplinks → 3 flows an uplink →
    //   3 × 7.846 = 23.537 Gb/s, exactly an uplink; the same 3 flows come down each spine.
    //   In all 16 × 23.537 = 376.59 Gb/s. With one VM a server: 1 flow an uplink, 23.537 each.
    // Before the fix, flows arriving at a leaf moved its turn, so its servers' flows started on
    // the same spines: with 3 VMs, VMs got 5.884 or 11.769 Gb/s; with 1, every VM 11.769 and the
    // fabric 188.3 Gb/s, half of what it carries.
    const port = (25 * 1448) / 1538;
    for (const vms of [3, 1]) {
      const d = leafSpine({ leaves: 4, spines: 4, perLeaf: 4, vms, targets: 'none' });
      const design: Design = { ...d, workloads: [{ ...d.workloads[0]!, lanMbps: 0, sanMBps: 0, ipcMbps: 30000 }] };
      const m = simulate(design, { modes: ['passthrough'] }).modes[0]!;
      expect(m.vm.count).toBe(16 * vms);
      expect(m.vm.ipcGbps.min).toBeCloseTo(port / vms, 9);
      expect(m.vm.ipcGbps.max).toBeCloseTo(port / vms, 9);
      expect(m.totals.ipcGbps).toBeCloseTo(16 * port, 9);
    }
  });

  it('on a symmetric leaf–spine fabric every VM gets the same figures, for any VM count', () => {
    const arbFabric = fc.record({
      leaves: fc.integer({ min: 2, max: 5 }),
      spines: fc.integer({ min: 1, max: 4 }),
      perLeaf: fc.integer({ min: 1, max: 4 }),
      vms: fc.integer({ min: 1, max: 17 }),
      targets: fc.constantFrom('none' as const, 'leaves' as const, 'spines' as const),
    });
    fc.assert(
      fc.property(arbFabric, (o) => {
        const design = leafSpine(o);
        const r = simulate(design, { saturate: true });
        for (const m of r.modes) {
          const p = m.perVm;
          for (const series of [p.lanGbps, p.sanMBps, p.ipcGbps, p.lanLatencyUs, p.sanLatencyUs, p.ipcLatencyUs]) {
            for (let v = 1; v < series.length; v++) if (!close(series[v]!, series[0]!)) return false;
          }
        }
        // Why: each source's flows, and all flows over a leaf's uplinks, at most one apart.
        const spread = uplinkSpread(design);
        return spread.perLeaf <= 1 && spread.perSource <= 1;
      }),
      { numRuns: 250 },
    );
  });
});
