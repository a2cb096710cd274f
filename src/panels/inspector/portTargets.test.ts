import { describe, expect, it } from 'vitest';
import { catalogFor } from '../../catalog';
import type { Design } from '../../domain';
import { DesignBuilder, generateDesign, generateFlatDesign, TEMPLATES } from '../../scenarios';
import { bus, port, sideA } from '../../scenarios/builder';
import { tinyIbDesign } from '../../scenarios/testDesigns';
import { checkConnection, nodePorts } from '../../sim';
import { compatibleTargets, portRows } from './portTargets';

const refs = (ts: ReadonlyArray<{ ref: { node: string; handle: string } }>): string[] => ts.map((t) => `${t.ref.node}:${t.ref.handle}`);

describe('portRows', () => {
  it('lists a server’s adapter ports with their cable, and offers only free, same-protocol targets', () => {
    const d = tinyIbDesign({ storage: 'fc-no-gateway' });
    const [p1, p2] = portRows(d, 'srv');
    expect(p1!.port.label).toBe('InfiniHost III Ex DDR HCA, 2 ports port 1');
    expect(p1!.cables).toEqual([{ linkId: 'l1', other: { node: 'sw', handle: 'p' }, label: 'IB switch · InfiniBand ports' }]);
    expect(p1!.open).toBe(false);
    expect(p1!.targets).toEqual([]);

    expect(p2!.cables).toEqual([]);
    expect(p2!.open).toBe(true);
    // The IB switch and the gateway's IB side; not the LAN (Ethernet) nor the FC array.
    expect(refs(p2!.targets)).toEqual(['sw:p', 'gw:A']);
    expect(p2!.targets.map((t) => t.label)).toEqual(['IB switch — InfiniBand ports', 'Gateway — InfiniBand side']);
    expect(p2!.targets.every((t) => t.warning === undefined)).toBe(true);
  });

  it('keeps bus handles open and leaves out cabled adapter ports and existing connections', () => {
    const d = tinyIbDesign({ storage: 'ib' });
    const [sw] = portRows(d, 'sw');
    expect(sw!.open).toBe(true);
    expect(sw!.cables.map((c) => c.label)).toEqual(['Server · InfiniHost III Ex DDR HCA, 2 ports port 1', 'Gateway · InfiniBand side', 'IB storage · InfiniBand ports']);
    // Port 1 is cabled already; the gateway and storage are connected to this handle already.
    expect(refs(sw!.targets)).toEqual(['srv:a/hca/1']);
  });

  it('gives a gateway one row per side, each with its own protocol', () => {
    const d = tinyIbDesign();
    const rows = portRows(d, 'gw');
    expect(rows.map((r) => r.port.label)).toEqual(['InfiniBand side', 'Ethernet side']);
    expect(refs(rows[0]!.targets)).toEqual(['srv:a/hca/1']);
    expect(rows[1]!.cables.map((c) => c.linkId)).toEqual(['l3']);
    expect(rows[1]!.targets).toEqual([]); // the only Ethernet handle, the LAN, is connected already
  });

  it('names a rate mismatch in the option text', () => {
    const d = new DesignBuilder('Rates', '')
      .server('srv', 'srv-blade-2007', 'Server 1', 0, 0, { count: 1, vms: 1, adapters: [['hca', 'hca-connectx-ddr']] })
      .node('sw', 'sw-ib-ddr-24', 'IB switch 1', 200, 0)
      .node('st', 'st-ib-nvmeof-hdr', 'IB storage 1', 200, 200)
      .build();
    const targets = compatibleTargets(d, { node: 'srv', handle: 'a/hca/0' });
    expect(targets.map((t) => t.label)).toEqual(['IB switch 1 — InfiniBand ports', 'IB storage 1 — InfiniBand ports (rates differ)']);
    expect(targets[1]!.warning).toMatch(/^Rates differ/);
  });

  it('has no rows for a server without adapters or an unknown node', () => {
    const d = new DesignBuilder('Bare', '').server('srv', 'srv-blade-2007', 'Server 1', 0, 0, { count: 1, vms: 1, adapters: [] }).build();
    expect(portRows(d, 'srv')).toEqual([]);
    expect(portRows(d, 'nope')).toEqual([]);
    expect(compatibleTargets(d, { node: 'srv', handle: 'a/x/0' })).toEqual([]);
  });
});

describe('compatibleTargets', () => {
  // The module hands checkConnection only the two nodes and their cables; that must give the same
  // answer as checking against the whole design.
  const bruteForce = (d: Design, from: { node: string; handle: string }): string[] => {
    const catalog = catalogFor(d);
    return d.nodes
      .filter((n) => n.id !== from.node)
      .flatMap((n) => nodePorts(d, n, catalog).map((p) => ({ node: n.id, handle: p.handle })))
      .filter((to) => checkConnection(d, from, to, catalog).ok)
      .map((to) => `${to.node}:${to.handle}`);
  };

  const designs: Array<[string, Design]> = [
    ...TEMPLATES.map((t): [string, Design] => [t.id, t.build()]),
    ['generated', generateDesign({ servers: 64, vms: 8 })],
    ['flat', generateFlatDesign({ nodes: 60 })],
    [
      'open ports',
      new DesignBuilder('Open', '')
        .server('s1', 'srv-rack2u-2007', 'S1', 0, 0, { count: 4, vms: 4, adapters: [['h', 'hca-connectx-ddr'], ['f', 'hba-fc-4g'], ['n', 'nic-gige-2p']] })
        .server('s2', 'srv-rack2u-2007', 'S2', 0, 0, { count: 4, vms: 4, adapters: [['h', 'hca-infinihost3-ddr'], ['n', 'nic-gige-4p']] })
        .node('sw', 'sw-ib-ddr-24', 'IB', 0, 0)
        .node('gw', 'gw-ib-fc-4', 'GW', 0, 0)
        .node('fc', 'sw-fc-16-2g', 'FC', 0, 0)
        .link(port('s1', 'h'), bus('sw'))
        .link(port('s2', 'h', 1), sideA('gw'))
        .build(),
    ],
  ];

  it.each(designs)('matches checkConnection over the whole design (%s)', (_name, d) => {
    const catalog = catalogFor(d);
    for (const n of d.nodes) {
      for (const p of nodePorts(d, n, catalog)) {
        const from = { node: n.id, handle: p.handle };
        expect(refs(compatibleTargets(d, from, catalog)), `${n.label} ${p.label}`).toEqual(bruteForce(d, from));
      }
    }
  });
});
