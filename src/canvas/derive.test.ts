import { describe, expect, it } from 'vitest';
import { catalogFor } from '../catalog';
import { generateFlatDesign, getTemplate } from '../scenarios';
import * as designOps from '../store/designOps';
import { createEdgeDeriver, createNodeDeriver, withPositions, type Measured } from './derive';

const none = new Set<string>();
const noSizes = new Map<string, Measured>();

describe('node derivation', () => {
  const design = generateFlatDesign({ nodes: 1000 });
  const catalog = catalogFor(design);

  it('maps design nodes to typed React Flow nodes', () => {
    const nodes = createNodeDeriver()(design.nodes, none, noSizes, catalog);
    expect(nodes).toHaveLength(1000);
    const server = nodes.find((n) => n.id === 'srv0')!;
    expect(server.type).toBe('server');
    expect(server.position).toEqual(design.nodes.find((n) => n.id === 'srv0')!.position);
    expect(server.ariaLabel).toBe('Server 1');
    expect(nodes.find((n) => n.id === 'gw')!.type).toBe('gateway');
    expect(nodes.find((n) => n.id === 'lan')!.type).toBe('network');
  });

  it('shows a drag in progress by replacing only the dragged nodes, leaving the design untouched', () => {
    const nodes = createNodeDeriver()(design.nodes, none, noSizes, catalog);
    const dragging = withPositions(nodes, new Map([['srv5', { x: 10, y: 20 }]]));
    expect(dragging.filter((n, i) => n !== nodes[i]).map((n) => n.id)).toEqual(['srv5']);
    expect(dragging.find((n) => n.id === 'srv5')!.position).toEqual({ x: 10, y: 20 });
    expect(design.nodes.find((n) => n.id === 'srv5')!.position).not.toEqual({ x: 10, y: 20 });
  });

  it('makes one new node object when one node of 1,000 moves', () => {
    const derive = createNodeDeriver();
    const before = derive(design.nodes, none, noSizes, catalog);
    const moved = designOps.moveNodes(design, new Map([['srv5', { x: 10, y: 20 }]]));
    const after = derive(moved.nodes, none, noSizes, catalog);
    const changed = after.filter((n, i) => n !== before[i]);
    expect(changed.map((n) => n.id)).toEqual(['srv5']);
    expect(changed[0]!.position).toEqual({ x: 10, y: 20 });
  });

  it('returns the same array when nothing changed, and re-derives only (de)selected nodes', () => {
    const derive = createNodeDeriver();
    const a = derive(design.nodes, none, noSizes, catalog);
    expect(derive(design.nodes, new Set<string>(), noSizes, catalog)).toBe(a);
    const b = derive(design.nodes, new Set(['srv1', 'leaf0']), noSizes, catalog);
    expect(b.filter((n, i) => n !== a[i]).map((n) => n.id).sort()).toEqual(['leaf0', 'srv1']);
    expect(b.find((n) => n.id === 'srv1')!.selected).toBe(true);
  });

  it('carries measured sizes so moved nodes stay visible', () => {
    const derive = createNodeDeriver();
    const sizes = new Map([['srv0', { width: 220, height: 120 }]]);
    const first = derive(design.nodes, none, sizes, catalog);
    expect(first.find((n) => n.id === 'srv0')!.measured).toEqual({ width: 220, height: 120 });
    const moved = designOps.moveNodes(design, new Map([['srv0', { x: 5, y: 5 }]]));
    expect(derive(moved.nodes, none, sizes, catalog).find((n) => n.id === 'srv0')!.measured).toEqual({ width: 220, height: 120 });
  });

  it('marks parts missing from the catalog', () => {
    const odd = { ...design, nodes: [{ ...design.nodes[0]!, partId: 'no-such-part' }] };
    expect(createNodeDeriver()(odd.nodes, none, noSizes, catalog)[0]!.type).toBe('missing');
  });
});

describe('edge derivation', () => {
  const design = getTemplate('seed-ib-software')!.build();
  const catalog = catalogFor(design);

  it('joins the two ends with protocol and the slower rate', () => {
    const edges = createEdgeDeriver()(design, none, catalog);
    expect(edges).toHaveLength(design.links.length);
    const first = edges[0]!;
    const link = design.links[0]!;
    expect(first).toMatchObject({ id: link.id, source: link.a.node, sourceHandle: link.a.handle, target: link.b.node, targetHandle: link.b.handle, type: 'cable' });
    expect(first.data).toMatchObject({ protocol: 'infiniband', rateGbps: 16, lanes: 1 });
    const toLan = edges.find((e) => e.target === 'lan')!;
    expect(toLan.data).toMatchObject({ protocol: 'ethernet', rateGbps: 1, lanes: 6 });
    expect(toLan.ariaLabel).toBe('Cable from IB↔Ethernet gateways to Existing LAN');
  });

  it('keeps edge objects when a node only moves, rebuilds a selected one', () => {
    const derive = createEdgeDeriver();
    const before = derive(design, none, catalog);
    const moved = designOps.moveNodes(design, new Map([['leaf', { x: 999, y: 999 }]]));
    expect(derive(moved, none, catalog)).toBe(before);
    const sel = derive(moved, new Set([design.links[1]!.id]), catalog);
    expect(sel.filter((e, i) => e !== before[i]).map((e) => e.id)).toEqual([design.links[1]!.id]);
  });
});
