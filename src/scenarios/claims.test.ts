import { describe, expect, it } from 'vitest';
import { checkClaims, type ClaimResult } from './claims';
import { checkModernClaims } from './modernClaims';

/** Each claim measured and passing, with ids `${prefix}1`…`${prefix}${count}` in order. */
function claimsPass(title: string, claims: ClaimResult[], prefix: string, count: number): void {
  describe(title, () => {
    it(`measures all ${count}`, () => {
      expect(claims.map((c) => c.id)).toEqual(Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`));
    });
    for (const c of claims) {
      it(`${c.id}: ${c.claim}`, () => {
        expect(c.pass, `${c.measured} (accepted ${c.accepted})`).toBe(true);
      });
    }
  });
}

claimsPass('seed claims (docs/model.md §10)', checkClaims(), 'C', 14);
claimsPass('modern claims (docs/model.md §15)', checkModernClaims(), 'M', 9);

it('every modern claim names its source', () => {
  for (const c of checkModernClaims()) expect(c.claim, c.id).toMatch(/\(.+\)/);
});
