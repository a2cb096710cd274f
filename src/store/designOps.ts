// Pure edits of a design document. The store calls these; tests drive them without React.
// Each returns a new design (or the same one when nothing changed) so undo history and
// React Flow see reference changes only where something moved.
import { ASK_ABOVE_LANES, checkConnection, installAdapterCheck, linkEra, nodePorts, proposeLanes, type LaneProposal } from '../sim';
import { catalogFor, DEFAULT_CABLE } from '../catalog';
import { estimateNodeSize } from '../layout';
import { withoutMembers, type Design, type DesignLink, type DesignNode, type PortRef, type Part, type Settings, type Workload } from '../domain';
import { countProblem, IMPORT_LIMITS, megabytes, tooManyMessage } from '../io';

/** A node label's longest (DesignNodeSchema). */
const MAX_LABEL = 120;
let seq = 0;
/** Ids unique within a session and across reloads (time prefix), short enough to read in files. */
export function newId(prefix: string): string {
  seq = (seq + 1) % 1e6;
  return `${prefix}-${Date.now().toString(36)}${seq.toString(36)}`;
}

const DEFAULT_VMS = 16;

const PROTOCOL_SHORT = { ethernet: 'Ethernet', fc: 'FC', infiniband: 'IB' } as const;

/** Short default labels ("IB switch 2"): part names are long and the canvas shows the part anyway. */
function defaultLabel(part: Part, design: Design): string {
  const base =
    part.kind === 'server' ? 'Server'
    : part.kind === 'switch' ? `${PROTOCOL_SHORT[part.protocol]} switch`
    : part.kind === 'gateway' ? `${PROTOCOL_SHORT[part.sideA.protocol]}–${PROTOCOL_SHORT[part.sideB.protocol]} gateway`
    : part.kind === 'storage' ? `${PROTOCOL_SHORT[part.protocol]} storage`
    : part.kind === 'network' ? 'LAN'
    : part.name;
  const taken = new Set(design.nodes.map((n) => n.label));
  let i = 1;
  while (taken.has(`${base} ${i}`)) i++;
  return `${base} ${i}`;
}

export function nodeFromPart(part: Part, position: { x: number; y: number }, design: Design): DesignNode {
  const node: DesignNode = {
    id: newId(part.kind === 'server' ? 'srv' : part.kind.slice(0, 3)),
    partId: part.id,
    label: defaultLabel(part, design),
    position: { x: Math.round(position.x), y: Math.round(position.y) },
    count: 1,
  };
  const placed = part.kind === 'server' ? { ...node, adapters: [], vmsPerServer: DEFAULT_VMS, workloadId: design.workloads[0]?.id } : node;
  return { ...placed, position: clearSpot(design, placed) };
}

/**
 * Where a new node goes: where it was asked for, or below it, clear of the nodes already there
 * (two parts added "in the middle" one after the other used to land on each other).
 */
function clearSpot(design: Design, node: DesignNode): { x: number; y: number } {
  const catalog = catalogFor(design);
  const size = estimateNodeSize(node, catalog);
  const column = design.nodes.map((n) => ({ ...n.position, ...estimateNodeSize(n, catalog) })).filter((o) => o.x < node.position.x + size.width && node.position.x < o.x + o.width);
  let y = node.position.y;
  for (let i = 0; i < 50; i++) {
    const hit = column.filter((o) => overlaps({ x: node.position.x, y, ...size }, o));
    if (hit.length === 0) break;
    y = Math.max(...hit.map((o) => o.y + o.height)) + GAP;
  }
  return { x: node.position.x, y };
}

export function addNode(design: Design, node: DesignNode): Design {
  return { ...design, nodes: [...design.nodes, node] };
}

export function updateNode(design: Design, nodeId: string, patch: Partial<Omit<DesignNode, 'id'>>): Design {
  let changed = false;
  const nodes = design.nodes.map((n) => {
    if (n.id !== nodeId) return n;
    changed = true;
    return { ...n, ...patch };
  });
  return changed ? { ...design, nodes } : design;
}

