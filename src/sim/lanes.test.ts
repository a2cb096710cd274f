import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG } from '../catalog';
import { DesignBuilder } from '../scenarios/builder';
import { memberPortUse, proposeLanes } from './lanes';

const p = (node: string, handle = 'p') => ({ node, handle });

// 128 blades with one HCA port each on 8 leaves of 24 ports (16 blades per leaf), 2 spines,
// a 6-GigE-port gateway and the LAN: the numbers below are worked out by hand.
function fabric(opts: { spineCabled?: boolean } = {}) {
  const b = new DesignBuilder('Lanes', 'test')
    .server('srv', 'srv-blade-2007', 'Blades', 0, 0, { count: 128, vms: 1, adapters: [['hca', 'hca-infinihost3-ddr']] })
    .node('leaf', 'sw-ib-ddr-24', 'Leaves', 200, 0, 8)
    .node('spine', 'sw-ib-ddr-24', 'Spines', 400, 0, 2)
    .node('gw', 'gw-ib-eth-6', 'Gateway', 600, 0)
    .node('lan', 'net-lan-gige', 'LAN', 800, 0)
    .link(['srv', 'a/hca/0'], ['leaf', 'p']);
  if (opts.spineCabled) b.link(['leaf', 'p'], ['spine', 'p'], { lanes: 2 });
  return b.build({ keepPositions: true });
}

describe('lanes proposed for a new cable', () => {
  it('counts ports in use per member under block pairing', () => {
    const d = fabric({ spineCabled: true });
    const leaf = d.nodes.find((n) => n.id === 'leaf')!;
    const spine = d.nodes.find((n) => n.id === 'spine')!;
    // 16 blades per leaf, plus 2 lanes to its spine; each spine meets 4 leaves × 2 lanes.
    expect(memberPortUse(d, leaf, 'p')).toEqual(new Array(8).fill(18));
    expect(memberPortUse(d, spine, 'p')).toEqual([8, 8]);
  });

  it('gives a gateway to the LAN every port of its side (the newcomer got one lane)', () => {
    const r = proposeLanes(fabric(), p('gw', 'B'), p('lan'), DEFAULT_CATALOG);
    expect(r).toEqual({ lanes: 6, limitedBy: 'the 6 free ports of "Gateway" (other side)' });
  });

  it('gives leaves with their servers what their free ports and the spines allow', () => {
    // Leaves: 24 − 16 = 8 free each, one spine each. Spines: 24 free, 4 leaves each → 6 per pair.
    // Non-blocking, a leaf's 16 cabled 16 Gb/s ports need 16 lanes of 16 Gb/s: more than there are.
    expect(proposeLanes(fabric(), p('leaf'), p('spine'), DEFAULT_CATALOG)).toEqual({ lanes: 6, limitedBy: 'the 24 free ports of "Spines" shared by 4 member pairs', planned: { lanes: 16, end: 'Leaves', gbps: 256, ratio: 1 } });
    // With 2 lanes to the spines already: leaves 24 − 18 = 6 free; spines (24 − 8) / 4 = 4.
    expect(proposeLanes(fabric({ spineCabled: true }), p('leaf'), p('spine'), DEFAULT_CATALOG)?.lanes).toBe(4);
  });

  it('says how many lanes carry a switch’s cabled ports at full rate (non-blocking)', () => {
    // A 24-port GigE switch with the gateway's 6 ports cabled, to the LAN: 18 free, 6 needed.
    const d = new DesignBuilder('Uplinks', 'test')
      .node('gw', 'gw-ib-eth-6', 'Gateway', 0, 0)
      .node('sw', 'sw-gige-24', 'Access', 200, 0)
      .node('lan', 'net-lan-gige', 'LAN', 400, 0)
      .link(['gw', 'B'], ['sw', 'p'], { lanes: 6 })
      .build({ keepPositions: true });
    expect(proposeLanes(d, p('sw'), p('lan'), DEFAULT_CATALOG)).toEqual({ lanes: 18, limitedBy: 'the 18 free ports of "Access"', planned: { lanes: 6, end: 'Access', gbps: 6, ratio: 1 } });
    // At the design's 4:1, the 6 Gb/s need 1.5 lanes of 1 Gb/s: 2. At 3:1 exactly 2 (no rounding up past a whole lane).
    for (const [ratio, lanes] of [[4, 2], [3, 2], [2, 3], [1.5, 4]] as const) {
      const planned = { ...d, settings: { ...d.settings, oversubscription: ratio } };
      expect(proposeLanes(planned, p('sw'), p('lan'), DEFAULT_CATALOG)?.planned).toEqual({ lanes, end: 'Access', gbps: 6, ratio });
    }
  });

  it('leaves one lane where nothing says what the ports are for, and on adapter ports', () => {
    expect(proposeLanes(fabric(), p('spine'), p('lan'), DEFAULT_CATALOG)).toBeNull(); // IB spine, no cables yet
    expect(proposeLanes(fabric(), p('srv', 'a/hca/1'), p('leaf'), DEFAULT_CATALOG)).toBeNull();
  });
});
