import { describe, expect, it } from 'vitest';
import { catalogFor } from '../catalog';
import type { Design } from '../domain';
import { bus, DesignBuilder, port } from '../scenarios/builder';
import { billOfMaterials, categoryTotals } from './bom';
import { buildTopology } from './expandDesign';
import { simulate } from './simulate';

/** 4 current servers, one 100GbE port each to a switch 2 m away; the switch to the LAN 60 m away over 2 lanes. */
function rack(uplinkM = 60): Design {
  return new DesignBuilder('rack', '')
    .server('srv', 'srv-1u-2024', 'Servers', 0, 0, { count: 4, vms: 4, adapters: [['nic', 'nic-100gbe-2p']] })
    .node('sw', 'sw-100gbe-32', 'ToR', 300, 0)
    .node('lan', 'net-lan-100gbe', 'LAN', 600, 0)
    .link(port('srv', 'nic'), bus('sw'), { lengthM: 2 })
    .link(bus('sw'), bus('lan'), { lanes: 2, lengthM: uplinkM })
    .build();
}

const withCable = (d: Design, linkIndex: number, cablePartId: string): Design => ({ ...d, links: d.links.map((l, i) => (i === linkIndex ? { ...l, cablePartId } : l)) });
const reachFindings = (d: Design) => simulate(d, { modes: ['software'] }).findings.filter((f) => f.code === 'cable-reach');

describe('cables by reach in the bill of materials', () => {
  it('a 2 m rack run gets the DAC, a 60 m uplink optics: lines, dollars and watts by hand', () => {
    const design = rack();
    const catalog = catalogFor(design);
    const cables = billOfMaterials(buildTopology(design, catalog), catalog).filter((l) => l.category === 'cables');
    expect(cables.map((l) => [l.partId, l.quantity, l.extendedUsd, l.totalW, l.lengthClass])).toEqual([
      ['cab-eth-dac', 4, 4 * 60, 4 * 0, '≤ 2 m'],
      ['cab-eth-aoc-100g', 2, 2 * 300, 2 * 4.5, '≤ 100 m'],
    ]);
    const { capex, watts } = categoryTotals(cables);
    expect([capex.cables, watts.cables]).toEqual([840, 9]);
    const m = simulate(design, { modes: ['software'] }).modes[0]!;
    expect(m.power.byCategoryW.cables).toBe(9);
    expect(m.power.fabricW).toBe(400 + 9); // one 400 W switch and the two AOCs
  });

  it('a link with its own cable part keeps it', () => {
    const design = withCable(rack(), 1, 'cab-eth-cwdm4-100g');
    const catalog = catalogFor(design);
    const ids = billOfMaterials(buildTopology(design, catalog), catalog).filter((l) => l.category === 'cables').map((l) => l.partId);
    expect(ids).toEqual(['cab-eth-dac', 'cab-eth-cwdm4-100g']);
  });
});

describe('the cable-reach finding', () => {
  it('none when every cable reaches', () => {
    expect(reachFindings(rack())).toEqual([]);
  });

  it('an error when a user-picked DAC is on a 60 m run, naming the part, its reach and the length', () => {
    const [f, ...rest] = reachFindings(withCable(rack(), 1, 'cab-eth-dac'));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', linkId: 'l2' });
    expect(f!.message).toBe('The cable "ToR" ↔ "LAN" is 60 m long; its cable part, Ethernet DAC (SFP28/QSFP28), reaches 5 m. Choose a part that reaches, or shorten the run.');
  });

  it('a warning when no part of the catalog reaches: the default is the longest-reaching one', () => {
    const [f] = reachFindings(rack(3000));
    expect(f).toMatchObject({ severity: 'warning', linkId: 'l2' });
    expect(f!.message).toContain('3000 m long');
    expect(f!.message).toContain('100GbE CWDM4 optics pair + single-mode fibre, ≤ 2 km, reaches 2000 m');
  });

  it('a warning when the cable is slower than the ports it joins', () => {
    const fast = new DesignBuilder('fast', '')
      .server('srv', 'srv-1u-2024', 'Servers', 0, 0, { count: 1, vms: 4, adapters: [['nic', 'nic-400gbe-1p']] })
      .node('sw', 'sw-400gbe-32', 'ToR', 300, 0)
      .link(port('srv', 'nic'), bus('sw'), { lengthM: 2 })
      .build();
    expect(reachFindings(fast)).toEqual([]); // its default: the 400GbE DAC
    const [f] = reachFindings(withCable(fast, 0, 'cab-eth-dac'));
    expect(f).toMatchObject({ severity: 'warning', linkId: 'l1' });
    expect(f!.message).toBe('The cable "Servers" ↔ "ToR" runs at 400 Gb/s; its cable, Ethernet DAC (SFP28/QSFP28), carries 100 Gb/s.');
  });
});
