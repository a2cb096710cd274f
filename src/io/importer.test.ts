import { describe, expect, it } from 'vitest';
import { getTemplate } from '../scenarios';
import { tinyIbDesign } from '../scenarios/testDesigns';
import { designFileName, designFileText } from './designFile';
import { decodeDesignBytes, importDesignBytes, importDesignText, importDesignValue, importProblems, referencesSummary } from './importer';
import { IMPORT_LIMITS } from './limits';

const demo = () => getTemplate('seed-ib-software')!.build();
const text = (v: unknown): string => JSON.stringify(v);
const errorOf = (t: string) => {
  const r = importDesignText(t);
  if (r.ok) throw new Error('expected the import to fail');
  return r.error;
};

describe('importDesignText', () => {
  it('accepts a template unchanged, and a file with a UTF-8 byte order mark', () => {
    const d = demo();
    expect(importDesignText(text(d))).toEqual({ ok: true, design: d });
    expect(importDesignText(`\uFEFF${text(d)}`)).toEqual({ ok: true, design: d });
  });

  it('each limit has its own message', () => {
    expect(errorOf('')).toMatchObject({ code: 'empty', message: 'The file is empty.' });
    expect(errorOf(' '.repeat(IMPORT_LIMITS.bytes + 1))).toMatchObject({ code: 'too-large', message: 'The file is 20.0 MB; designs up to 20.0 MB can be opened.' });
    expect(errorOf(`${'['.repeat(200)}${']'.repeat(200)}`)).toMatchObject({ code: 'too-deep' });
    const d = demo();
    const many = { ...d, nodes: Array.from({ length: IMPORT_LIMITS.nodes + 1 }, (_, i) => ({ ...d.nodes[0]!, id: `n${i}` })) };
    expect(errorOf(text(many))).toMatchObject({ code: 'too-many', thing: 'nodes', message: 'The design has 20,001 nodes; up to 20,000 are supported.' });
    const links = { ...d, links: Array.from({ length: IMPORT_LIMITS.links + 1 }, () => 0) };
    expect(errorOf(text(links))).toMatchObject({ code: 'too-many', thing: 'links' });
  });

  it('brackets inside strings do not count as nesting', () => {
    const d = { ...demo(), description: '['.repeat(500) };
    expect(importDesignText(text(d)).ok).toBe(true);
  });

  it('refuses broken references, naming what and where', () => {
    const d = tinyIbDesign();
    const wrongPort = { ...d, links: d.links.map((l, i) => (i === 1 ? { ...l, b: { node: 'gw', handle: 'p9' } } : l)) };
    const e = errorOf(text(wrongPort));
    expect(e.code).toBe('broken-references');
    expect(e.message).toContain(`links[1].b: no port 'p9' on node 'gw'`);

    const cases: Array<[unknown, string]> = [
      [{ ...d, nodes: [...d.nodes, { ...d.nodes[1]! }] }, `nodes[4].id: duplicate node id 'sw'`],
      [{ ...d, links: [...d.links, { ...d.links[0]! }] }, `links[3].id: duplicate link id '${d.links[0]!.id}'`],
      [{ ...d, nodes: d.nodes.map((n, i) => (i === 0 ? { ...n, workloadId: 'nope' } : n)) }, `nodes[0].workloadId: unknown workload 'nope'`],
      [{ ...d, nodes: d.nodes.map((n, i) => (i === 2 ? { ...n, partId: 'gw-unknown' } : n)) }, `nodes[2].partId: unknown part 'gw-unknown'`],
      [{ ...d, links: [...d.links, { ...d.links[1]!, id: 'self', b: { node: 'sw', handle: 'p' }, a: { node: 'sw', handle: 'p' } }] }, `links[3]: the cable joins node 'sw' to itself`],
      [{ ...d, links: [...d.links, { ...d.links[1]!, id: 'ghost', b: { node: 'nowhere', handle: 'p' } }] }, `links[3].b: no node 'nowhere'`],
      [{ ...d, links: d.links.map((l, i) => (i === 0 ? { ...l, a: { node: 'srv', handle: 'a/hca/7' } } : l)) }, `links[0].a: no port 'a/hca/7' on node 'srv'`],
    ];
    for (const [doc, message] of cases) {
      const err = errorOf(text(doc));
      expect(err.code).toBe('broken-references');
      expect(err.message).toContain(message);
    }
  });

  it('gives typed errors for what is not a design', () => {
    expect(errorOf('{"format": "iov-planner/design", "vers').code).toBe('not-json');
    expect(errorOf('[1,2]').code).toBe('not-a-design');
    expect(errorOf(text({ ...demo(), version: 99 })).code).toBe('version-too-new');
    expect(errorOf(text({ ...demo(), version: 0 })).code).toBe('version-too-old');
    expect(errorOf(text({ ...demo(), version: undefined })).code).toBe('not-a-design');
    expect(errorOf(text({ ...demo(), nodes: 'x' }))).toMatchObject({ code: 'invalid', issues: [{ path: 'nodes' }] });
    expect(errorOf(text(demo()).replace('"years":3', '"years":1e999'))).toMatchObject({ code: 'invalid', issues: [{ path: 'settings.years' }] });
  });

  it('importDesignValue checks a stored value the same way', () => {
    expect(importDesignValue(demo()).ok).toBe(true);
    expect(importDesignValue(null)).toMatchObject({ ok: false, error: { code: 'not-a-design' } });
  });
});

