import { memo } from 'react';
import { useApp } from '../../store';
import { findingsByNode } from '../resultIndex';

/** Red (errors) and amber (warnings) counts on a node's corner; the title lists the messages. */
export const FindingBadge = memo(function FindingBadge({ nodeId }: { nodeId: string }) {
  const f = useApp((s) => findingsByNode(s.sim.result, s.design.settings.mode).get(nodeId));
  if (!f) return null;
  const text = [f.errors && `${f.errors} error${f.errors === 1 ? '' : 's'}`, f.warnings && `${f.warnings} warning${f.warnings === 1 ? '' : 's'}`].filter(Boolean).join(', ');
  return (
    <span className="iov-badges" role="img" aria-label={text} title={`${text}:\n• ${f.messages.join('\n• ')}`}>
      {f.errors > 0 && <span className="iov-badge iov-badge--error">{f.errors}</span>}
      {f.warnings > 0 && <span className="iov-badge iov-badge--warning">{f.warnings}</span>}
    </span>
  );
});
