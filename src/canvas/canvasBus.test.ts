import { describe, expect, it } from 'vitest';
import { addPartAtCenter, fitCanvas, onCanvasRequest, type CanvasRequest } from './canvasBus';

describe('canvas request bus', () => {
  it('delivers requests while a canvas listens, and says whether one did', () => {
    expect(addPartAtCenter('sw-gige-24')).toBe(false);
    const seen: CanvasRequest[] = [];
    const off = onCanvasRequest((r) => {
      seen.push(r);
      return true;
    });
    expect(addPartAtCenter('sw-gige-24')).toBe(true);
    expect(fitCanvas()).toBe(true);
    off();
    expect(fitCanvas()).toBe(false);
    expect(seen).toEqual([{ type: 'add-part', partId: 'sw-gige-24' }, { type: 'fit-view' }]);
  });
});
