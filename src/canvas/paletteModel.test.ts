import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG } from '../catalog';
import { keySpec, matchesQuery, paletteGroups } from './paletteModel';

const parts = DEFAULT_CATALOG.parts;
const part = (id: string) => DEFAULT_CATALOG.byId.get(id)!;
const ids = (q: string, era: 'all' | 'seed' | 'modern' = 'all') => paletteGroups(parts, q, era).flatMap((g) => g.eras.flatMap((e) => e.parts.map((p) => p.id)));

describe('palette groups', () => {
  it('lists every non-cable part in kind order, seed before modern', () => {
    const groups = paletteGroups(parts, '', 'all');
    expect(groups.map((g) => g.label)).toEqual(['Servers', 'Adapters', 'Switches', 'Gateways', 'Storage', 'Networks']);
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(parts.filter((p) => p.kind !== 'cable').length);
    for (const g of groups) expect(g.eras.map((e) => e.era)).toEqual(['seed', 'modern']);
  });
  it('filters by era', () => {
    expect(ids('', 'seed').every((id) => part(id).era === 'seed')).toBe(true);
    expect(ids('', 'modern').every((id) => part(id).era === 'modern')).toBe(true);
    expect(ids('', 'seed')).toContain('hca-connectx-ddr');
  });
});

describe('palette search', () => {
  it('matches names, case-insensitively', () => {
    expect(ids('connectx ddr')).toEqual(['hca-connectx-ddr']);
  });
  it('matches protocols by long and short name', () => {
    expect(ids('infiniband').length).toBeGreaterThan(5);
    expect(ids('ib switch').every((id) => part(id).kind === 'switch' && (part(id) as { protocol?: string }).protocol === 'infiniband')).toBe(true);
    expect(ids('ib switch')).toContain('sw-ib-ddr-24');
    expect(ids('fibre').every((id) => ['fc'].includes((part(id) as { protocol?: string }).protocol ?? '') || part(id).kind === 'gateway')).toBe(true);
  });
  it('matches kinds and their everyday names', () => {
    expect(ids('hba').every((id) => part(id).kind === 'adapter')).toBe(true);
    expect(ids('hba')).toContain('hba-fc-2g');
    expect(ids('gateway').every((id) => part(id).kind === 'gateway')).toBe(true);
    expect(ids('storage')).toContain('st-fc-array-2g');
  });
  it('matches rates', () => {
    expect(ids('16g adapter').sort()).toEqual(['hba-fc-16g', 'hca-connectx-ddr', 'hca-infinihost3-ddr'].sort());
    expect(ids('100 gb/s')).toContain('nic-100gbe-2p');
  });
  it('empty result for nonsense; blank query matches all', () => {
    expect(ids('zzzz')).toEqual([]);
    expect(matchesQuery(part('sw-gige-48'), '   ')).toBe(true);
  });
});

describe('key spec', () => {
  it('shows ports × rate and protocol', () => {
    expect(keySpec(part('hca-connectx-ddr'))).toBe('2 × IB DDR 4x · 16 Gb/s data');
    expect(keySpec(part('sw-gige-24'))).toBe('24 × GigE · 1 Gb/s data');
    expect(keySpec(part('gw-ib-eth-6'))).toBe('1 × IB DDR 4x · 16 Gb/s data ↔ 6 × GigE · 1 Gb/s data');
    expect(keySpec(part('srv-blade-2007'))).toBe('blade · 2 slots · 21.3 GHz');
  });
});

describe('palette search over the modern catalog', () => {
  it('finds the 800G parts, the directors and a SuperNIC by the words a customer types', () => {
    expect(ids('800', 'modern')).toEqual(expect.arrayContaining(['sw-eth-800g-64', 'sw-ib-xdr-144', 'hca-cx8-xdr']));
    expect(ids('director')).toEqual(['sw-ib-ddr-288', 'sw-ib-hdr-800', 'sw-fc-64g-384']);
    expect(ids('supernic nic')).toEqual(['nic-400gbe-cx8-2p']);
    expect(ids('xdr')).toEqual(['hca-cx8-xdr', 'sw-ib-xdr-144']);
  });
});
