import { describe, expect, it } from 'vitest';
import { minimapFrame } from './minimapGeometry';

describe('minimap frame', () => {
  const view = { x: 0, y: 0, width: 400, height: 300 };
  it('fits nodes and view in the box, centred, with round trips', () => {
    const f = minimapFrame([{ x: 1000, y: 0, width: 200, height: 100 }], view, 160, 108, 0);
    // Bounds 0..1200 × 0..300: width-bound, 160 / 1200.
    expect(f.scale).toBeCloseTo(160 / 1200);
    expect(f.toMap(0, 0).x).toBeCloseTo(0);
    expect(f.toMap(1200, 150)).toEqual({ x: expect.closeTo(160), y: expect.closeTo(54) });
    const p = f.toFlow(80, 54);
    expect(p.x).toBeCloseTo(600);
    expect(p.y).toBeCloseTo(150);
  });
  it('keeps a margin', () => {
    const f = minimapFrame([], view, 160, 108, 0.1);
    expect(f.toMap(0, 0).x).toBeGreaterThan(0);
  });
});
