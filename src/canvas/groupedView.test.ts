import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG } from '../catalog';
import type { Design, DesignLink, DesignNode } from '../domain';
import { expandedCableCount } from '../sim';
import { groupedView, groupNodeId } from './groupedView';

const node = (id: string, partId: string, count: number, x: number): DesignNode => ({ id, partId, label: id, position: { x, y: 0 }, count });
const link = (id: string, a: string, ah: string, b: string, lanes: number, mesh = false): DesignLink => ({ id, a: { node: a, handle: ah }, b: { node: b, handle: 'p' }, lanes, lengthM: 3, ...(mesh ? { mesh } : {}) });

// A pod (4 servers, a leaf pair, an aggregation pair) and a core of 2 outside it.
const server = DEFAULT_CATALOG.parts.find((p) => p.kind === 'server')!.id;
const sw = DEFAULT_CATALOG.parts.find((p) => p.kind === 'switch')!.id;
const design: Pick<Design, 'nodes' | 'links' | 'groups'> = {
  nodes: [node('srv', server, 4, 0), node('leaf', sw, 2, 300), node('agg', sw, 2, 600), node('core', sw, 2, 900)],
  links: [link('l1', 'srv', 'a/x/0', 'leaf', 1), link('l2', 'leaf', 'p', 'agg', 1, true), link('l3', 'agg', 'p', 'core', 2, true), link('l4', 'core', 'p', 'agg', 1)],
  groups: [{ id: 'pod-1', label: 'Pod 1', members: ['srv', 'leaf', 'agg'], collapsed: true }],
};

describe('groupedView', () => {
  it('draws a collapsed group as one box at its first member, with its parts by kind', () => {
    const v = groupedView(design, new Map(), DEFAULT_CATALOG)!;
    expect([...v.hidden]).toEqual(['srv', 'leaf', 'agg']);
    expect(v.boxes).toHaveLength(1);
    expect(v.boxes[0]).toMatchObject({ id: groupNodeId('pod-1'), position: { x: 0, y: 0 }, parts: '4 servers · 4 switches', nodes: 3 });
  });

  it('merges the cables to one neighbour into one, counting cables as the bill of materials does', () => {
    const v = groupedView(design, new Map(), DEFAULT_CATALOG)!;
    // l3: mesh 2 × 2 members × 2 lanes = 8; l4: blocks max(2, 2) × 1 lane = 2 → 10 cables, 2 links.
    expect(v.merged).toEqual([{ id: 'merged:group:pod-1|g|core|p', source: 'group:pod-1', sourceHandle: 'g', target: 'core', targetHandle: 'p', cables: 10, links: 2 }]);
    expect(v.links).toEqual([]);
    // The merged count is the design's own count of those links.
    expect(expandedCableCount({ ...design, links: design.links.slice(2) } as Design)).toBe(10);
  });

  it('shows members again when expanded (the user’s choice overrides the file’s)', () => {
    expect(groupedView(design, new Map([['pod-1', false]]), DEFAULT_CATALOG)).toBeNull();
    expect(groupedView({ ...design, groups: undefined }, new Map(), DEFAULT_CATALOG)).toBeNull();
  });
});
