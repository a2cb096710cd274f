// What the canvas draws of a design with groups (domain/groups.ts): a collapsed group's members
// are hidden and one box covers the area they take (so expanding puts every member back inside
// the box's place, positions untouched); cables from a member to the outside are drawn to the box,
// merged per neighbour with their cable count. Pure: the canvas and its tests use it.
import type { Catalog } from '../catalog';
import type { Design, DesignGroup, DesignLink, DesignNode, NodePart } from '../domain';
import { estimateNodeSize } from '../layout';

export const GROUP_HANDLE = 'g';
export const groupNodeId = (groupId: string): string => `group:${groupId}`;

export interface GroupBox {
  id: string;
  group: DesignGroup;
  /** The members' bounding box (estimated sizes, as Fit and the exports estimate them). */
  position: { x: number; y: number };
  width: number;
  height: number;
  /** "128 servers · 32 switches": the parts its members stand for, by kind. */
  parts: string;
  /** Design nodes in it. */
  nodes: number;
}

export interface MergedCable {
  id: string;
  source: string;
  sourceHandle: string;
  target: string;
  targetHandle: string;
  /** Physical cables the merged links stand for (lanes × member pairs, as the bill of materials counts them). */
  cables: number;
  links: number;
}

export interface GroupedView {
  /** Nodes hidden inside a collapsed group. */
  hidden: ReadonlySet<string>;
  boxes: GroupBox[];
  /** Links drawn as they are (neither end hidden). */
  links: DesignLink[];
  merged: MergedCable[];
}

const KIND_WORDS: Record<NodePart['kind'], [string, string]> = {
  server: ['server', 'servers'],
  switch: ['switch', 'switches'],
  gateway: ['gateway', 'gateways'],
  storage: ['storage array', 'storage arrays'],
  network: ['network', 'networks'],
};
const KIND_ORDER: Array<NodePart['kind']> = ['server', 'switch', 'gateway', 'storage', 'network'];

/** Whether a group shows as one box: the user's choice this session, else the file's, else collapsed in large designs. */
export function isCollapsed(group: DesignGroup, overrides: ReadonlyMap<string, boolean>, large: boolean): boolean {
  return overrides.get(group.id) ?? group.collapsed ?? large;
}

/** The area members take on the canvas (estimated sizes, as Fit and the exports estimate them). */
export function membersBox(members: readonly DesignNode[], catalog: Catalog): { position: { x: number; y: number }; width: number; height: number } {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const m of members) {
    const size = estimateNodeSize(m, catalog);
    x0 = Math.min(x0, m.position.x);
    y0 = Math.min(y0, m.position.y);
    x1 = Math.max(x1, m.position.x + size.width);
    y1 = Math.max(y1, m.position.y + size.height);
  }
  return { position: { x: x0, y: y0 }, width: x1 - x0, height: y1 - y0 };
}

/** Above this many nodes a design's groups open collapsed unless the file says otherwise. */
export const COLLAPSE_LARGE = 200;

export function groupedView(design: Pick<Design, 'nodes' | 'links' | 'groups'>, overrides: ReadonlyMap<string, boolean>, catalog: Catalog): GroupedView | null {
  if (!design.groups?.length) return null;
  const large = design.nodes.length > COLLAPSE_LARGE;
  const collapsed = design.groups.filter((g) => isCollapsed(g, overrides, large));
  if (!collapsed.length) return null;
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const boxOf = new Map<string, string>();
  const boxes: GroupBox[] = [];
  for (const g of collapsed) {
    const members = g.members.flatMap((m) => byId.get(m) ?? []);
    if (!members.length) continue;
    const id = groupNodeId(g.id);
    const totals = new Map<NodePart['kind'], number>();
    for (const m of members) {
      boxOf.set(m.id, id);
      const kind = catalog.byId.get(m.partId)?.kind;
      if (kind && kind !== 'adapter' && kind !== 'cable') totals.set(kind, (totals.get(kind) ?? 0) + m.count);
    }
    const parts = KIND_ORDER.filter((k) => totals.has(k))
      .map((k) => `${totals.get(k)!.toLocaleString('en-US')} ${KIND_WORDS[k][totals.get(k) === 1 ? 0 : 1]}`)
      .join(' · ');
    boxes.push({ id, group: g, ...membersBox(members, catalog), parts, nodes: members.length });
  }
  const links: DesignLink[] = [];
  const merged = new Map<string, MergedCable>();
  for (const l of design.links) {
    const a = boxOf.get(l.a.node);
    const b = boxOf.get(l.b.node);
    if (!a && !b) {
      links.push(l);
      continue;
    }
    if (a && a === b) continue; // inside one box
    const na = byId.get(l.a.node);
    const nb = byId.get(l.b.node);
    const cables = na && nb ? (l.mesh ? na.count * nb.count : Math.max(na.count, nb.count)) * l.lanes : 0;
    // The box's end first, so a box–node pair is one key whichever end the link names first.
    const ends: Array<[string, string]> = [a ? [a, GROUP_HANDLE] : [l.a.node, l.a.handle], b ? [b, GROUP_HANDLE] : [l.b.node, l.b.handle]];
    if (!a) ends.reverse();
    const [[source, sourceHandle], [target, targetHandle]] = ends as [[string, string], [string, string]];
    const key = `${source}|${sourceHandle}|${target}|${targetHandle}`;
    const hit = merged.get(key);
    if (hit) {
      hit.cables += cables;
      hit.links += 1;
    } else merged.set(key, { id: `merged:${key}`, source, sourceHandle, target, targetHandle, cables, links: 1 });
  }
  return { hidden: new Set(boxOf.keys()), boxes, links, merged: [...merged.values()] };
}
