import { describe, expect, it } from 'vitest';
import type { Finding, SimulationResult } from '../domain';
import { getTemplate } from '../scenarios';
import { cabledHandles, facingSide, findingsByNode } from './resultIndex';
import { tinyIbDesign } from '../scenarios/testDesigns';

const finding = (f: Partial<Finding>): Finding => ({ code: 'unconnected-port', severity: 'warning', message: 'm', ...f });

describe('findings per node', () => {
  const result = {
    findings: [finding({ nodeId: 'a', severity: 'error', message: 'no slot' }), finding({ nodeId: 'b', severity: 'info', message: 'fyi' })],
    modes: [
      { mode: 'software', findings: [finding({ nodeId: 'a', message: 'port 2 unconnected' }), finding({ message: 'global' })] },
      { mode: 'native', findings: [] },
    ],
  } as unknown as SimulationResult;

  it('counts errors and warnings of the mode plus general findings, errors first', () => {
    const idx = findingsByNode(result, 'software');
    expect(idx.get('a')).toEqual({ errors: 1, warnings: 1, messages: ['no slot', 'port 2 unconnected'] });
    expect(idx.has('b')).toBe(false);
    expect(findingsByNode(result, 'native').get('a')).toEqual({ errors: 1, warnings: 0, messages: ['no slot'] });
  });
  it('is memoized per result and mode', () => {
    expect(findingsByNode(result, 'software')).toBe(findingsByNode(result, 'software'));
    expect(findingsByNode(null, 'software').size).toBe(0);
  });
});

describe('cabled handles', () => {
  it('lists each node’s cabled handles once, as a stable string', () => {
    const d = getTemplate('seed-ib-software-ha')!.build();
    expect(cabledHandles(d.links, 'servers')).toBe('a/hca1/0|a/hca2/0');
    expect(cabledHandles(d.links, 'leafA')).toBe('p');
    expect(cabledHandles(d.links, 'nobody')).toBe('');
  });
});

describe('facingSide', () => {
  it('puts a server’s ports on the side its cables go to', () => {
    const d = tinyIbDesign();
    const right = d.nodes;
    expect(facingSide(right, d.links, 'srv')).toBe('right'); // laid out servers first, switch to the right
    const moved = d.nodes.map((n) => (n.id === 'srv' ? { ...n, position: { x: 5000, y: 0 } } : n));
    expect(facingSide(moved, d.links, 'srv')).toBe('left');
    expect(facingSide(moved, d.links, 'sw')).toBe('right'); // not a server port: the default
  });
});
