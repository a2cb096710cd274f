import { describe, expect, it } from 'vitest';
import { catalogFor } from '../catalog';
import type { DesignNode } from '../domain';
import { generateFlatDesign } from '../scenarios';
import { boxAt, spatialIndex } from './largeDesign';
import { droppedAt } from './useOverviewPointer';

const design = generateFlatDesign({ nodes: 40 });
const catalog = catalogFor(design);

describe('boxAt: the overview box under the pointer', () => {
  const index = spatialIndex(design.nodes, catalog);
  it('finds each node from the middle of its box, and nothing far from every box', () => {
    for (const n of design.nodes) {
      const r = index.boxes.get(n.id)!;
      expect(boxAt(index, { x: r.x + r.width / 2, y: r.y + r.height / 2 }, 0)).toBe(n.id);
    }
    const { bounds } = index;
    expect(boxAt(index, { x: bounds.x - 5000, y: bounds.y - 5000 }, 10)).toBeNull();
  });

  it('takes the nearest box within the slop, and none beyond it', () => {
    const n = design.nodes[0]!;
    const r = index.boxes.get(n.id)!;
    // 30 units left of the box: picked with a slop of 40 (a few pixels at the overview's zoom), not of 20.
    const beside = { x: r.x - 30, y: r.y + r.height / 2 };
    const others = design.nodes.slice(1).map((m) => index.boxes.get(m.id)!);
    // The probe is nearer this box than any other (the generated layout spaces nodes apart).
    expect(others.every((o) => o.x > r.x - 30 + 40 || o.x + o.width < r.x - 70 || o.y > r.y + r.height + 40 || o.y + o.height < r.y - 40)).toBe(true);
    expect(boxAt(index, beside, 40)).toBe(n.id);
    expect(boxAt(index, beside, 20)).toBeNull();
  });

  it('gives overlapping boxes to the one drawn last (later in design order)', () => {
    const a: DesignNode = { ...design.nodes[0]!, id: 'under', position: { x: 0, y: 0 } };
    const b: DesignNode = { ...design.nodes[0]!, id: 'over', position: { x: 20, y: 10 } };
    const ix = spatialIndex([a, b], catalog);
    expect(boxAt(ix, { x: 30, y: 20 }, 5)).toBe('over');
    expect(boxAt(spatialIndex([b, a], catalog), { x: 30, y: 20 }, 5)).toBe('under');
    expect(boxAt(ix, { x: 5, y: 5 }, 5)).toBe('under');
  });
});

describe('droppedAt: where a dragged overview box lands', () => {
  it('snaps to the layout grid, as a node dragged on the canvas does', () => {
    expect(droppedAt({ x: 100, y: 200 }, { x: 14, y: -6 })).toEqual({ x: 110, y: 190 });
    expect(droppedAt({ x: 100, y: 200 }, { x: 0.4, y: 0.4 })).toEqual({ x: 100, y: 200 });
  });
});
