import { describe, expect, it } from 'vitest';
import { fatTree, leafSplit, leavesFor, spineTier, switchCounts } from './fatTree';

// Every expected number below is worked out by hand in the comment beside it.
describe('fat-tree arithmetic', () => {
  it('splits a leaf by the oversubscription ratio (down:up ≤ r)', () => {
    expect(leafSplit(24, 1)).toEqual({ down: 12, up: 12 });
    expect(leafSplit(24, 2)).toEqual({ down: 16, up: 8 });
    expect(leafSplit(24, 3)).toEqual({ down: 18, up: 6 });
    // 40 × 2/3 = 26.7 → 26 down, 14 up: 1.86:1, never more than asked.
    expect(leafSplit(40, 2)).toEqual({ down: 26, up: 14 });
  });

  it('counts leaves per ports each server puts on a leaf', () => {
    expect(leavesFor(128, 1, 12)).toBe(11); // ⌈128 / 12⌉
    expect(leavesFor(128, 4, 24)).toBe(22); // 6 servers per leaf → ⌈128 / 6⌉
  });

  it('bundles leaf uplinks to as few spines as the spine ports allow', () => {
    expect(spineTier(11, 12, 24)).toEqual({ spines: 6, lanes: 2 }); // 11 × 2 = 22 ≤ 24; 11 × 3 = 33 > 24
    expect(spineTier(24, 12, 24)).toEqual({ spines: 12, lanes: 1 });
    expect(spineTier(25, 12, 24)).toBeNull();
  });

  it('128 servers on 24-port switches at 1:1, 2:1 and 3:1', () => {
    const tree = (r: number) => fatTree({ k: 24, oversubscription: r, rails: [{ servers: 128, portsPerServer: 1 }], borderLeaves: 0 });
    // 1:1: 12 down → 11 leaves; 12 up as 2 cables to 6 spines (11 × 2 = 22 spine ports).
    expect(tree(1)).toMatchObject({ tiers: 2, down: 12, up: 12, leavesPerRail: [11], spines: 6, lanes: 2 });
    // 2:1: 16 down → 8 leaves; 8 up as 2 cables to 4 spines (8 × 2 = 16; 8 × 4 = 32 > 24).
    expect(tree(2)).toMatchObject({ tiers: 2, down: 16, up: 8, leavesPerRail: [8], spines: 4, lanes: 2 });
    // 3:1: 18 down → ⌈128 / 18⌉ = 8 leaves; 6 up as 3 cables to 2 spines (8 × 3 = 24).
    expect(tree(3)).toMatchObject({ tiers: 2, down: 18, up: 6, leavesPerRail: [8], spines: 2, lanes: 3 });
  });

  it('two tiers up to k²/2 hosts non-blocking, three beyond', () => {
    const at = (hosts: number) => fatTree({ k: 24, oversubscription: 1, rails: [{ servers: hosts, portsPerServer: 1 }], borderLeaves: 0 });
    // 288 = 24²/2: 24 leaves × 12 hosts; 24 leaves × 1 cable fill the 24-port spines, 12 spines.
    expect(at(288)).toMatchObject({ tiers: 2, leavesPerRail: [24], spines: 12, lanes: 1 });
    // 289: 25 leaves do not fit one spine layer. A pod holds 12 leaves × 12 = 144 servers, so 3
    // pods of 97, 96, 96 servers with 9, 8, 8 leaves; 12 aggregation switches per pod (one per
    // leaf uplink), 9 up each; cores take one bundle per pod: 3 × 3 cables ≤ 24 (3 × 9 > 24),
    // so 12 × 9 / 3 = 36 cores.
    const t = at(289);
    expect(t.tiers).toBe(3);
    if (t.tiers !== 3) return;
    expect(t.pods.map((p) => [p.servers, p.leavesPerRail[0]])).toEqual([[97, 9], [96, 8], [96, 8]]);
    expect(t).toMatchObject({ aggregationPerPod: 12, aggregationUp: 9, coreLanes: 3, cores: 36 });
    expect(switchCounts(t)).toEqual({ leaves: 25, border: 0, spines: 0, aggregation: 36, cores: 36, total: 97 });
  });

  it('HA: two rails of leaves under shared spines', () => {
    const t = fatTree({ k: 24, oversubscription: 1, rails: [{ servers: 128, portsPerServer: 1 }, { servers: 128, portsPerServer: 1 }], borderLeaves: 2 });
    // 11 leaves per rail + 2 border = 24 leaves × 1 cable = 24 spine ports → 12 spines.
    expect(t).toMatchObject({ tiers: 2, leavesPerRail: [11, 11], borderLeaves: 2, spines: 12, lanes: 1 });
    expect(switchCounts(t).total).toBe(11 + 11 + 2 + 12);
  });

  it('one switch when everything fits one leaf', () => {
    expect(fatTree({ k: 24, oversubscription: 1, rails: [{ servers: 12, portsPerServer: 1 }], borderLeaves: 0 })).toMatchObject({ tiers: 1 });
    expect(fatTree({ k: 24, oversubscription: 1, rails: [{ servers: 13, portsPerServer: 1 }], borderLeaves: 0 }).tiers).toBe(2);
  });

  it('refuses beyond three tiers with the limit in the message', () => {
    // 24 pods of 144 servers at most: 3,456 = 24³/4.
    expect(fatTree({ k: 24, oversubscription: 1, rails: [{ servers: 3456, portsPerServer: 1 }], borderLeaves: 0 }).tiers).toBe(3);
    expect(() => fatTree({ k: 24, oversubscription: 1, rails: [{ servers: 3457, portsPerServer: 1 }], borderLeaves: 0 })).toThrow(/3,456 servers/);
  });
});
