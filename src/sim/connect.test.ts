import { describe, expect, it } from 'vitest';
import { checkConnection, installAdapterCheck, linkEra, nodePorts } from './connect';
import { tinyIbDesign } from '../scenarios/testDesigns';
import { TEMPLATES } from '../scenarios';
import { catalogFor, defaultCableId } from '../catalog';
import type { Design, DesignLink, PortRef } from '../domain';
import { buildTopology } from './expandDesign';
import { cablePicker } from './bom';

describe('connection rules', () => {
  const d = tinyIbDesign();
  d.nodes.push({ id: 'fcsw', partId: 'sw-fc-32-2g', label: 'FC switch', position: { x: 0, y: 0 }, count: 1 });
  d.nodes.push({ id: 'qdr', partId: 'sw-ib-qdr-36', label: 'QDR switch', position: { x: 0, y: 0 }, count: 1 });

  it('exposes adapter ports and node handles', () => {
    expect(nodePorts(d, d.nodes[0]!).map((p) => p.handle)).toEqual(['a/hca/0', 'a/hca/1']);
    expect(nodePorts(d, d.nodes.find((n) => n.id === 'gw')!).map((p) => [p.handle, p.protocol])).toEqual([['A', 'infiniband'], ['B', 'ethernet']]);
  });

  it('refuses a protocol mismatch with the reason', () => {
    const r = checkConnection(d, { node: 'srv', handle: 'a/hca/1' }, { node: 'fcsw', handle: 'p' });
    expect(r).toEqual({ ok: false, reason: expect.stringMatching(/InfiniBand port on "Server" cannot connect to a Fibre Channel switch "FC switch"/) });
  });

  it('refuses a second cable on an adapter port and a self-connection', () => {
    expect(checkConnection(d, { node: 'srv', handle: 'a/hca/0' }, { node: 'qdr', handle: 'p' }).ok).toBe(false);
    expect(checkConnection(d, { node: 'sw', handle: 'p' }, { node: 'sw', handle: 'p' }).ok).toBe(false);
  });

  it('accepts a rate mismatch with a warning', () => {
    const r = checkConnection(d, { node: 'srv', handle: 'a/hca/1' }, { node: 'qdr', handle: 'p' });
    expect(r).toEqual({ ok: true, warning: expect.stringContaining('16 vs 32 Gb/s') });
  });

  it('installs adapters only into a server with a free slot', () => {
    expect(installAdapterCheck(d, 'srv', 'hca-connectx-ddr').ok).toBe(true);
    const full = { ...d, nodes: d.nodes.map((n) => (n.id === 'srv' ? { ...n, adapters: [...n.adapters!, { id: 'b', partId: 'hca-connectx-ddr' }] } : n)) };
    expect(installAdapterCheck(full, 'srv', 'nic-gige-1p')).toEqual({ ok: false, reason: expect.stringMatching(/no free slot \(2 of 2 mezzanine/) });
    expect(installAdapterCheck(d, 'sw', 'nic-gige-1p').ok).toBe(false);
  });
});

describe('a link’s default cable: the inspector names what the bill of materials counts', () => {
  // The inspector's rule (linkEra of its two ends, the slower end's rate) against the cable the
  // bill of materials picks for the link's first cable. They used to disagree on mixed links: the
  // inspector went by the server's era, the bill by its adapter's.
  const inspectorCable = (d: Design, link: DesignLink): string | undefined => {
    const end = (ref: PortRef) => nodePorts(d, d.nodes.find((n) => n.id === ref.node)!).find((p) => p.handle === ref.handle);
    const a = end(link.a);
    const b = end(link.b);
    return defaultCableId(catalogFor(d), { protocol: (a ?? b)!.protocol, era: linkEra([a, b]), lengthM: link.lengthM, rateGbps: Math.min(a!.rateGbps, b!.rateGbps) });
  };
  const withAdapter = (d: Design, partId: string): Design => ({ ...d, nodes: d.nodes.map((n) => (n.id === 'srv' ? { ...n, adapters: n.adapters!.map((a) => ({ ...a, partId })) } : n)) });
  const designs: [string, Design][] = [
    ...TEMPLATES.map((t): [string, Design] => [t.id, t.build()]),
    ['2007 blade, today’s HCA, 2007 switch', withAdapter(tinyIbDesign(), 'hca-cx7-ndr')],
    ['today’s server, 2007 HCA', { ...tinyIbDesign(), nodes: tinyIbDesign().nodes.map((n) => (n.id === 'srv' ? { ...n, partId: 'srv-1u-2024' } : n)) }],
  ];
  it.each(designs)('%s', (_, d) => {
    const catalog = catalogFor(d);
    const topo = buildTopology(d, catalog);
    const cableOf = cablePicker(topo, catalog);
    let checked = 0;
    d.links.forEach((link, li) => {
      const e = topo.edgeLink.indexOf(li);
      if (link.cablePartId || e < 0) return;
      expect(inspectorCable(d, link), link.id).toBe(cableOf(e));
      checked++;
    });
    expect(checked).toBeGreaterThan(0);
  });
  it('a 2007 blade with today’s HCA takes today’s cable, and the seed’s when both ends are 2007', () => {
    const mixed = withAdapter(tinyIbDesign(), 'hca-cx7-ndr');
    expect(linkEra(nodePorts(mixed, mixed.nodes[0]!).slice(0, 1))).toBe('modern');
    expect(linkEra([...nodePorts(tinyIbDesign(), tinyIbDesign().nodes[0]!).slice(0, 1), undefined])).toBe('modern');
    expect(linkEra(nodePorts(tinyIbDesign(), tinyIbDesign().nodes[1]!))).toBe('seed');
  });
});
