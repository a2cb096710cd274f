import { describe, expect, it } from 'vitest';
import { checkConnection, installAdapterCheck, nodePorts } from './connect';
import { tinyIbDesign } from '../scenarios/testDesigns';

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