/** Moves nodes; untouched nodes keep their object identity (React Flow re-renders only the moved ones). */
export function moveNodes(design: Design, positions: ReadonlyMap<string, { x: number; y: number }>): Design {
  if (positions.size === 0) return design;
  let changed = false;
  const nodes = design.nodes.map((n) => {
    const p = positions.get(n.id);
    if (!p || (p.x === n.position.x && p.y === n.position.y)) return n;
    changed = true;
    return { ...n, position: { x: p.x, y: p.y } };
  });
  return changed ? { ...design, nodes } : design;
}

const touches = (l: DesignLink, nodeIds: ReadonlySet<string>): boolean => nodeIds.has(l.a.node) || nodeIds.has(l.b.node);

/** Removes nodes and links; links that lose an end go with their node. */
export function removeItems(design: Design, nodeIds: readonly string[], linkIds: readonly string[]): Design {
  if (nodeIds.length === 0 && linkIds.length === 0) return design;
  const nodes = new Set(nodeIds);
  const links = new Set(linkIds);
  return {
    ...design,
    nodes: design.nodes.filter((n) => !nodes.has(n.id)),
    links: design.links.filter((l) => !links.has(l.id) && !touches(l, nodes)),
    ...(design.groups ? { groups: withoutMembers(design.groups, nodes) } : {}),
  };
}

export type EditOutcome = { ok: true; design: Design; warning?: string; info?: string } | { ok: false; reason: string };

export function installAdapter(design: Design, serverId: string, adapterPartId: string): EditOutcome {
  const check = installAdapterCheck(design, serverId, adapterPartId);
  if (!check.ok) return check;
  const adapter = { id: newId('ad'), partId: adapterPartId };
  const next = updateNode(design, serverId, { adapters: [...(design.nodes.find((n) => n.id === serverId)?.adapters ?? []), adapter] });
  return { ok: true, design: next };
}

const onAdapter = (ref: PortRef, nodeId: string, adapterId: string): boolean => ref.node === nodeId && ref.handle.startsWith(`a/${adapterId}/`);

/** Removes an adapter and the cables on its ports. */
export function removeAdapter(design: Design, nodeId: string, adapterId: string): Design {
  const node = design.nodes.find((n) => n.id === nodeId);
  if (!node?.adapters?.some((a) => a.id === adapterId)) return design;
  const next = updateNode(design, nodeId, { adapters: node.adapters.filter((a) => a.id !== adapterId) });
  return { ...next, links: next.links.filter((l) => !onAdapter(l.a, nodeId, adapterId) && !onAdapter(l.b, nodeId, adapterId)) };
}

/** Moves an adapter to another server's free slot; its cables stay behind (they were plugged into the old server). */
export function moveAdapter(design: Design, fromNodeId: string, adapterId: string, toNodeId: string): EditOutcome {
  if (fromNodeId === toNodeId) return { ok: true, design };
  const adapter = design.nodes.find((n) => n.id === fromNodeId)?.adapters?.find((a) => a.id === adapterId);
  if (!adapter) return { ok: false, reason: 'That adapter no longer exists.' };
  const check = installAdapterCheck(design, toNodeId, adapter.partId);
  if (!check.ok) return check;
  const removed = removeAdapter(design, fromNodeId, adapterId);
  const target = removed.nodes.find((n) => n.id === toNodeId)!;
  return { ok: true, design: updateNode(removed, toNodeId, { adapters: [...(target.adapters ?? []), adapter] }) };
}

/**
 * A cable a–b. With `lanes`, that many; without, the lanes both ends allow (lanes.ts) — and when
 * that is more than a few, no cable yet: `ask` carries the proposal for the user to choose from
 * (42 parallel uplinks made silently by one drag was a defect).
 */
