// The grouped view (groupedView.ts) as React Flow nodes and edges: a box per collapsed group, a
// tag with Collapse above each expanded one, and the merged cables.
import type { Catalog } from '../catalog';
import type { Design } from '../domain';
import { groupNodeId, membersBox, type GroupedView } from './groupedView';
import { typeScale } from './nodes/groupScale';
import type { MergedCableRfEdge } from './GroupCableEdge';
import type { GroupRfNode, GroupTagRfNode } from './nodes/GroupNode';

/** The tag's height at type scale 1; it sits this far above its group's members. */
const TAG_ABOVE = 24;

export function groupBoxNodes(view: GroupedView | null): GroupRfNode[] {
  return (view?.boxes ?? []).map((b) => ({
    id: b.id,
    type: 'groupBox',
    position: b.position,
    data: { group: b.group, parts: b.parts, nodes: b.nodes, first: b.group.members[0]!, width: b.width, height: b.height },
    draggable: false,
    selectable: false,
    // The box's button is the control (in the tab order); the node itself is not a second stop.
    focusable: false,
    ariaLabel: `${b.group.label}, collapsed: ${b.parts}`,
  }));
}

export function groupTagNodes(design: Pick<Design, 'nodes' | 'groups'>, view: GroupedView | null, catalog: Catalog): GroupTagRfNode[] {
  if (!design.groups?.length) return [];
  const collapsed = new Set(view?.boxes.map((b) => b.group.id));
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  return design.groups.flatMap((g) => {
    const members = g.members.flatMap((m) => byId.get(m) ?? []);
    if (collapsed.has(g.id) || !members.length) return [];
    const box = membersBox(members, catalog);
    const k = typeScale(box.width, box.height);
    return [{
      id: `${groupNodeId(g.id)}:tag`,
      type: 'groupTag' as const,
      position: { x: box.position.x, y: box.position.y - TAG_ABOVE * k },
      data: { group: g, scale: k },
      draggable: false,
      selectable: false,
      focusable: false,
      ariaRole: 'none' as const,
    }];
  });
}

export function mergedEdges(view: GroupedView | null): MergedCableRfEdge[] {
  return (view?.merged ?? []).map((m) => ({
    id: m.id,
    type: 'mergedCable',
    source: m.source,
    sourceHandle: m.sourceHandle,
    target: m.target,
    targetHandle: m.targetHandle,
    data: { cables: m.cables, links: m.links },
    selectable: false,
    focusable: false,
  }));
}
