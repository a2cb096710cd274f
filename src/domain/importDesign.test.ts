import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG } from '../catalog';
import { getTemplate } from '../scenarios';
import { DesignSchema } from './design';
import { importDesignText, MAX_DESIGN_BYTES } from './importDesign';
import { checkReferences } from './integrity';

const demo = () => getTemplate('seed-ib-software')!.build();

describe('import a design file', () => {
  it('accepts a valid design unchanged', () => {
    const d = demo();
    const r = importDesignText(JSON.stringify(d));
    expect(r.ok && r.design).toEqual(d);
  });

  it('names the path of an invalid field', () => {
    const d = demo() as unknown as { nodes: Array<{ count: number }> };
    d.nodes[1]!.count = 0;
    const r = importDesignText(JSON.stringify(d));
    expect(r.ok).toBe(false);
    if (!r.ok && r.error.code === 'invalid') {
      expect(r.error.issues[0]!.path).toBe('nodes[1].count');
      expect(r.error.message).toContain('nodes[1].count');
    } else throw new Error('expected an invalid error');
  });

  it('migrates a version 1 file (flat x/y, settings.iovMode)', () => {
    const d = demo();
    const v1 = {
      ...d,
      version: 1,
      nodes: d.nodes.map(({ position, ...n }) => ({ ...n, x: position.x, y: position.y })),
      settings: (({ mode, ...s }) => ({ ...s, iovMode: mode }))(d.settings),
    } as Record<string, unknown>;
    delete v1.priceList;
    const r = importDesignText(JSON.stringify(v1));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.migratedFrom).toBe(1);
      expect(r.design.nodes[0]!.position).toEqual(d.nodes[0]!.position);
      expect(r.design.settings.mode).toBe(d.settings.mode);
    }
  });

  it('refuses a file from a newer version, a non-design and broken JSON with typed errors', () => {
    const newer = importDesignText(JSON.stringify({ ...demo(), version: 99 }));
    expect(!newer.ok && newer.error.code).toBe('version-too-new');
    const other = importDesignText('{"hello":"world"}');
    expect(!other.ok && other.error.code).toBe('not-a-design');
    const broken = importDesignText('{"format": "iov-planner/design", "vers');
    expect(!broken.ok && broken.error.code).toBe('not-json');
    const big = importDesignText(' '.repeat(MAX_DESIGN_BYTES + 1));
    expect(!big.ok && big.error.code).toBe('too-large');
  });

  it('does not let __proto__ keys pollute objects', () => {
    const text = JSON.stringify(demo()).replace('"priceList":{}', '"priceList":{"__proto__":{"priceUsd":1}}');
    const r = importDesignText(text);
    expect(({} as Record<string, unknown>).priceUsd).toBeUndefined();
    if (r.ok) expect(Object.getPrototypeOf(r.design.priceList)).toBe(Object.prototype);
  });

  it('reference checks name unknown parts and dangling links', () => {
    const d = demo();
    d.nodes[0]!.partId = 'no-such-part';
    d.links[0]!.b.node = 'ghost';
    const issues = checkReferences(d, (id) => DEFAULT_CATALOG.byId.get(id));
    expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining(['nodes[0].partId', 'links[0].b']));
  });
});

describe('fuzz: any input gives a design or a typed error', () => {
  const check = (text: string): void => {
    const r = importDesignText(text);
    if (r.ok) expect(DesignSchema.safeParse(r.design).success).toBe(true);
    else expect(typeof r.error.message).toBe('string');
  };

  it('random strings and JSON values (10,000 cases)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify(v))), (text) => check(text)),
      { numRuns: 5000 },
    );
    // Mutations of a real design: wrong types and missing fields at random places.
    const base = JSON.parse(JSON.stringify(demo())) as Record<string, unknown>;
    const keys = Object.keys(base);
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), fc.nat(), (key, value, cut) => {
        const mutated = { ...base, [key]: value };
        const text = JSON.stringify(mutated);
        check(text);
        check(text.slice(0, cut % text.length)); // truncated
      }),
      { numRuns: 5000 },
    );
  });

  it('deep nesting and binary garbage do not throw', () => {
    check('['.repeat(100000));
    check(`{"format":"iov-planner/design","version":2,"nodes":${'['.repeat(5000)}${']'.repeat(5000)}}`);
    check(String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256)));
  });
});
