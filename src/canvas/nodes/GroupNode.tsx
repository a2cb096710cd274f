import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo, useCallback } from 'react';
import type { DesignGroup } from '../../domain';
import { GROUP_HANDLE } from '../groupedView';
import { setGroupCollapsed } from '../groupView';
import { fitName, NAME_FONT, NAME_ROOM } from './nameFit';
import './groups.css';

export interface GroupBoxData extends Record<string, unknown> {
  group: DesignGroup;
  parts: string;
  nodes: number;
  /** The member that takes focus when the group is expanded. */
  first: string;
}
export type GroupRfNode = Node<GroupBoxData, 'groupBox'>;
export interface GroupTagData extends Record<string, unknown> {
  group: DesignGroup;
}
export type GroupTagRfNode = Node<GroupTagData, 'groupTag'>;

/** After a toggle the control that was pressed is gone: focus goes to what took its place. */
function focusSoon(selector: string): void {
  requestAnimationFrame(() => requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus()));
}

/** A collapsed group: one box with its name, the parts its members stand for, and Expand. */
export const GroupNode = memo(function GroupNode({ data }: NodeProps<GroupRfNode>) {
  const { group, parts, nodes, first } = data;
  const expand = useCallback(() => {
    setGroupCollapsed(group.id, false);
    focusSoon(`.react-flow__node[data-id="${CSS.escape(first)}"]`);
  }, [group.id, first]);
  return (
    <div className="iov-group">
      <span className="iov-group__label" title={group.label}>
        {fitName(group.label, NAME_FONT.label, NAME_ROOM.label)}
      </span>
      <span className="iov-group__parts">{parts}</span>
      <span className="iov-group__nodes">
        {nodes} node{nodes === 1 ? '' : 's'} collapsed
      </span>
      <button type="button" className="iov-group__toggle nodrag" aria-expanded={false} aria-label={`Expand ${group.label}`} title={`Show the ${nodes} nodes of ${group.label} where they are`} onClick={expand}>
        Expand
      </button>
      <Handle type="source" position={Position.Right} id={GROUP_HANDLE} isConnectable={false} className="iov-group__handle" />
    </div>
  );
});

/** An expanded group's tag above its first member: its name and Collapse. */
export const GroupTag = memo(function GroupTag({ data }: NodeProps<GroupTagRfNode>) {
  const { group } = data;
  const collapse = useCallback(() => {
    setGroupCollapsed(group.id, true);
    focusSoon(`button[aria-label="${CSS.escape(`Expand ${group.label}`)}"]`);
  }, [group.id, group.label]);
  return (
    <div className="iov-group-tag">
      <button type="button" className="iov-group__toggle nodrag" aria-expanded aria-label={`Collapse ${group.label}`} title={`Draw the ${group.members.length} nodes of ${group.label} as one box`} onClick={collapse}>
        <span aria-hidden="true">▾ </span>
        {fitName(group.label, NAME_FONT.part, 140)}
      </button>
    </div>
  );
});
