import { describe, expect, it } from 'vitest';
import { catalogFor } from '../catalog';
import { emptyDesign, getTemplate } from '../scenarios';
import * as designOps from '../store/designOps';
import { applySelect, floatingEnds, isOtherDesign, pickDropHandle, sameSidePath } from './interaction';

describe('selection from React Flow changes', () => {
  const base = { nodes: ['a'], links: ['l1'] };
  it('adds and removes ids on one side', () => {
    expect(applySelect(base, 'nodes', [{ id: 'b', selected: true }, { id: 'a', selected: false }])).toEqual({ nodes: ['b'], links: ['l1'] });
    expect(applySelect(base, 'links', [{ id: 'l1', selected: false }])).toEqual({ nodes: ['a'], links: [] });
  });
  it('returns null when nothing changes', () => {
    expect(applySelect(base, 'nodes', [{ id: 'a', selected: true }])).toBeNull();
    expect(applySelect(base, 'nodes', [])).toBeNull();
  });
  it('keeps an adapter selection only while its server is the one selection', () => {
    const withAdapter = { nodes: ['srv'], links: ['l1'], adapter: { nodeId: 'srv', adapterId: 'x' } };
    expect(applySelect(withAdapter, 'links', [{ id: 'l1', selected: false }])).toEqual({ nodes: ['srv'], links: [], adapter: { nodeId: 'srv', adapterId: 'x' } });
    expect(applySelect(withAdapter, 'nodes', [{ id: 'other', selected: true }])!.adapter).toBeUndefined();
  });
});

describe('cable dropped on a node body', () => {
  const design = getTemplate('seed-scenario-2')!.build();
  const catalog = catalogFor(design);
  it('goes to the only bus handle of a switch', () => {
    expect(pickDropHandle(design, { node: 'servers', handle: 'a/hca1/1' }, 'leaf', catalog)).toEqual({ node: 'leaf', handle: 'p' });
  });
  it('on a server, picks a free port of the same protocol', () => {
    expect(pickDropHandle(design, { node: 'leaf', handle: 'p' }, 'servers', catalog)).toEqual({ node: 'servers', handle: 'a/hca1/1' });
  });
  it('on a gateway, picks the side with the same protocol', () => {
    let d = designOps.addNode(design, { id: 'gw', partId: 'gw-ib-eth-6', label: 'GW', position: { x: 0, y: 0 }, count: 1 });
    expect(pickDropHandle(d, { node: 'eth', handle: 'p' }, 'gw', catalog)).toEqual({ node: 'gw', handle: 'B' });
    expect(pickDropHandle(d, { node: 'leaf', handle: 'p' }, 'gw', catalog)).toEqual({ node: 'gw', handle: 'A' });
    d = designOps.addNode(d, { id: 'empty', partId: 'srv-blade-2007', label: 'S', position: { x: 0, y: 0 }, count: 1, adapters: [] });
    expect(pickDropHandle(d, { node: 'leaf', handle: 'p' }, 'empty', catalog)).toBeNull();
  });
});

describe('floating cable ends', () => {
  const left = { x: 0, y: 0, width: 100, height: 50 };
  const right = { x: 300, y: 0, width: 100, height: 50 };
  it('leave each node on the side facing the other', () => {
    expect(floatingEnds(left, 20, right, 30)).toEqual({ sx: 100, sy: 20, sLeft: false, tx: 300, ty: 30, tLeft: true });
    expect(floatingEnds(right, 20, left, 30)).toEqual({ sx: 300, sy: 20, sLeft: true, tx: 100, ty: 30, tLeft: false });
  });
  it('join stacked nodes on their right sides', () => {
    const below = { x: 20, y: 200, width: 100, height: 50 };
    expect(floatingEnds(left, 20, below, 220)).toEqual({ sx: 100, sy: 20, sLeft: false, tx: 120, ty: 220, tLeft: false });
    expect(floatingEnds(left, 20, { ...right, x: 130 }, 30)).toMatchObject({ sLeft: false, tLeft: false });
  });
});

describe('same-side loop', () => {
  it('bulges out beyond both ends', () => {
    const [path, x, y] = sameSidePath(100, 0, 120, 200, false);
    expect(path).toBe('M100,0 C190,0 190,200 120,200');
    expect(x).toBeGreaterThan(120);
    expect(y).toBe(100);
    expect(sameSidePath(0, 0, 10, 100, true)[1]).toBeLessThan(0);
  });
});

describe('design switch detection', () => {
  const a = getTemplate('seed-ib-software')!.build();
  const b = getTemplate('seed-baseline-gige-fc')!.build();
  it('is a switch for another template or disjoint nodes', () => {
    expect(isOtherDesign(a, b)).toBe(true);
    expect(isOtherDesign(a, { ...b, templateId: a.templateId })).toBe(false); // same ids "servers", "lan"…: an edit
    expect(isOtherDesign(emptyDesign(), a)).toBe(true);
  });
  it('is not a switch for edits', () => {
    const moved = designOps.moveNodes(a, new Map([['leaf', { x: 1, y: 1 }]]));
    expect(isOtherDesign(a, moved)).toBe(false);
    expect(isOtherDesign(a, { ...a, name: 'Renamed' })).toBe(false);
    expect(isOtherDesign(a, designOps.removeItems(a, ['leaf'], []))).toBe(false);
    const empty = emptyDesign();
    const one = designOps.addNode(empty, { id: 'x', partId: 'sw-gige-24', label: 'x', position: { x: 0, y: 0 }, count: 1 });
    expect(isOtherDesign(empty, one)).toBe(false);
    expect(isOtherDesign(a, { ...a, nodes: [] })).toBe(false);
  });
});
