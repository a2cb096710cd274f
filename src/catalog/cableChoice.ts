// Which cable a link gets when it names none. 2007 links keep the seed's one cable per protocol;
// today's get the cheapest part of their protocol whose reach covers the link's length and whose
// rate covers its ports' — a DAC in the rack, an AOC across the row, optics beyond — so a quote
// prices what an installer would order.
import type { CablePart, Protocol } from '../domain';
import type { Catalog } from './index';

/** The seed's cable per protocol, and today's where no part of the catalog fits by reach and rate. */
export const DEFAULT_CABLE: Record<Protocol, { seed: string; modern: string }> = {
  ethernet: { seed: 'cab-cat5e', modern: 'cab-eth-dac' },
  fc: { seed: 'cab-fc-lc', modern: 'cab-fc-om4' },
  infiniband: { seed: 'cab-ib-cx4', modern: 'cab-ib-aoc' },
};

export interface CableNeed {
  protocol: Protocol;
  era: 'seed' | 'modern';
  lengthM: number;
  /** The link's port data rate, Gb/s. */
  rateGbps: number;
}

const carries = (c: CablePart, rateGbps: number): boolean => c.rateGbps === undefined || c.rateGbps >= rateGbps * (1 - 1e-9);
const reaches = (c: CablePart, lengthM: number): boolean => c.reachM !== undefined && c.reachM >= lengthM;

/** Cheaper first; at one price fewer watts, then the shorter reach (the part made for the run), then the id. */
function cheaper(a: CablePart, b: CablePart): number {
  return a.priceUsd - b.priceUsd || a.powerW - b.powerW || (a.reachM ?? 0) - (b.reachM ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Chooses cables for links of a catalog, remembering each answer (a design of thousands of links
 * has a handful of distinct needs). Among the catalog's current cables of the protocol with a
 * reach: the cheapest that reaches and carries the rate; if none reaches, the longest-reaching
 * one that carries the rate (a finding then says the run is too long for it); if none carries
 * the rate, the protocol's default.
 */
export function cableChooser(catalog: Catalog): (need: CableNeed) => string {
  const byProtocol = new Map<Protocol, CablePart[]>();
  for (const p of catalog.parts) {
    if (p.kind !== 'cable' || p.era !== 'modern' || p.reachM === undefined) continue;
    const list = byProtocol.get(p.protocol) ?? [];
    list.push(p);
    byProtocol.set(p.protocol, list);
  }
  for (const list of byProtocol.values()) list.sort(cheaper);
  const memo = new Map<string, string>();
  return (need) => {
    if (need.era === 'seed') return DEFAULT_CABLE[need.protocol].seed;
    const key = `${need.protocol}|${need.lengthM}|${need.rateGbps}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const fit = (byProtocol.get(need.protocol) ?? []).filter((c) => carries(c, need.rateGbps));
    const chosen = fit.find((c) => reaches(c, need.lengthM)) ?? fit.reduce<CablePart | undefined>((best, c) => (!best || c.reachM! > best.reachM! ? c : best), undefined);
    const id = chosen?.id ?? DEFAULT_CABLE[need.protocol].modern;
    memo.set(key, id);
    return id;
  };
}

/** One link's default cable (for the inspector and the editor; the simulator keeps one chooser per run). */
export function defaultCableId(catalog: Catalog, need: CableNeed): string {
  return cableChooser(catalog)(need);
}
