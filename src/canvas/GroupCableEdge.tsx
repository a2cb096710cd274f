import { BaseEdge, EdgeLabelRenderer, getBezierPath, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';

export interface MergedCableData extends Record<string, unknown> {
  cables: number;
  links: number;
}
export type MergedCableRfEdge = Edge<MergedCableData, 'mergedCable'>;

/** The cables between a collapsed group and one neighbour, as one line with their count. */
export const GroupCableEdge = memo(function GroupCableEdge({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data }: EdgeProps<MergedCableRfEdge>) {
  const [path, x, y] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const cables = data?.cables ?? 0;
  const text = `${cables.toLocaleString('en-US')} cable${cables === 1 ? '' : 's'}`;
  return (
    <>
      <BaseEdge path={path} className="iov-cable iov-cable--merged" />
      <EdgeLabelRenderer>
        <div className="iov-cable__label iov-cable__label--merged nopan" style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y}px)` }} title={`${text} in ${data?.links ?? 0} link${data?.links === 1 ? '' : 's'} to the collapsed group`}>
          {text}
        </div>
      </EdgeLabelRenderer>
    </>
  );
});
