import { describe, expect, it } from 'vitest';
import type { Selection } from '../store';
import { createSelectQueue } from './selectQueue';

function setup(initial: Selection) {
  const calls: Selection[] = [];
  const state = {
    selection: initial,
    select: (s: Selection) => {
      calls.push(s);
      state.selection = s;
    },
  };
  let scheduled: Array<() => void> = [];
  const during = { move: true };
  const { queue, flush } = createSelectQueue(
    () => state,
    () => during.move,
    (f) => void scheduled.push(f),
  );
  const run = (): void => {
    const now = scheduled;
    scheduled = [];
    now.forEach((f) => f());
  };
  return { state, calls, queue, flush, run, during, pending: () => scheduled.length };
}

describe('select queue', () => {
  it('during a pointer move, applies nothing until the next task, then node and cable changes in one selection', () => {
    const t = setup({ nodes: ['a'], links: ['l1'] });
    t.queue('nodes', [
      { id: 'b', selected: true },
      { id: 'a', selected: false },
    ]);
    t.queue('links', [{ id: 'l1', selected: false }]);
    expect(t.calls).toEqual([]);
    expect(t.pending()).toBe(1);
    t.run();
    expect(t.calls).toEqual([{ nodes: ['b'], links: [] }]);
  });

  it('applies changes to the selection current at flush time (a select made meanwhile is kept)', () => {
    const t = setup({ nodes: [], links: [] });
    t.queue('nodes', [{ id: 'srv', selected: true }]);
    t.state.select({ nodes: ['srv'], links: [], adapter: { nodeId: 'srv', adapterId: 'x' } });
    t.run();
    expect(t.state.selection).toEqual({ nodes: ['srv'], links: [], adapter: { nodeId: 'srv', adapterId: 'x' } });
    expect(t.calls).toHaveLength(1);
  });

  it('does not touch the store when the changes cancel out or are empty', () => {
    const t = setup({ nodes: ['a'], links: [] });
    t.queue('nodes', []);
    expect(t.pending()).toBe(0);
    t.queue('nodes', [{ id: 'a', selected: false }]);
    t.queue('nodes', [{ id: 'a', selected: true }]);
    t.run();
    expect(t.calls).toEqual([]);
    t.queue('nodes', [{ id: 'c', selected: true }]);
    expect(t.pending()).toBe(1);
  });

  it('flushes at once on demand (a key pressed right after a click), and the timer then does nothing', () => {
    const t = setup({ nodes: [], links: [] });
    t.queue('nodes', [{ id: 'a', selected: true }]);
    t.flush();
    expect(t.state.selection).toEqual({ nodes: ['a'], links: [] });
    t.run();
    expect(t.calls).toHaveLength(1);
  });

  it('outside a pointer move (a click, a key), applies at once, after anything still waiting', () => {
    const t = setup({ nodes: [], links: [] });
    t.queue('nodes', [{ id: 'a', selected: true }]);
    t.during.move = false;
    t.queue('nodes', [
      { id: 'a', selected: false },
      { id: 'b', selected: true },
    ]);
    expect(t.calls).toEqual([{ nodes: ['b'], links: [] }]);
    t.run();
    expect(t.calls).toHaveLength(1);
  });
});
