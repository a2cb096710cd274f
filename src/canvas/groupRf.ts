// The grouped view (groupedView.ts) as React Flow nodes and edges: a box per collapsed group, a
// tag with Collapse above each expanded one, and the merged cables.
import type { Design } from '../domain';
import { groupNodeId, type GroupedView } from './groupedView';
import type { MergedCableRfEdge } from './GroupCableEdge';
import type { GroupRfNode, GroupTagRfNode } from './nodes/GroupNode';

/** The tag sits this far above its group's first member. */
const TAG_ABOVE = 34;

export function groupBoxNodes(view: GroupedView | null): GroupRfNode[] {
  return (view?.boxes ?? []).map((b) => ({
    id: b.id,
    type: 'groupBox',
    position: b.position,
    data: { group: b.group, parts: b.parts, nodes: b.nodes, first: b.group.members[0]! },
    draggable: false,
    selectable: false,
    ariaLabel: `${b.group.label}, collapsed: ${b.parts}`,
  }));
}

export function groupTagNodes(design: Pick<Design, 'nodes' | 'groups'>, view: GroupedView | null): GroupTagRfNode[] {
  if (!design.groups?.length) return [];
  const collapsed = new Set(view?.boxes.map((b) => b.group.id));
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  return design.groups.flatMap((g) => {
    const first = byId.get(g.members[0]!);
    if (collapsed.has(g.id) || !first) return [];
    return [{
      id: `${groupNodeId(g.id)}:tag`,
      type: 'groupTag' as const,
      position: { x: first.position.x, y: first.position.y - TAG_ABOVE },
      data: { group: g },
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
