// Fit keeps every node clear of the minimap, the zoom buttons and the toolbars (hand-checked
// cases and a property over random designs and canvas sizes).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CANVAS_CHROME, fitViewport, revealViewport, type Box } from './fitGeometry';

const onScreen = (b: Box, v: { x: number; y: number; zoom: number }): Box => ({ x: b.x * v.zoom + v.x, y: b.y * v.zoom + v.y, width: b.width * v.zoom, height: b.height * v.zoom });
/** Overlap by more than rounding (a node may touch a band's edge). */
const E = 1e-6;
const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.width - E && b.x < a.x + a.width - E && a.y < b.y + b.height - E && b.y < a.y + a.height - E;

describe('fit', () => {
  it('puts a wide design above the minimap and a tall one beside it', () => {
    const canvas = { width: 1000, height: 600 };
    const wide = fitViewport({ x: 0, y: 0, width: 2000, height: 300 }, canvas, { min: 0.05, max: 1.1 });
    // Above: the width free is 1000 − 2 × 16 = 968 px, so 968 / 2000.
    expect(wide.zoom).toBeCloseTo(968 / 2000, 9);
    const tall = fitViewport({ x: 0, y: 0, width: 300, height: 2000 }, canvas, { min: 0.05, max: 1.1 });
    // Beside: the height free is 600 − 52 − 16 = 532 px.
    expect(tall.zoom).toBeCloseTo(532 / 2000, 9);
    expect(fitViewport({ x: 0, y: 0, width: 10, height: 10 }, canvas, { min: 0.05, max: 1.1 }).zoom).toBe(1.1);
  });

  it('no node under the minimap, the zoom buttons or the toolbars, whatever the design and canvas', () => {
    const box = fc.record({ x: fc.integer({ min: -5000, max: 5000 }), y: fc.integer({ min: -5000, max: 5000 }), width: fc.integer({ min: 40, max: 400 }), height: fc.integer({ min: 30, max: 200 }) });
    fc.assert(
      fc.property(fc.array(box, { minLength: 1, maxLength: 30 }), fc.integer({ min: 500, max: 2000 }), fc.integer({ min: 400, max: 1200 }), (nodes, width, height) => {
        const x = Math.min(...nodes.map((n) => n.x));
        const y = Math.min(...nodes.map((n) => n.y));
        const bounds = { x, y, width: Math.max(...nodes.map((n) => n.x + n.width)) - x, height: Math.max(...nodes.map((n) => n.y + n.height)) - y };
        const v = fitViewport(bounds, { width, height }, { min: 0.002, max: 1.1 });
        const { minimap, controls, top } = CANVAS_CHROME;
        const covered: Box[] = [
          { x: width - minimap.width, y: height - minimap.height, width: minimap.width, height: minimap.height },
          { x: 0, y: height - controls.height, width: controls.width, height: controls.height },
          { x: 0, y: 0, width, height: top },
        ];
        for (const n of nodes) {
          const s = onScreen(n, v);
          expect(covered.some((c) => overlaps(s, c))).toBe(false);
          expect(s.x).toBeGreaterThanOrEqual(-1e-6);
          expect(s.x + s.width).toBeLessThanOrEqual(width + 1e-6);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('reveal', () => {
  const canvas = { width: 1000, height: 600 };
  it('leaves the view alone when the nodes are in the clear, moves it (same zoom) when they are not', () => {
    const view = { x: 0, y: 0, zoom: 1 };
    expect(revealViewport({ x: 100, y: 100, width: 200, height: 80 }, canvas, view)).toBeNull();
    // Right of the view: centred in the clear part (16…800 across, 52…584 down), zoom kept.
    const moved = revealViewport({ x: 1200, y: 100, width: 200, height: 80 }, canvas, view)!;
    expect(moved).toEqual({ x: (16 + 800) / 2 - 1300, y: (52 + 584) / 2 - 140, zoom: 1 });
    // Under the minimap (bottom right) counts as out of view.
    expect(revealViewport({ x: 850, y: 500, width: 100, height: 60 }, canvas, view)).not.toBeNull();
    // Too big for this zoom: fitted, never zoomed in.
    const fitted = revealViewport({ x: 0, y: 0, width: 5000, height: 100 }, canvas, view)!;
    expect(fitted.zoom).toBeLessThan(1);
  });
});
