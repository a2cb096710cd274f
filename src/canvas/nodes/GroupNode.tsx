import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo, useCallback } from 'react';
import type { DesignGroup } from '../../domain';
import { GROUP_HANDLE } from '../groupedView';
import { setGroupCollapsed } from '../groupView';
import { fitName, NAME_FONT } from './nameFit';
import { GROUP_MIN as MIN, typeScale } from './groupScale';
import './groups.css';

export interface GroupBoxData extends Record<string, unknown> {
  group: DesignGroup;
  parts: string;
  nodes: number;
  /** The member that takes focus when the group is expanded. */
  first: string;
  /** The area its members take: the box covers it. */
  width: number;
  height: number;
}
export type GroupRfNode = Node<GroupBoxData, 'groupBox'>;
export interface GroupTagData extends Record<string, unknown> {
  group: DesignGroup;
  /** Type scale of its group (groupScale.ts). */
  scale: number;
}
export type GroupTagRfNode = Node<GroupTagData, 'groupTag'>;

/** After a toggle the control that was pressed is gone: focus goes to what took its place. */
function focusSoon(selector: string): void {
  requestAnimationFrame(() => requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus()));
}

/** A collapsed group: one box, where its members are, with its name, the parts they stand for, and Expand. */
export const GroupNode = memo(function GroupNode({ data }: NodeProps<GroupRfNode>) {
  const { group, parts, nodes, first } = data;
  const width = Math.max(MIN.width, data.width);
  const height = Math.max(MIN.height, data.height);
  const k = typeScale(width, height);
  const labelFont = NAME_FONT.label.replace('12.5px', `${12.5 * k}px`);
  const expand = useCallback(() => {
    setGroupCollapsed(group.id, false);
    focusSoon(`.react-flow__node[data-id="${CSS.escape(first)}"]`);
  }, [group.id, first]);
  return (
    // The whole box is the Expand button: a target as large as the pod it stands for, at any zoom.
    <button type="button" className="iov-group nodrag" style={{ width, height, fontSize: `${12 * k}px`, padding: `${8 * k}px ${10 * k}px` }} aria-expanded={false} aria-label={`Expand ${group.label}`} title={`${group.label}: show its ${nodes} nodes where they are`} onClick={expand}>
      <span className="iov-group__label" title={group.label} style={{ fontSize: `${12.5 * k}px` }}>
        {fitName(group.label, labelFont, width - 20 * k - 6)}
      </span>
      <span className="iov-group__parts">{parts}</span>
      <span className="iov-group__foot">
        <span className="iov-group__toggle" aria-hidden="true">
          Expand
        </span>
        <span className="iov-group__nodes">
          {nodes} node{nodes === 1 ? '' : 's'} collapsed
        </span>
      </span>
      <Handle type="source" position={Position.Right} id={GROUP_HANDLE} isConnectable={false} className="iov-group__handle" />
    </button>
  );
});

/** An expanded group's tag above its first member: its name and Collapse. */
export const GroupTag = memo(function GroupTag({ data }: NodeProps<GroupTagRfNode>) {
  const { group, scale } = data;
  const collapse = useCallback(() => {
    setGroupCollapsed(group.id, true);
    focusSoon(`button[aria-label="${CSS.escape(`Expand ${group.label}`)}"]`);
  }, [group.id, group.label]);
  return (
    <div className="iov-group-tag" style={{ fontSize: `${11.5 * scale}px` }}>
      <button type="button" className="iov-group__toggle nodrag" aria-expanded aria-label={`Collapse ${group.label}`} title={`Draw the ${group.members.length} nodes of ${group.label} as one box`} onClick={collapse}>
        <span aria-hidden="true">▾ </span>
        {group.label}
      </button>
    </div>
  );
});
