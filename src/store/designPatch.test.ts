// The compact journal's patch: applied to the design it was made against, it gives back the
// edited design, whatever the edits (a property over random edit sequences).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../domain';
import { DEMO_TEMPLATE_ID, getTemplate } from '../scenarios';
import { tinyIbDesign } from '../scenarios/testDesigns';
import { copyItems, moveNodes, pasteClip, removeItems, updateSettings } from './designOps';
import { applyDesignPatch, diffDesign } from './designPatch';

type Edit = (d: Design) => Design;

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ i: fc.nat(), x: fc.integer({ min: -500, max: 500 }) }).map(({ i, x }): Edit => (d) => {
    const node = d.nodes[i % d.nodes.length];
    return node ? moveNodes(d, new Map([[node.id, { x, y: x / 2 }]])) : d;
  }),
  fc.nat().map((i): Edit => (d) => (d.nodes.length > 1 ? removeItems(d, [d.nodes[i % d.nodes.length]!.id], []) : d)),
  fc.nat().map((i): Edit => (d) => (d.links.length > 0 ? removeItems(d, [], [d.links[i % d.links.length]!.id]) : d)),
  fc.nat().map((i): Edit => (d) => (d.nodes.length > 0 ? pasteClip(d, copyItems(d, [d.nodes[i % d.nodes.length]!.id])).design : d)),
  fc.string({ minLength: 1, maxLength: 20 }).map((name): Edit => (d) => ({ ...d, name })),
  fc.constantFrom('software', 'native', 'passthrough').map((mode): Edit => (d) => updateSettings(d, { mode } as never)),
  fc.constant<Edit>((d) => ({ ...d, nodes: [...d.nodes].reverse() })),
  fc.constant<Edit>((d) => {
    const { templateId: _dropped, ...rest } = d;
    return rest as Design;
  }),
);

describe('design patches', () => {
  it('apply(base, diff(base, next)) is next, for any sequence of edits', () => {
    const bases = [tinyIbDesign(), getTemplate(DEMO_TEMPLATE_ID)!.build()];
    fc.assert(
      fc.property(fc.constantFrom(...bases), fc.array(edit, { maxLength: 8 }), (base, edits) => {
        const next = edits.reduce((d, e) => e(d), base);
        const patch = JSON.parse(JSON.stringify(diffDesign(base, next)));
        expect(applyDesignPatch(base, patch)).toEqual(JSON.parse(JSON.stringify(next)));
      }),
      { numRuns: 300 },
    );
  });

  it('a moved node is a patch of that node alone', () => {
    const base = getTemplate(DEMO_TEMPLATE_ID)!.build();
    const node = base.nodes[0]!;
    const next = moveNodes(base, new Map([[node.id, { x: 1, y: 2 }]]));
    const patch = diffDesign(base, next);
    expect(patch).toEqual({ set: {}, nodes: { upsert: [next.nodes[0]], remove: [] } });
    expect(JSON.stringify(patch).length).toBeLessThan(JSON.stringify(next).length / 5);
  });
});
