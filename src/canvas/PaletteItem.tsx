import { memo, type DragEvent } from 'react';
import type { Part } from '../domain';
import { money, PartIcon } from '../ui';
import { startPartDrag } from './dnd';
import { setDropTarget } from './dropTarget';
import { PROTOCOL_VAR } from './format';
import { keySpec } from './paletteModel';

const protocolsOf = (part: Part): string[] =>
  part.kind === 'gateway' ? [PROTOCOL_VAR[part.sideA.protocol], PROTOCOL_VAR[part.sideB.protocol]] : part.kind === 'server' ? [] : [PROTOCOL_VAR[part.protocol]];

/** A figure stays with its unit when the spec wraps: "125 GHz", never "125" over "GHz". */
const keepFiguresWhole = (spec: string): string => spec.replace(/(\d) (?=[^\s·↔])/g, '$1\u00a0');

/** One part: drag it onto the canvas (adapters onto a server), or click / Enter to add it. */
export const PaletteItem = memo(function PaletteItem({ part, currency, onActivate }: { part: Part; currency: { code: string; perUsd: number }; onActivate: (part: Part) => void }) {
  const spec = keySpec(part);
  const hint = part.kind === 'adapter' ? 'Drag onto a server, or select a server and press Enter' : 'Drag onto the canvas, or press Enter to add it in the middle';
  return (
    <li>
      <button
        type="button"
        className="iov-part"
        draggable
        aria-label={part.name}
        title={`${part.name}\n${spec} · ${money(part.priceUsd, currency)} · ${part.powerW} W${part.note ? `\n${part.note}` : ''}\n${hint}`}
        onDragStart={(e: DragEvent) => startPartDrag(e.dataTransfer, part.id, part.kind, part.name)}
        onDragEnd={() => setDropTarget(null)}
        onClick={() => onActivate(part)}
      >
        <span className={`iov-part__icon iov-kind--${part.kind}`}>
          <PartIcon kind={part.kind} size={16} />
        </span>
        <span className="iov-part__body">
          <span className="iov-part__name">{part.name}</span>
          <span className="iov-part__spec">
            {protocolsOf(part).map((c, i) => (
              <span key={i} className="iov-part__proto" style={{ background: c }} />
            ))}
            <span className="iov-part__key">{keepFiguresWhole(spec)}</span>
            <span className="iov-part__price">{money(part.priceUsd, currency)}</span>
          </span>
        </span>
      </button>
    </li>
  );
});
