import type { ReactNode } from 'react';
import type { PartKind } from '../../domain';
import { PartIcon } from '../../ui';

/** The inspected thing: its kind's icon, its name and what it is. */
export function ItemHeader({ kind, title, subtitle, badge }: { kind: PartKind | 'design'; title: string; subtitle?: ReactNode; badge?: ReactNode }) {
  return (
    <header className="pn-item-head">
      <span className={`pn-item-icon pn-kind-${kind}`}>
        {kind === 'design' ? (
          <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
            <path d="M4 4h7v7H4zM13 13h7v7h-7zM11 7.5h4.5V13M13 16.5H8.5V11" />
          </svg>
        ) : (
          <PartIcon kind={kind} size={18} />
        )}
      </span>
      <div className="pn-item-title">
        <h2 title={title}>{title}</h2>
        {subtitle ? <p title={typeof subtitle === 'string' ? subtitle : undefined}>{subtitle}</p> : null}
      </div>
      {badge}
    </header>
  );
}
