import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ELLIPSIS, isWholeWordPrefix, shortName } from './shortName';

// One unit per code point: widths are then counted by hand.
const chars = (s: string): number => [...s].length;

describe('shortName', () => {
  it('keeps a name that fits', () => {
    expect(shortName('IB leaves', 9, chars)).toBe('IB leaves');
  });

  it('cuts at a word boundary, with the ellipsis inside the width', () => {
    // "Servers, pod 3" is 14 wide; 12 holds "Servers, pod" (12) but not with "…" (13): "Servers…" (8).
    expect(shortName('Servers, pod 3', 12, chars)).toBe('Servers…');
    expect(shortName('Servers, pod 3', 13, chars)).toBe('Servers, pod…');
    expect(shortName('InfiniBand DDR director switch', 20, chars)).toBe('InfiniBand DDR…');
  });

  it('drops a separator before the ellipsis', () => {
    expect(shortName('GigE NIC, 1 port (copper)', 20, chars)).toBe('GigE NIC, 1 port…');
  });

  it('cuts inside a word only when the first word alone does not fit', () => {
    expect(shortName('Supercalifragilistic switch', 8, chars)).toBe('Superca…');
    expect(shortName('Supercalifragilistic switch', 0, chars)).toBe('');
  });

  it('keeps right-to-left words whole (shortened at the logical end)', () => {
    const hebrew = 'מתג ליבה ראשי';
    expect(shortName(hebrew, 9, chars)).toBe('מתג ליבה…');
  });

  it('never splits an emoji or a combining sequence', () => {
    const family = '👨‍👩‍👧‍👦';
    const name = `${family}${family}${family}`;
    const out = shortName(name, 8, chars);
    expect(out.endsWith(ELLIPSIS)).toBe(true);
    // Whatever is kept is whole families.
    expect(out.slice(0, -1).split(family).join('')).toBe('');
  });

  it('property: the result fits, and is the name or a whole-word prefix of it (unless one word is wider than the room)', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9↔]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), fc.constantFrom(' ', ', ', ' / '), fc.integer({ min: 0, max: 60 }), (words, sep, width) => {
        const name = words.join(sep);
        const out = shortName(name, width, chars);
        expect(chars(out)).toBeLessThanOrEqual(Math.max(width, 0));
        const firstFits = chars(words[0]!) + 1 <= width;
        if (out === name || firstFits) expect(isWholeWordPrefix(out, name)).toBe(true);
      }),
    );
  });
});
