import { describe, expect, it } from 'vitest';
import { checkClaims } from './claims';
import { checkModernClaims } from './modernClaims';

describe('seed claims (docs/model.md §10)', () => {
  const claims = checkClaims();
  it('measures all fourteen', () => {
    expect(claims.map((c) => c.id)).toEqual(Array.from({ length: 14 }, (_, i) => `C${i + 1}`));
  });
  for (const c of claims) {
    it(`${c.id}: ${c.claim}`, () => {
      expect(c.pass, `${c.measured} (accepted ${c.accepted})`).toBe(true);
    });
  }
});

describe('modern claims (docs/model.md §15)', () => {
  const claims = checkModernClaims();
  it('measures all eight', () => {
    expect(claims.map((c) => c.id)).toEqual(Array.from({ length: 8 }, (_, i) => `M${i + 1}`));
  });
  for (const c of claims) {
    it(`${c.id}: ${c.claim}`, () => {
      expect(c.pass, `${c.measured} (accepted ${c.accepted})`).toBe(true);
      expect(c.claim, 'every modern claim names its source').toMatch(/\(.+\)/);
    });
  }
});