export function connect(design: Design, a: PortRef, b: PortRef, lanes?: number): EditOutcome & { ask?: LaneProposal } {
  const check = checkConnection(design, a, b);
  if (!check.ok) return check;
  const catalog = catalogFor(design);
  const nodeA = design.nodes.find((n) => n.id === a.node)!;
  const nodeB = design.nodes.find((n) => n.id === b.node)!;
  const portA = nodePorts(design, nodeA, catalog).find((p) => p.handle === a.handle)!;
  const protocol = portA.protocol;
  const modern = linkEra([portA, nodePorts(design, nodeB, catalog).find((p) => p.handle === b.handle)]) === 'modern';
  // A 2007 link names the seed's cable; a current one names none, so its default follows its
  // length and rate as the user edits them (catalog/cableChoice.ts).
  const cable = modern ? undefined : DEFAULT_CABLE[protocol].seed;
  const proposal = lanes === undefined ? proposeLanes(design, a, b, catalog) : null;
  if (proposal && proposal.lanes > ASK_ABOVE_LANES) return { ok: true, design, ask: proposal };
  const link: DesignLink = { id: newId('ln'), a, b, lanes: lanes ?? proposal?.lanes ?? 1, lengthM: 5, ...(cable ? { cablePartId: cable } : {}) };
  const info = proposal ? `New cable: ${proposal.lanes} lanes, as many as ${proposal.limitedBy} allow. Change it under Lanes in the inspector.` : lanes !== undefined && lanes > 1 ? `New cable: ${lanes} lanes. Change it under Lanes in the inspector.` : null;
  return { ok: true, design: { ...design, links: [...design.links, link] }, ...(check.warning ? { warning: check.warning } : {}), ...(info ? { info } : {}) };
}

export function updateLink(design: Design, linkId: string, patch: Partial<Omit<DesignLink, 'id' | 'a' | 'b'>>): Design {
  return { ...design, links: design.links.map((l) => (l.id === linkId ? { ...l, ...patch } : l)) };
}

export function updateSettings(design: Design, patch: Partial<Settings>): Design {
  return { ...design, settings: { ...design.settings, ...patch } };
}

export function updateWorkload(design: Design, workloadId: string, patch: Partial<Omit<Workload, 'id'>>): Design {
  return { ...design, workloads: design.workloads.map((w) => (w.id === workloadId ? { ...w, ...patch } : w)) };
}

/** Sets or clears (undefined) the design's own price and watts for a part. */
export function setPriceOverride(design: Design, partId: string, patch: { priceUsd?: number | undefined; powerW?: number | undefined }): Design {
  const current = Object.hasOwn(design.priceList, partId) ? design.priceList[partId] : undefined;
  const merged = { ...current, ...patch };
  const cleaned = Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined));
  const priceList = { ...design.priceList };
  if (Object.keys(cleaned).length === 0) delete priceList[partId];
  else priceList[partId] = cleaned;
  return { ...design, priceList };
}

/** A copy of nodes (and the links among them) for the clipboard. */
export interface Clip {
  nodes: DesignNode[];
  links: DesignLink[];
}

