import type { ReactNode } from 'react';
import type { NodeKind } from '../../domain';
import { compact } from '../format';
import { PartIcon } from '../../ui';
import { FindingBadge } from './FindingBadge';
import { fitName, NAME_FONT, NAME_ROOM, textWidth } from './nameFit';
import { useApp } from '../../store';
import { failedText, nodeFailure } from '../../whatif';

/** Longer names take a third line in the compact style, in place of the port summary. */
const LONG_LABEL = 18;

/** The look every node shares: kind-coloured icon, label, part name, group count, findings. */
export function NodeFrame(props: {
  id: string;
  kind: NodeKind;
  label: string;
  partName: string;
  count: number;
  selected: boolean;
  /** The compact style's second line at low zoom: what ports the node has ("24 × 16 Gb/s IB"). */
  summary: string;
  className?: string;
  children?: ReactNode;
}) {
  const { id, kind, label, partName, count, selected, summary, className, children } = props;
  // What-if: a failed node (or some failed members of a group) is drawn failed.
  const failed = useApp((s) => (s.design.failures ? failedText(nodeFailure(s.design, id), count) : ''));
  const failedClass = failed === 'failed' ? ' is-failed' : failed ? ' is-partly-failed' : '';
  // Names shortened at a word boundary to their room; the whole name is the title (and the inspector's).
  const countText = count > 1 ? `×${compact(count)}` : '';
  const partRoom = NAME_ROOM.part - (countText ? 6 + 10 + textWidth(countText, NAME_FONT.count) : 0);
  return (
    <div className={`iov-node iov-node--${kind}${selected ? ' is-selected' : ''}${count > 1 ? ' is-group' : ''}${failedClass}${className ? ` ${className}` : ''}`}>
      {failed && <span className="iov-node__failed">{failed === 'failed' ? 'Failed' : failed}</span>}
      <header className="iov-node__head">
        <span className="iov-node__icon">
          <PartIcon kind={kind} size={16} />
        </span>
        <span className="iov-node__titles">
          <span className="iov-node__label" title={label}>
            {fitName(label, NAME_FONT.label, NAME_ROOM.label)}
          </span>
          <span className="iov-node__sub">
            <span className="iov-node__part" title={partName}>
              {fitName(partName, NAME_FONT.part, partRoom)}
            </span>
            {count > 1 && (
              <span className="iov-node__count" title={`This node stands for ${count} identical parts`}>
                {countText}
              </span>
            )}
          </span>
        </span>
      </header>
      {children}
      {/* Low zoom: the same box, drawn as name, count and port summary in type that stays legible
          (canvas.css .is-far); the detailed rows above keep their places, hidden, so handles
          and measured sizes do not move. */}
      <div className={label.length > LONG_LABEL ? 'iov-node__compact is-long' : 'iov-node__compact'} aria-hidden="true">
        {/* Text as CSS generated content: the DOM's text (tests, find-in-page, screen readers)
            keeps one copy of each name. */}
        <span className="iov-node__compact-label" data-text={label} />
        <span className="iov-node__compact-sub">
          {count > 1 && <span className="iov-node__compact-count" data-text={`×${compact(count)}`} />}
          <span className="iov-node__compact-ports" data-text={summary} />
        </span>
      </div>
      <FindingBadge nodeId={id} />
    </div>
  );
}
