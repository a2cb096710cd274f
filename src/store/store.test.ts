import { describe, expect, it } from 'vitest';
import { emptyDesign, getTemplate } from '../scenarios';
import { tinyIbDesign } from '../scenarios/testDesigns';
import { DesignSchema } from '../domain';
import { createAppStore } from './store';
import { affectsResults } from './simulation';

const fresh = () => createAppStore(emptyDesign());

describe('design edits through the store (headless harness)', () => {
  it('builds a working design from parts: server, HCA, switch, gateway, LAN', () => {
    const s = fresh();
    const st = () => s.getState();
    const srv = st().addPart('srv-blade-2007', { x: 0, y: 0 })!;
    expect(st().installAdapter(srv, 'hca-connectx-ddr')).toBe(true);
    const sw = st().addPart('sw-ib-ddr-24', { x: 300, y: 0 })!;
    const gw = st().addPart('gw-ib-eth-6', { x: 600, y: 0 })!;
    const lan = st().addPart('net-lan-gige', { x: 900, y: 0 })!;
    const adapterId = st().design.nodes.find((n) => n.id === srv)!.adapters![0]!.id;
    expect(st().connect({ node: srv, handle: `a/${adapterId}/0` }, { node: sw, handle: 'p' })).toBe(true);
    expect(st().connect({ node: sw, handle: 'p' }, { node: gw, handle: 'A' })).toBe(true);
    // More than 4 lanes fit the gateway's 6 GigE ports: no cable until the user says how many.
    expect(st().connect({ node: gw, handle: 'B' }, { node: lan, handle: 'p' })).toBe(true);
    expect(st().design.links).toHaveLength(2);
    expect(st().laneChoice?.proposal).toEqual({ lanes: 6, limitedBy: 'the 6 free ports of "IB–Ethernet gateway 1" (other side)' });
    st().chooseLanes(null);
    expect(st().laneChoice).toBeNull();
    expect(st().design.links).toHaveLength(2);
    st().connect({ node: gw, handle: 'B' }, { node: lan, handle: 'p' });
    st().chooseLanes(6);
    expect(st().design.links).toHaveLength(3);
    expect(st().design.nodes.map((n) => n.label)).toEqual(['Server 1', 'IB switch 1', 'IB–Ethernet gateway 1', 'LAN 1']);
    expect(DesignSchema.safeParse(st().design).success).toBe(true);
    // The gateway's 6 GigE ports all went to the LAN, and the store said so.
    expect(st().design.links.at(-1)!.lanes).toBe(6);
    expect(st().notice?.text).toBe('New cable: 6 lanes. Change it under Lanes in the inspector.');
  });

  it('adds a part below the one already where it is asked for, not on top of it', () => {
    const s = fresh();
    const a = s.getState().addPart('sw-ib-ddr-24', { x: 100, y: 100 })!;
    const b = s.getState().addPart('net-lan-gige', { x: 100, y: 100 })!;
    const [pa, pb] = [a, b].map((id) => s.getState().design.nodes.find((n) => n.id === id)!.position);
    expect(pb!.x).toBe(100);
    expect(pb!.y).toBeGreaterThan(pa!.y + 40); // below the switch's box and a gap
  });

  it('refuses what cannot be built, with the reason as a notice, and changes nothing', () => {
    const s = fresh();
    const srv = s.getState().addPart('srv-blade-2007', { x: 0, y: 0 })!;
    s.getState().installAdapter(srv, 'hba-fc-4g');
    const sw = s.getState().addPart('sw-ib-ddr-24', { x: 300, y: 0 })!;
    const adapterId = s.getState().design.nodes[0]!.adapters![0]!.id;
    const before = s.getState().design;
    expect(s.getState().connect({ node: srv, handle: `a/${adapterId}/0` }, { node: sw, handle: 'p' })).toBe(false);
    expect(s.getState().notice).toMatchObject({ kind: 'error' });
    expect(s.getState().notice!.text).toMatch(/Fibre Channel port on "Server 1" cannot connect to an InfiniBand switch "IB switch 1"/);
    expect(s.getState().design).toBe(before);
    expect(s.getState().addPart('hca-connectx-ddr', { x: 0, y: 0 })).toBeNull();
    expect(s.getState().notice!.text).toMatch(/onto a server/);
  });

  it('refuses an adapter when the server has no free slot', () => {
    const s = fresh();
    const srv = s.getState().addPart('srv-blade-2007', { x: 0, y: 0 })!;
    let installed = 0;
    while (s.getState().installAdapter(srv, 'nic-gige-2p')) installed++;
    expect(installed).toBeGreaterThan(0);
    expect(s.getState().notice!.text).toMatch(/no free slot/);
  });

  it('undo and redo restore the exact previous designs; UI changes are not history', () => {
    const s = fresh();
    const d0 = s.getState().design;
    s.getState().addPart('sw-ib-ddr-24', { x: 10, y: 10 });
    const d1 = s.getState().design;
    s.getState().select({ nodes: [], links: [] });
    s.getState().setTheme('dark');
    s.getState().rename('Renamed');
    s.temporal.getState().undo();
    expect(s.getState().design).toEqual(d1);
    s.temporal.getState().undo();
    expect(s.getState().design).toEqual(d0);
    s.temporal.getState().redo();
    s.temporal.getState().redo();
    expect(s.getState().design.name).toBe('Renamed');
  });

  it('a drag is one undo step however many moves it has', () => {
    const s = createAppStore(tinyIbDesign());
    const id = s.getState().design.nodes[0]!.id;
    const before = s.getState().design;
    s.getState().beginDrag();
    for (let i = 1; i <= 30; i++) s.getState().moveNodes(new Map([[id, { x: i * 5, y: i }]]));
    s.getState().endDrag();
    expect(s.temporal.getState().pastStates).toHaveLength(1);
    expect(s.getState().design.nodes[0]!.position).toEqual({ x: 150, y: 30 });
    s.temporal.getState().undo();
    expect(s.getState().design).toEqual(before);
  });

  it('the end of a drag shows subscribers the final design only, never the pre-drag one again', () => {
    const s = createAppStore(tinyIbDesign());
    const id = s.getState().design.nodes[0]!.id;
    const before = s.getState().design;
    s.getState().beginDrag();
    s.getState().moveNodes(new Map([[id, { x: 40, y: 20 }]]));
    const seen: unknown[] = [];
    const stop = s.subscribe((st) => seen.push(st.design));
    s.getState().endDrag();
    stop();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBe(s.getState().design);
    expect(s.temporal.getState().pastStates.map((p) => p.design)).toEqual([before]);
    expect(s.temporal.getState().futureStates).toEqual([]);
  });

  it('deletes the selection with the cables on it; copy/paste and duplicate make fresh ids with links', () => {
    const s = createAppStore(tinyIbDesign());
    const st = () => s.getState();
    st().select({ nodes: ['sw'], links: [] });
    st().deleteSelection();
    expect(st().design.nodes.map((n) => n.id)).not.toContain('sw');
    expect(st().design.links.every((l) => l.a.node !== 'sw' && l.b.node !== 'sw')).toBe(true);
    s.temporal.getState().undo();
    st().select({ nodes: ['gw', 'lan'], links: [] });
    st().copySelection();
    st().paste();
    expect(st().design.nodes).toHaveLength(6);
    expect(st().design.links).toHaveLength(4); // the gateway–LAN link was copied with them
    expect(new Set(st().design.nodes.map((n) => n.id)).size).toBe(6);
    st().duplicateSelection();
    expect(st().design.nodes).toHaveLength(8);
    expect(DesignSchema.safeParse(st().design).success).toBe(true);
  });

  it('removes an adapter with its cables, and moves an adapter between servers', () => {
    const s = createAppStore(tinyIbDesign());
    const st = () => s.getState();
    const other = st().addPart('srv-blade-2007', { x: 0, y: 300 })!;
    expect(st().moveAdapter('srv', 'hca', other)).toBe(true);
    expect(st().design.nodes.find((n) => n.id === 'srv')!.adapters).toEqual([]);
    expect(st().design.nodes.find((n) => n.id === other)!.adapters!.map((a) => a.id)).toEqual(['hca']);
    expect(st().design.links.some((l) => l.a.handle.startsWith('a/hca/') || l.b.handle.startsWith('a/hca/'))).toBe(false);
  });

  it('only edits that can change a number re-simulate (drags do not)', () => {
    const d = getTemplate('seed-ib-software')!.build();
    const moved = { ...d, nodes: d.nodes.map((n, i) => (i === 0 ? { ...n, position: { x: 1, y: 2 } } : n)) };
    expect(affectsResults(d, moved)).toBe(false);
    const recount = { ...d, nodes: d.nodes.map((n, i) => (i === 0 ? { ...n, count: n.count + 1 } : n)) };
    expect(affectsResults(d, recount)).toBe(true);
    // Every run computes all three modes: showing another one needs no run.
    expect(affectsResults(d, { ...d, settings: { ...d.settings, mode: 'native' } })).toBe(false);
    expect(affectsResults(d, { ...d, settings: { ...d.settings, mode: 'native', years: 5 } })).toBe(true);
    expect(affectsResults(d, { ...d, settings: { ...d.settings, currency: { code: 'EUR', perUsd: 0.9 } } })).toBe(true);
    // Failing or restoring a part changes the live results (they show the design with its failures).
    const failed = { ...d, failures: [{ kind: 'node' as const, node: d.nodes.find((n) => n.count > 1)!.id, member: 0 }] };
    expect(affectsResults(d, failed)).toBe(true);
    expect(affectsResults(failed, { ...failed, failures: [] })).toBe(true);
  });
});