export function copyItems(design: Design, nodeIds: readonly string[]): Clip {
  const ids = new Set(nodeIds);
  return {
    nodes: design.nodes.filter((n) => ids.has(n.id)),
    links: design.links.filter((l) => ids.has(l.a.node) && ids.has(l.b.node)),
  };
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const GAP = 60;
const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Where a pasted clip goes: beside its original, to the right, by the clip's own width plus a
 * gap — and further right while that spot is taken (a second paste lands beside the first).
 */
export function pasteOffset(design: Design, clip: Clip): { x: number; y: number } {
  const catalog = catalogFor(design);
  const box = (n: DesignNode): Box => ({ ...n.position, ...estimateNodeSize(n, catalog) });
  const boxes = clip.nodes.map(box);
  if (boxes.length === 0) return { x: 0, y: 0 };
  const left = Math.min(...boxes.map((b) => b.x));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const step = Math.ceil((right - left + GAP) / 10) * 10;
  const top = Math.min(...boxes.map((b) => b.y));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  // Only nodes level with the clip can be in the way: the rest are never tested (a select-all
  // duplicate of thousands of nodes must not compare every pair at every step).
  const others = design.nodes.map(box).filter((o) => o.y < bottom && top < o.y + o.height);
  let dx = step;
  for (let i = 0; i < 50; i++, dx += step) {
    const span: Box = { x: left + dx, y: top, width: right - left, height: bottom - top };
    const near = others.filter((o) => overlaps(span, o));
    if (!near.length || !boxes.some((b) => near.some((o) => overlaps({ ...b, x: b.x + dx }, o)))) break;
  }
  return { x: dx, y: 0 };
}

/**
 * Pastes a clip with fresh ids beside the original (pasteOffset), keeping the cables among its
 * nodes; each copy is labelled apart from every other node ("Leaf (copy)", "Leaf (copy 2)"…), so
 * the canvas, the results and the exports never show two parts under one name.
 */
export function pasteClip(design: Design, clip: Clip, offset = pasteOffset(design, clip)): { design: Design; nodeIds: string[] } {
  const idMap = new Map<string, string>();
  const adapterMap = new Map<string, string>();
  const labelled = copyLabeller(design.nodes.map((n) => n.label));
  const nodes = clip.nodes.map((n) => {
    const id = newId(n.id.split('-')[0] || 'n');
    idMap.set(n.id, id);
    const adapters = n.adapters?.map((a) => {
      const aid = newId('ad');
      adapterMap.set(`${n.id}|${a.id}`, aid);
      return { ...a, id: aid };
    });
    return { ...n, id, label: labelled(n.label), position: { x: n.position.x + offset.x, y: n.position.y + offset.y }, ...(adapters ? { adapters } : {}) };
  });
  const remap = (ref: PortRef): PortRef => {
    const m = /^a\/(.+)\/(\d+)$/.exec(ref.handle);
    const handle = m ? `a/${adapterMap.get(`${ref.node}|${m[1]}`)}/${m[2]}` : ref.handle;
    return { node: idMap.get(ref.node)!, handle };
  };
  const links = clip.links.map((l) => ({ ...l, id: newId('ln'), a: remap(l.a), b: remap(l.b) }));
  return { design: { ...design, nodes: [...design.nodes, ...nodes], links: [...design.links, ...links] }, nodeIds: nodes.map((n) => n.id) };
}

/** Labels for copies: "X (copy)", then "X (copy 2)"…, apart from every label taken (linear in the labels, for a duplicate of thousands). */
function copyLabeller(taken: string[]): (label: string) => string {
  const labels = new Set(taken);
  const next = new Map<string, number>();
  return (label) => {
    if (!label) return label;
    const base = label.replace(/ \(copy(?: \d+)?\)$/, '');
    for (let i = next.get(base) ?? 1; ; i++) {
      const suffix = i === 1 ? ' (copy)' : ` (copy ${i})`;
      const candidate = `${base.slice(0, MAX_LABEL - suffix.length)}${suffix}`;
      if (labels.has(candidate)) continue;
      labels.add(candidate);
      next.set(base, i + 1);
      return candidate;
    }
  };
}

/** Past this size a design's JSON is measured before an edit grows it (cheaper below: it cannot reach the byte limit). */
const MEASURE_FROM = { nodes: 2000, links: 20000 };

/**
 * Would the importer refuse `next`? Edits that add items (add, connect, paste, duplicate) check
 * this first, so that no edit produces a design that cannot be saved, reopened or sent.
 */
export function limitProblem(next: Design): string | null {
  const over = countProblem(next);
  if (over) return tooManyMessage(over.thing, over.found);
  if (next.nodes.length >= MEASURE_FROM.nodes || next.links.length >= MEASURE_FROM.links) {
    const bytes = JSON.stringify(next).length;
    if (bytes > IMPORT_LIMITS.bytes) return `The design would be ${megabytes(bytes)}; designs up to ${megabytes(IMPORT_LIMITS.bytes)} can be saved and opened.`;
  }
  return null;
}
