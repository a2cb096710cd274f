// Columns follow the traffic: on every design the app ships (templates, the wizard's designs,
// `sim generate`) each cable runs from a lower column to a higher one, and a hand-drawn design
// with an Ethernet switch behind its gateway puts that switch after the gateway (issue 23).
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG } from '../catalog';
import type { Design } from '../domain';
import { DesignBuilder, defaultSizingInput, ERAS, FABRICS, generateDesign, sizeDesign, TEMPLATES } from '../scenarios';
import { bus, port } from '../scenarios/builder';
import { ethBehindGateway } from '../scenarios/testing/tidyDesigns';
import { nodeRanks } from './roles';

function shipped(): Array<[string, Design]> {
  const out: Array<[string, Design]> = TEMPLATES.map((t) => [t.id, t.build()]);
  for (const era of ERAS) {
    for (const fabric of FABRICS) {
      for (const servers of [16, 1000]) {
        const o = sizeDesign({ ...defaultSizingInput(era, fabric), servers });
        // Two pairs the wizard refuses (no 2007 SR-IOV, no current IB↔FC gateway).
        if (o.ok) out.push([`wizard ${era} ${fabric} ${servers}`, o.result.design]);
      }
    }
  }
  out.push(['generate 16', generateDesign({ servers: 16, vms: 4 })], ['generate 1000', generateDesign({ servers: 1000, vms: 4 })]);
  return out;
}

describe('ranks by the flow of traffic', () => {
  it.each(shipped())('%s: every cable runs from a lower column to a higher one', (_, design) => {
    const r = nodeRanks(design, DEFAULT_CATALOG);
    const backwards = design.links.filter((l) => l.a.node !== l.b.node && r.get(l.a.node)!.rank === r.get(l.b.node)!.rank).map((l) => l.id);
    expect(backwards).toEqual([]);
    // Servers first; the LAN and storage share the last column.
    const last = Math.max(...[...r.values()].map((n) => n.rank));
    for (const n of r.values()) {
      if (n.kind === 'server') expect(n.rank).toBe(0);
      if (n.kind === 'network' || n.kind === 'storage') expect(n.rank).toBe(last);
    }
  });

  it('puts the Ethernet switch behind a gateway after the gateway, and the LAN after it', () => {
    const r = nodeRanks(ethBehindGateway(), DEFAULT_CATALOG);
    expect(Object.fromEntries([...r].map(([id, n]) => [id, n.rank]))).toEqual({ servers: 0, ib: 1, gw: 2, eth: 3, lan: 4 });
  });

  it('keeps an ISL between two leaves in one column (the one cable that cannot point forwards)', () => {
    const d = new DesignBuilder('ISL', '')
      .server('servers', 'srv-blade-2007', 'Servers', 0, 0, { count: 16, vms: 4, adapters: [['hca1', 'hca-connectx-ddr'], ['hca2', 'hca-connectx-ddr']] })
      .node('a', 'sw-ib-ddr-24', 'A', 300, 0)
      .node('b', 'sw-ib-ddr-24', 'B', 300, 200)
      .link(port('servers', 'hca1'), bus('a'))
      .link(port('servers', 'hca2'), bus('b'))
      .link(bus('a'), bus('b'))
      .build({ keepPositions: true });
    const r = nodeRanks(d, DEFAULT_CATALOG);
    expect([r.get('a')!.rank, r.get('b')!.rank]).toEqual([1, 1]);
  });
});
