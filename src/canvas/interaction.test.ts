import { describe, expect, it } from 'vitest';
import { catalogFor } from '../catalog';
import { emptyDesign, getTemplate } from '../scenarios';
import * as designOps from '../store/designOps';
import { applySelect, isOtherDesign, pickDropHandle } from './interaction';

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
