import { describe, expect, it } from 'vitest';
import { placeLabels } from './labelPlacement';

describe('cable labels placed apart', () => {
  const req = (id: string, y: number, priority = 0, forced = false) => ({ id, priority, spots: [{ x: 100, y }, { x: 100, y: y + 30 }], width: 40, height: 16, forced, obstacles: [] });

  it('moves a label that would sit on another to its next spot, busiest first', () => {
    const p = placeLabels([req('a', 0, 0.2), req('b', 0, 0.9)]);
    expect(p.get('b')).toEqual({ x: 100, y: 0 });
    expect(p.get('a')).toEqual({ x: 100, y: 30 });
  });

  it('hides a label with no free spot unless it is hovered or selected', () => {
    const crowd = [req('a', 0, 0.9), req('b', 30, 0.8), req('c', 0, 0.1)];
    expect(placeLabels(crowd).get('c')).toBeNull();
    expect(placeLabels([...crowd.slice(0, 2), req('c', 0, 0.1, true)]).get('c')).toEqual({ x: 100, y: 0 });
  });

  it('keeps labels off nodes', () => {
    const p = placeLabels([{ ...req('a', 0), obstacles: [{ x: 80, y: -10, width: 40, height: 20 }] }]);
    expect(p.get('a')).toEqual({ x: 100, y: 30 });
  });
});