describe('design files', () => {
  it('a saved file names its format, version and app, and opens back to the same design', () => {
    const d = { ...demo(), priceList: { 'hca-infinihost3-ddr': { priceUsd: 650 } } };
    const file = designFileText(d, new Date('2025-01-02T03:04:05Z'));
    const parsed = JSON.parse(file) as Record<string, unknown>;
    expect(Object.keys(parsed).slice(0, 4)).toEqual(['format', 'version', 'app', 'savedAt']);
    expect(parsed.app).toMatch(/^IOV Planner \d+\.\d+\.\d+/);
    expect(importDesignText(file)).toEqual({ ok: true, design: d });
  });

  it('file names are safe and never empty', () => {
    expect(designFileName('InfiniBand, software IOV, 128 servers')).toBe('infiniband-software-iov-128-servers.json');
    expect(designFileName('Ünïcödé / ../etc')).toBe('unicode-etc.json');
    expect(designFileName('???')).toBe('design.json');
  });
});

describe('design file bytes', () => {
  const design = { ...tinyIbDesign(), name: 'Ünïcode — “16 bits”' };
  const utf16le = (s: string): Uint8Array => {
    const out = new Uint8Array(s.length * 2);
    for (let i = 0; i < s.length; i++) {
      out[2 * i] = s.charCodeAt(i) & 0xff;
      out[2 * i + 1] = s.charCodeAt(i) >> 8;
    }
    return out;
  };
  const swapped = (b: Uint8Array): Uint8Array => b.map((_, i) => b[i ^ 1]!);

  it('decodes UTF-16 with a byte order mark (little and big endian), and UTF-8 with or without one', () => {
    const json = JSON.stringify(design);
    for (const bytes of [utf16le(`\uFEFF${json}`), swapped(utf16le(`\uFEFF${json}`)), new TextEncoder().encode(json), new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(json)])]) {
      const r = importDesignBytes(bytes);
      expect(r.ok && r.design.name).toBe(design.name);
    }
    expect(decodeDesignBytes(utf16le('\uFEFF{}'))).toBe('{}');
  });

  it('UTF-16 without a mark is not guessed at: it stays a JSON error', () => {
    expect(importDesignBytes(utf16le(JSON.stringify(design)))).toMatchObject({ ok: false, error: { code: 'not-json' } });
  });
});

describe('reference problems are worded for what they are', () => {
  const d = tinyIbDesign();
  it('duplicate ids are duplicate ids', () => {
    const e = errorOf(text({ ...d, nodes: [...d.nodes, { ...d.nodes[1]! }], links: [...d.links, { ...d.links[0]! }] }));
    expect(e.message).toBe(`The design has duplicate ids: nodes[${d.nodes.length}].id: duplicate node id '${d.nodes[1]!.id}' (and 1 more problem).`);
    expect(referencesSummary(importProblems(e))).toBe('the design has duplicate ids');
    const one = errorOf(text({ ...d, nodes: [...d.nodes, { ...d.nodes[1]! }] }));
    expect(one.message).toMatch(/^The design has a duplicate id: /);
    const mixed = errorOf(text({ ...d, nodes: [...d.nodes, { ...d.nodes[1]!, workloadId: 'nope' }] }));
    expect(referencesSummary(importProblems(mixed))).toBe('the design has duplicate ids and refers to things that do not exist');
  });

  it('a price list naming parts that do not exist is refused, each listed', () => {
    const e = errorOf(text({ ...d, priceList: { ghost: { priceUsd: 1 }, 'sw-ib-ddr-24': { priceUsd: 9000 }, phantom: { powerW: 2 } } }));
    expect(e.code).toBe('broken-references');
    expect(importProblems(e)).toEqual([
      { path: 'priceList.ghost', message: "unknown part 'ghost'" },
      { path: 'priceList.phantom', message: "unknown part 'phantom'" },
    ]);
    expect(e.message).toBe("The design refers to something that does not exist: priceList.ghost: unknown part 'ghost' (and 1 more problem).");
  });
});
