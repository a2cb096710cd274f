import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG } from './index';
import { MODERN_ADAPTERS } from './modern/adapters';
import { MODERN_CABLES } from './modern/cables';
import { EST, pcie } from './modern/helpers';
import { MODERN_SWITCHES } from './modern/switches';

/** The figures a quote is built from, by kind: each must say where it comes from. */
const SOURCED = {
  adapter: ['ports', 'portDataGbps', 'busGbps', 'maxVms', 'priceUsd', 'powerW'],
  switch: ['ports', 'hopLatencyUs', 'priceUsd', 'powerW'],
  cable: ['reachM', 'rateGbps', 'priceUsd', 'powerW'],
} as const;

describe('the modern catalog', () => {
  const parts = [...MODERN_ADAPTERS, ...MODERN_SWITCHES, ...MODERN_CABLES];

  it.each(parts.map((p) => [p.id, p] as const))('%s names a source for each of its figures', (_id, p) => {
    for (const field of SOURCED[p.kind]) expect(p.sources[field], `${p.id}.${field}`).toMatch(/\S{3}/);
    // List prices are estimates and say so, with the shared wording users replace.
    expect(p.sources.priceUsd).toContain(EST);
    expect(DEFAULT_CATALOG.byId.has(p.id)).toBe(true);
  });

  it('has no two parts with one id', () => {
    const ids = DEFAULT_CATALOG.parts.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the figures old designs were priced with', () => {
    const figures = (id: string) => {
      const p = DEFAULT_CATALOG.byId.get(id)!;
      return [p.priceUsd, p.powerW];
    };
    expect(['cab-eth-dac', 'cab-fc-om4', 'cab-ib-aoc'].map(figures)).toEqual([[60, 0], [350, 1], [600, 3]]);
    expect(['nic-100gbe-2p', 'hca-cx7-ndr', 'sw-400gbe-32', 'sw-ib-ndr-64'].map(figures)).toEqual([[1500, 20], [2600, 25], [45000, 1100], [60000, 1100]]);
  });

  it('gives every current cable a reach and a rate, and optics more watts than copper', () => {
    for (const c of MODERN_CABLES) {
      expect(c.reachM).toBeGreaterThan(0);
      expect(c.rateGbps).toBeGreaterThan(0);
      if (c.medium === 'copper') expect(c.reachM).toBeLessThanOrEqual(5);
      else expect(c.powerW).toBeGreaterThan(0);
    }
  });

  it('PCIe Gen6 x16: 64 GT/s × 242/256 FLIT bytes × 16 lanes × 80% usable', () => {
    expect(pcie(6, 16)).toBeCloseTo(Math.round(((64 * 242) / 256) * 16 * 0.8 * 10) / 10, 9); // 774.4 Gb/s
    expect(pcie(5, 16)).toBe(403.2); // unchanged: 31.5 × 16 × 0.8
  });
});
