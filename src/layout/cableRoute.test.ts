// Routes never go through a node other than their two ends and run left to right, on every
// shipped design as the core lays it out and on random column layouts (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG } from '../catalog';
import { TEMPLATES } from '../scenarios';
import { cornersOf, floatingEnds, pointAlong, routeCable, spotsAlong, type Point } from './cableRoute';
import { layeredPositions } from './layered';
import { estimateNodeSize } from './nodeSize';
import { obstacleIndex, type Box } from './obstacles';
import { ethBehindGateway } from '../scenarios/testing/tidyDesigns';

/** Points every 2 units along the route's corners. */
function samples(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1]!, points[i]!];
    const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 2));
    for (let k = 0; k <= steps; k++) out.push({ x: a.x + ((b.x - a.x) * k) / steps, y: a.y + ((b.y - a.y) * k) / steps });
  }
  return out;
}
const inside = (p: Point, b: Box): boolean => p.x > b.x && p.x < b.x + b.width && p.y > b.y && p.y < b.y + b.height;
const crossings = (points: readonly Point[], boxes: readonly Box[], ends: readonly Box[]): Box[] =>
  boxes.filter((b) => !ends.includes(b) && samples(points).some((p) => inside(p, b)));
const monotone = (points: readonly Point[]): boolean => points.every((p, i) => i === 0 || p.x >= points[i - 1]!.x) || points.every((p, i) => i === 0 || p.x <= points[i - 1]!.x);

describe('cable routes', () => {
  it('leave each node on the side facing the other, and join stacked nodes on their right sides', () => {
    const left = { x: 0, y: 0, width: 100, height: 50 };
    const right = { x: 300, y: 0, width: 100, height: 50 };
    expect(floatingEnds(left, 20, right, 30)).toEqual({ sx: 100, sy: 20, sLeft: false, tx: 300, ty: 30, tLeft: true });
    expect(floatingEnds(right, 20, left, 30)).toEqual({ sx: 300, sy: 20, sLeft: true, tx: 100, ty: 30, tLeft: false });
    expect(floatingEnds(left, 20, { x: 20, y: 200, width: 100, height: 50 }, 220)).toMatchObject({ sLeft: false, tLeft: false });
  });

  it('turn once in the middle of the gap when nothing stands between', () => {
    const r = routeCable({ x: 0, y: 0, width: 100, height: 50 }, 20, { x: 300, y: 100, width: 100, height: 50 }, 130, obstacleIndex([]));
    // Halfway between x 100 and 300 is 200; the corners are rounded by 8.
    expect(r.points).toEqual([{ x: 100, y: 20 }, { x: 200, y: 20 }, { x: 200, y: 130 }, { x: 300, y: 130 }]);
    expect(r.path).toBe('M100,20 L192,20 Q200,20 200,28 L200,122 Q200,130 208,130 L300,130');
    // Length 100 + 110 + 100 = 310; half is 155: 55 down the vertical run.
    expect([r.labelX, r.labelY]).toEqual([200, 75]);
    // draw.io and GraphML store the corners as bend points.
    expect(cornersOf(r.path)).toEqual(r.points);
    expect(r.loop).toBe(false);
  });

  it('go around a node standing between the two ends, in a free row', () => {
    const s = { x: 0, y: 0, width: 100, height: 50 };
    const mid = { x: 200, y: -100, width: 100, height: 200 };
    const t = { x: 400, y: 0, width: 100, height: 50 };
    const r = routeCable(s, 25, t, 25, obstacleIndex([s, mid, t]));
    expect(crossings(r.points, [s, mid, t], [s, t])).toEqual([]);
    // Channels: 100–190 and 310–400 (clearance 10); the free row nearest y 25 is 110 below (100 + 10).
    expect(r.points).toEqual([{ x: 100, y: 25 }, { x: 145, y: 25 }, { x: 145, y: 110 }, { x: 355, y: 110 }, { x: 355, y: 25 }, { x: 400, y: 25 }]);
    expect(cornersOf(r.path)).toEqual(r.points);
  });

  it('loop beside stacked nodes, clear of both', () => {
    const a = { x: 0, y: 0, width: 200, height: 60 };
    const b = { x: 0, y: 100, width: 200, height: 60 };
    const r = routeCable(a, 30, b, 130, obstacleIndex([a, b]));
    expect(r.loop).toBe(true);
    expect(r.points).toEqual([{ x: 200, y: 30 }, { x: 224, y: 30 }, { x: 224, y: 130 }, { x: 200, y: 130 }]);
  });

  it('give label spots along the route, halfway first', () => {
    const pts = [{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 100, y: 100 }];
    expect(pointAlong(pts, 0.25)).toEqual({ x: 50, y: 0 });
    expect(spotsAlong(pts)[0]).toEqual({ x: 100, y: 0 });
    expect(spotsAlong([])).toEqual([]);
  });

  it.each([...TEMPLATES.map((t) => [t.id, t.build()] as const), ['eth behind gateway', ethBehindGateway()] as const])('%s, laid out by the core: no cable crosses a node, each runs one way', (_, design) => {
    const pos = layeredPositions(design, DEFAULT_CATALOG);
    const boxes = new Map(design.nodes.map((n) => [n.id, { ...pos.get(n.id)!, ...estimateNodeSize(n, DEFAULT_CATALOG) }]));
    const index = obstacleIndex(boxes.values());
    for (const l of design.links) {
      const [s, t] = [boxes.get(l.a.node)!, boxes.get(l.b.node)!];
      const r = routeCable(s, s.y + s.height / 2, t, t.y + t.height / 2, index);
      expect(crossings(r.points, [...boxes.values()], [s, t]), l.id).toEqual([]);
      expect(monotone(r.points), l.id).toBe(true);
    }
  });

  it('never cross a node on random column layouts', () => {
    const column = fc.array(fc.integer({ min: 40, max: 160 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.array(column, { minLength: 2, maxLength: 6 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 12 }), (cols, pairs) => {
        // Columns 200 wide with 70 between them, nodes stacked 36 apart (layered.ts's gaps).
        const grid = cols.map((heights, c) => {
          let y = 0;
          return heights.map((h) => {
            const b = { x: c * 270, y, width: 200, height: h };
            y += h + 36;
            return b;
          });
        });
        const all = grid.flat();
        const index = obstacleIndex(all);
        for (const [c0, r0, c1, r1] of pairs) {
          const a = grid[c0 % grid.length]!;
          const b = grid[c1 % grid.length]!;
          const [s, t] = [a[r0 % a.length]!, b[r1 % b.length]!];
          if (s === t) continue;
          const r = routeCable(s, s.y + s.height / 2, t, t.y + t.height / 2, index);
          expect(crossings(r.points, all, [s, t])).toEqual([]);
          if (!r.loop) expect(monotone(r.points)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('obstacle index', () => {
  it('finds each box overlapping a band once, whatever the strips it spans', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ x: fc.integer({ min: -2000, max: 2000 }), y: fc.nat(500), width: fc.integer({ min: 1, max: 400 }), height: fc.integer({ min: 1, max: 100 }) })), fc.integer({ min: -2500, max: 2500 }), fc.integer({ min: -2500, max: 2500 }), (boxes, a, b) => {
        const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
        const expected = boxes.filter((x) => x.x < hi && x.x + x.width > lo);
        const got = obstacleIndex(boxes).between(a, b);
        expect(got.length).toBe(expected.length);
        expect(new Set(got)).toEqual(new Set(expected));
      }),
    );
  });
});
