import { describe, expect, it } from 'vitest';
import { catalogFor } from '../catalog';
import { generateDesign, getTemplate } from '../scenarios';
import type { Design, SimulationResult } from '../domain';
import { evaluateMode } from './evaluate';
import { prepare, simulate, simulateSession, simulateWithCapability } from './simulate';

const withoutClock = (r: SimulationResult): SimulationResult => ({ ...r, elapsedMs: 0 });

/** Every mode evaluated on freshly allocated arrays (no buffers borrowed). */
function freshModes(design: Design) {
  const prep = prepare(design, catalogFor(design), false);
  expect(prep.buffers).toBeUndefined();
  return (['software', 'native', 'passthrough', 'offload'] as const).map((m) => evaluateMode(prep, m, false));
}

describe('simulation buffers reused across runs', () => {
  const small = getTemplate('seed-ib-software-ha')!.build();
  const large = generateDesign({ servers: 200, vms: 12 });
  const other = getTemplate('seed-baseline-gige-fc')!.build();
  // No VM asks for storage: its per-VM SAN figures stay "no such flow" (−1), where the runs
  // before had values in the same arrays.
  const noSan: Design = { ...small, workloads: small.workloads.map((w) => ({ ...w, sanMBps: 0 })) };

  it('a run after a larger and a different one gives exactly what fresh arrays give', () => {
    const first = withoutClock(simulate(small));
    simulate(large);
    simulate(other);
    const again = withoutClock(simulate(small));
    expect(withoutClock(simulate(noSan)).modes).toEqual(freshModes(noSan));
    // Bit-identical, typed arrays included: the larger run's leftovers past this run's length
    // and its values inside it must not show.
    expect(again).toEqual(first);
    expect(again.modes).toEqual(freshModes(small));
    expect(withoutClock(simulate(large)).modes).toEqual(freshModes(large));
  }, 60_000);

  it('a result already returned is not touched by the runs after it (Compare and the CLI hold two)', () => {
    const held = simulate(small);
    const copy = structuredClone(held);
    simulate(large);
    simulate(other);
    simulate(small);
    expect(held).toEqual(copy);
  }, 60_000);

  it('a session kept for its capability is not overwritten by runs in between', () => {
    const expected = simulateWithCapability(small).capability;
    const kept = simulateSession(small);
    simulate(large);
    simulateSession(other).release();
    expect(kept.capability()).toEqual(expected);
    // Its buffers are given back with its capability; the answer stays the one computed.
    simulate(large);
    expect(kept.capability()).toEqual(expected);
  }, 60_000);

  it('refuses capability once the session released its arrays to other runs', () => {
    const session = simulateSession(small);
    session.release();
    expect(() => session.capability()).toThrow(/released/);
  });
});