describe('paste lands beside the original', () => {
  it('to the right of the copied group, with its cables, and a second paste beside the first', () => {
    const s = createAppStore(tinyIbDesign());
    const st = () => s.getState();
    st().select({ nodes: ['gw', 'lan'], links: [] });
    st().copySelection();
    st().paste();
    const byLabel = (id: string) => st().design.nodes.filter((n) => n.partId === st().design.nodes.find((m) => m.id === id)!.partId);
    const [gw, gwCopy] = byLabel('gw');
    const [lan, lanCopy] = byLabel('lan');
    // The group spans from the gateway's left edge to the LAN's right edge (nodes are 200 wide);
    // the copy moves right by that width and a 60 px gap, at the same height.
    const step = lan!.position.x + 200 - gw!.position.x + 60;
    expect(gwCopy!.position).toEqual({ x: gw!.position.x + step, y: gw!.position.y });
    expect(lanCopy!.position).toEqual({ x: lan!.position.x + step, y: lan!.position.y });
    const copied = st().design.links.find((l) => l.a.node === gwCopy!.id || l.b.node === gwCopy!.id);
    expect(copied && [copied.a.node, copied.b.node].sort()).toEqual([gwCopy!.id, lanCopy!.id].sort());
    st().paste();
    expect(byLabel('gw')[2]!.position.x).toBe(gw!.position.x + 2 * step);
  });
});
