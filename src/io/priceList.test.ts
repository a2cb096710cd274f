import { describe, expect, it } from 'vitest';
import { catalogFor, DEFAULT_CATALOG } from '../catalog';
import type { Part } from '../domain';
import { getTemplate } from '../scenarios';
import { importPriceList, priceListCsv, priceListJson, priceRows } from './priceList';

const demo = () => getTemplate('seed-ib-software')!.build();
const NOW = new Date('2025-03-04T05:06:07Z');

describe('price lists', () => {
  it('CSV out lists every part with the price it is computed with; editing and importing it sets the design\'s prices', () => {
    const d = { ...demo(), priceList: { 'sw-ib-ddr-24': { priceUsd: 9000 } } };
    const csv = priceListCsv(d);
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('part_id,name,kind,era,price_usd,power_w,source');
    expect(lines).toHaveLength(DEFAULT_CATALOG.parts.length + 1);
    expect(csv).toMatch(/\r\nsw-ib-ddr-24,[^\r]*,9000,\d+(\.\d+)?,design\r\n/);

    const hca = DEFAULT_CATALOG.byId.get('hca-infinihost3-ddr')!;
    const edited = csv.replace(new RegExp(`(hca-infinihost3-ddr,[^\\r]*?),${hca.priceUsd},`), `$1,555,`);
    const r = importPriceList(demo(), edited, 'acme prices.csv', NOW);
    if (!r.ok) throw new Error(r.message);
    expect(r.design.priceList).toEqual({ 'sw-ib-ddr-24': { priceUsd: 9000 }, 'hca-infinihost3-ddr': { priceUsd: 555 } });
    expect(r.design.priceListSource).toEqual({ name: 'acme prices.csv', importedAt: NOW.toISOString() });
    expect(catalogFor(r.design).byId.get('hca-infinihost3-ddr')!.priceUsd).toBe(555);
  });

  it('a short CSV with only some parts, a BOM and spreadsheet headers imports', () => {
    const r = importPriceList(demo(), '\uFEFFPart ID;Price USD\nsw-ib-ddr-24;7000\n', 'mine.csv', NOW);
    if (!r.ok) throw new Error(r.message);
    expect(r.design.priceList).toEqual({ 'sw-ib-ddr-24': { priceUsd: 7000 } });
    expect(r.changed).toBe(1);
  });

  it('bad rows are refused with row and column, the design untouched', () => {
    const cases: Array<[string, RegExp]> = [
      ['part_id,price_usd\nno-such-part,5\n', /row 2: unknown part 'no-such-part'/],
      ['part_id,price_usd\nsw-ib-ddr-24,-5\n', /row 2, price_usd: /],
      ['part_id,price_usd\nsw-ib-ddr-24,lots\n', /row 2, price_usd: /],
      ['part_id,price_usd\nsw-ib-ddr-24,1\nsw-ib-ddr-24,2\n', /row 3: part 'sw-ib-ddr-24' is listed twice/],
      ['name,price\nx,1\n', /no "part_id" column/],
      ['', /empty/],
    ];
    for (const [text, message] of cases) {
      const r = importPriceList(demo(), text, 'bad.csv', NOW);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(message);
    }
  });

  it('JSON carries prices and custom parts, and round-trips', () => {
    const custom: Part = { ...(DEFAULT_CATALOG.byId.get('sw-ib-ddr-24') as Part), id: 'my-switch', name: 'My switch', priceUsd: 1234, sources: {} };
    const d = { ...demo(), customParts: [custom], priceList: { 'gw-ib-eth-6': { powerW: 99 } } };
    const json = priceListJson(d, NOW);
    const r = importPriceList(demo(), json, 'list.json', NOW);
    if (!r.ok) throw new Error(r.message);
    expect(r.design.customParts).toEqual([custom]);
    expect(r.design.priceList).toEqual({ 'gw-ib-eth-6': { powerW: 99 } });
    expect(priceRows(r.design).find((p) => p.partId === 'my-switch')).toMatchObject({ priceUsd: 1234, source: 'catalog' });
    const bad = importPriceList(demo(), json.replace('"priceUsd": 1234', '"priceUsd": "x"'), 'list.json', NOW);
    expect(bad.ok).toBe(false);
  });

  it('a CSV cell that looks like a formula is escaped on export', () => {
    const custom: Part = { ...(DEFAULT_CATALOG.byId.get('sw-ib-ddr-24') as Part), id: 'evil', name: '=HYPERLINK("http://x")', sources: {} };
    expect(priceListCsv({ ...demo(), customParts: [custom] })).toContain(`evil,"'=HYPERLINK(""http://x"")"`);
  });
});
