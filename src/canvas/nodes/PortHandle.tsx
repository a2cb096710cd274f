import { Handle, Position } from '@xyflow/react';
import type { ReactNode } from 'react';
import type { Protocol } from '../../domain';

/**
 * A connection handle. Cables are undirected: every handle is a "source" and the canvas runs in
 * loose connection mode, so a cable can start or end at any port. `bar` handles span a whole
 * row (a switch's ports, a gateway side): an easy target, drawn with a connector at each end.
 */
export function PortHandle(props: { id: string; protocol: Protocol; label: string; title: string; cabled: boolean; bar?: boolean; side?: 'left' | 'right'; children?: ReactNode }) {
  const { id, protocol, label, title, cabled, bar, side = 'right', children } = props;
  return (
    <Handle
      type="source"
      position={side === 'left' ? Position.Left : Position.Right}
      id={id}
      className={`iov-port ${bar ? 'iov-port--bar' : 'iov-port--pin'}${cabled ? ' is-cabled' : ''}`}
      data-protocol={protocol}
      role="button"
      aria-label={label}
      title={title}
    >
      {children}
    </Handle>
  );
}
