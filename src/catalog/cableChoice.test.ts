import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CablePart, Protocol } from '../domain';
import { cableChooser, defaultCableId, type CableNeed } from './cableChoice';
import { catalogFor, DEFAULT_CATALOG, makeCatalog } from './index';

const modern = (protocol: Protocol, rateGbps: number, lengthM: number): string => defaultCableId(DEFAULT_CATALOG, { protocol, era: 'modern', lengthM, rateGbps });

describe('the default cable of a link, by reach and rate', () => {
  it.each([
    // [protocol, rate Gb/s, length m, part]: a rack run gets copper, a row run optics.
    ['ethernet', 25, 3, 'cab-eth-dac'],
    ['ethernet', 100, 5, 'cab-eth-dac'],
    ['ethernet', 100, 6, 'cab-eth-aoc-100g'],
    ['ethernet', 100, 60, 'cab-eth-aoc-100g'],
    ['ethernet', 100, 150, 'cab-eth-cwdm4-100g'],
    ['ethernet', 200, 2, 'cab-eth-dac-200g'],
    ['ethernet', 200, 20, 'cab-eth-aoc-200g'],
    ['ethernet', 200, 60, 'cab-eth-sr4-200g'],
    ['ethernet', 400, 2, 'cab-eth-dac-400g'],
    ['ethernet', 400, 30, 'cab-eth-sr4-400g'],
    ['ethernet', 400, 60, 'cab-eth-dr4-400g'],
    ['ethernet', 400, 800, 'cab-eth-fr4-400g'],
    ['ethernet', 800, 1.5, 'cab-eth-dac-800g'],
    ['ethernet', 800, 40, 'cab-eth-sr8-800g'],
    ['ethernet', 800, 80, 'cab-eth-dr8-800g'],
    ['ethernet', 800, 1000, 'cab-eth-fr8-800g'],
    ['infiniband', 200, 2, 'cab-ib-dac-hdr'],
    ['infiniband', 200, 3, 'cab-ib-aoc'],
    ['infiniband', 200, 60, 'cab-ib-sr4-hdr'],
    ['infiniband', 400, 1, 'cab-ib-dac-ndr'],
    ['infiniband', 400, 20, 'cab-ib-dr4-ndr'],
    ['infiniband', 400, 500, 'cab-ib-fr4-ndr'],
    ['fc', 25.6, 50, 'cab-fc-om4'],
    ['fc', 25.6, 500, 'cab-fc-lw-32g'],
    ['fc', 51.2, 500, 'cab-fc-lw-64g'],
  ] as const)('%s at %s Gb/s over %s m: %s', (protocol, rate, length, id) => {
    expect(modern(protocol, rate, length)).toBe(id);
  });

  it('past every reach: the longest-reaching part for the rate (a finding says it is too short)', () => {
    expect(modern('ethernet', 400, 5000)).toBe('cab-eth-fr4-400g');
  });

  it('no part carries the rate (XDR): the protocol’s default', () => {
    expect(modern('infiniband', 800, 2)).toBe('cab-ib-aoc');
  });

  it('2007 links keep the seed’s one cable per protocol, whatever their length', () => {
    const seed = (protocol: Protocol, lengthM: number) => defaultCableId(DEFAULT_CATALOG, { protocol, era: 'seed', lengthM, rateGbps: 1 });
    expect([seed('ethernet', 2), seed('ethernet', 90), seed('fc', 300), seed('infiniband', 15)]).toEqual(['cab-cat5e', 'cab-cat5e', 'cab-fc-lc', 'cab-ib-cx4']);
  });

  it('follows the design’s price list, and never picks a cable that states no reach', () => {
    const priced = catalogFor({ customParts: [], priceList: { 'cab-eth-dac': { priceUsd: 400 } } });
    expect(defaultCableId(priced, { protocol: 'ethernet', era: 'modern', lengthM: 2, rateGbps: 100 })).toBe('cab-eth-dac-200g'); // the next cheapest that reaches 2 m and carries 100G
    const free: CablePart = { kind: 'cable', id: 'my-cable', name: 'Mine', era: 'modern', protocol: 'ethernet', medium: 'copper', priceUsd: 0, powerW: 0, sources: {} };
    const own = makeCatalog([...DEFAULT_CATALOG.parts, free]);
    expect(defaultCableId(own, { protocol: 'ethernet', era: 'modern', lengthM: 2, rateGbps: 100 })).toBe('cab-eth-dac');
  });

  it('property: the part reaches and carries, and no cheaper one of the protocol does both', () => {
    const choose = cableChooser(DEFAULT_CATALOG);
    const cables = DEFAULT_CATALOG.parts.filter((p): p is CablePart => p.kind === 'cable' && p.era === 'modern' && p.reachM !== undefined);
    const need = fc.record({
      protocol: fc.constantFrom<Protocol>('ethernet', 'infiniband', 'fc'),
      era: fc.constant<'modern'>('modern'),
      lengthM: fc.double({ min: 0.1, max: 2000, noNaN: true }),
      rateGbps: fc.constantFrom(25, 51.2, 100, 200, 400, 800),
    });
    fc.assert(
      fc.property(need, (n: CableNeed) => {
        const fits = (c: CablePart) => c.protocol === n.protocol && c.reachM! >= n.lengthM && (c.rateGbps ?? Infinity) >= n.rateGbps;
        const part = DEFAULT_CATALOG.byId.get(choose(n)) as CablePart;
        const any = cables.filter(fits);
        if (any.length === 0) return; // past every reach or rate: covered above
        expect(fits(part)).toBe(true);
        expect(any.every((c) => c.priceUsd >= part.priceUsd)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
