import { memo, useCallback, type DragEvent, type KeyboardEvent, type MouseEvent } from 'react';
import type { AdapterPart } from '../../domain';
import { appStore, useApp } from '../../store';
import { adapterFailure } from '../../whatif';
import { PartIcon } from '../../ui';
import { startAdapterDrag } from '../dnd';
import { setDropTarget } from '../dropTarget';
import { portRate, portsText, rate } from '../format';
import { fitName, NAME_FONT, NAME_ROOM } from './nameFit';
import { PortHandle } from './PortHandle';

export interface AdapterRowProps {
  serverId: string;
  serverLabel: string;
  adapterId: string;
  part: AdapterPart;
  /** "ConnectX IB DDR HCA, 2 ports", or with " #2" for a second one of the same part. */
  name: string;
  /** 1, 2… when the server has several of this part (shown as #1, #2), else 0. */
  ordinal: number;
  /** Cabled handles of the server, "a/x/0|a/x/1". */
  cabled: string;
  selected: boolean;
  /** The side of the server the port handles sit on (towards what they are cabled to). */
  side: 'left' | 'right';
}

/**
 * An installed adapter: click to select it (inspector), drag its name onto another server to
 * move it, × to remove it; one handle per port on the server's edge.
 */
export const AdapterRow = memo(function AdapterRow({ serverId, serverLabel, adapterId, part, name, ordinal, cabled, selected, side }: AdapterRowProps) {
  const select = useCallback((e: MouseEvent | KeyboardEvent) => {
    e.stopPropagation();
    appStore().getState().select({ nodes: [serverId], links: [], adapter: { nodeId: serverId, adapterId } });
  }, [serverId, adapterId]);
  const onKey = useCallback(
    (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        select(e);
      }
    },
    [select],
  );
  const remove = useCallback(
    (e: MouseEvent) => {
      e.stopPropagation();
      const s = appStore().getState();
      s.removeAdapter(serverId, adapterId);
      if (s.selection.adapter?.adapterId === adapterId) s.select({ nodes: [serverId], links: [] });
    },
    [serverId, adapterId],
  );
  const onDragStart = useCallback((e: DragEvent) => {
    e.stopPropagation();
    startAdapterDrag(e.dataTransfer, { nodeId: serverId, adapterId }, name);
  }, [serverId, adapterId, name]);
  const cabledSet = new Set(cabled.split('|'));
  // What-if: "failed" (every server's), "3 failed" (some servers'), '' (working).
  const failed = useApp((s) => {
    const f = s.design.failures ? adapterFailure(s.design, serverId, adapterId) : null;
    return !f ? '' : f.all ? 'failed' : `${f.members.length} failed`;
  });
  const ports = Array.from({ length: part.ports }, (_, p) => `a/${adapterId}/${p}`);
  return (
    <li className={`iov-adapter nodrag${selected ? ' is-selected' : ''}${failed ? ' is-failed' : ''}`} data-protocol={part.protocol} onClick={select}>
      <div
        className="iov-adapter__grip"
        draggable
        onDragStart={onDragStart}
        onDragEnd={() => setDropTarget(null)}
        tabIndex={0}
        role="button"
        aria-pressed={selected}
        aria-label={`${name} in ${serverLabel}`}
        onKeyDown={onKey}
        title={`${part.name}\n${portsText(part.ports, part.protocol, part.portDataGbps)}\nClick to inspect · drag onto another server to move it`}
      >
        <span className="iov-adapter__icon">
          <PartIcon kind="adapter" size={14} />
        </span>
        <span className="iov-adapter__text">
          <span className="iov-adapter__name">{fitName(part.name, NAME_FONT.adapter, NAME_ROOM.adapter)}</span>
          <span className="iov-adapter__spec">
            {ordinal > 0 && <span className="iov-adapter__ordinal">#{ordinal}</span>}
            {portsText(part.ports, part.protocol, part.portDataGbps)}
            {failed && <span className="iov-adapter__failed"> · {failed}</span>}
          </span>
        </span>
      </div>
      <button type="button" className="iov-adapter__remove nodrag" aria-label={`Remove ${name} from ${serverLabel}`} title={`Remove ${name} (and its cables)`} onClick={remove}>
        <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
          <path d="M2 2l6 6M8 2l-6 6" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
      </button>
      <span className="iov-adapter__ports">
        {ports.map((h, p) => (
          <PortHandle
            key={h}
            id={h}
            side={side}
            protocol={part.protocol}
            label={`${name} port ${p + 1} on ${serverLabel}`}
            title={`Port ${p + 1}: ${portRate(part.protocol, part.portDataGbps)} (${rate(part.portSignalGbps)} signalling)${cabledSet.has(h) ? ' (cabled)' : ' — drag to a switch to cable it'}`}
            cabled={cabledSet.has(h)}
          >
            {p + 1}
          </PortHandle>
        ))}
      </span>
    </li>
  );
});
