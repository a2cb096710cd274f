import { describe, expect, it, vi } from 'vitest';
import { generateDesign } from '../scenarios';
import { progressTicker, type SimProgress } from './progress';
import { simulate } from './simulate';

describe('progress (so a slow, honest run is never taken for a hang)', () => {
  it('the engine announces every stage, including those inside its long loops', () => {
    const seen: SimProgress[] = [];
    simulate(generateDesign({ servers: 64, vms: 4 }), { modes: ['native'], onProgress: (p) => seen.push(p) });
    const stages = [...new Set(seen.map((p) => p.stage))];
    expect(stages).toEqual([
      'expanding the design',
      'routing LAN flows',
      'routing SAN flows',
      'routing server-to-server flows',
      'building the native flow problem',
      'solving native mode',
      'computing native latencies',
    ]);
  });

  it('a ticker reports the first iteration, then at most every quarter second, reading the clock every `every` calls', () => {
    let clock = 0;
    const spy = vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const seen: number[] = [];
    const tick = progressTicker((p) => seen.push(p.done), 'working', 10_000, 4);
    for (let i = 0; i < 10_000; i++) {
      clock += 1; // 1 ms per iteration
      tick(i);
    }
    spy.mockRestore();
    expect(seen[0]).toBe(0);
    expect(seen.length).toBe(40); // 10 s of work, one report per 250 ms
    for (let k = 1; k < seen.length; k++) expect(seen[k]! - seen[k - 1]!).toBeGreaterThanOrEqual(248);
  });
});
