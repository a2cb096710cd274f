import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { DesignRfNode } from '../derive';

/** A node whose part is not in the design's catalog (e.g. a custom part was deleted). */
export const MissingNode = memo(function MissingNode({ data, selected }: NodeProps<DesignRfNode>) {
  return (
    <div className={`iov-node iov-node--missing${selected ? ' is-selected' : ''}`}>
      <header className="iov-node__head">
        <span className="iov-node__titles">
          <span className="iov-node__label">{data.node.label}</span>
          <span className="iov-node__part">Unknown part “{data.node.partId}”</span>
        </span>
      </header>
    </div>
  );
});
