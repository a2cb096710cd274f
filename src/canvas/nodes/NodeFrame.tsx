import type { ReactNode } from 'react';
import type { NodeKind } from '../../domain';
import { compact } from '../format';
import { PartIcon } from '../../ui';
import { FindingBadge } from './FindingBadge';

/** The look every node shares: kind-coloured icon, label, part name, group count, findings. */
export function NodeFrame(props: {
  id: string;
  kind: NodeKind;
  label: string;
  partName: string;
  count: number;
  selected: boolean;
  className?: string;
  children?: ReactNode;
}) {
  const { id, kind, label, partName, count, selected, className, children } = props;
  return (
    <div className={`iov-node iov-node--${kind}${selected ? ' is-selected' : ''}${count > 1 ? ' is-group' : ''}${className ? ` ${className}` : ''}`}>
      <header className="iov-node__head">
        <span className="iov-node__icon">
          <PartIcon kind={kind} size={16} />
        </span>
        <span className="iov-node__titles">
          <span className="iov-node__label" title={label}>
            {label}
          </span>
          <span className="iov-node__sub">
            <span className="iov-node__part" title={partName}>
              {partName}
            </span>
            {count > 1 && (
              <span className="iov-node__count" title={`This node stands for ${count} identical parts`}>
                ×{compact(count)}
              </span>
            )}
          </span>
        </span>
      </header>
      {children}
      <FindingBadge nodeId={id} />
    </div>
  );
}
