// Small presentational pieces shared by the panels.
import { useId, type ReactNode } from 'react';
import { percent } from '../ui';

/** A titled group inside a panel. The heading names the group for assistive tech. */
export function Group({ title, aside, children, className }: { title: string; aside?: ReactNode; children: ReactNode; className?: string }) {
  const id = useId();
  return (
    <div className={`pn-group${className ? ` ${className}` : ''}`} role="group" aria-labelledby={id}>
      <div className="pn-group-head">
        <h3 id={id}>{title}</h3>
        {aside}
      </div>
      {children}
    </div>
  );
}

/** Read-only facts: term and value on one line. */
export function Facts({ items }: { items: ReadonlyArray<{ term: string; value: ReactNode; source?: string } | null | false> }) {
  return (
    <dl className="pn-facts">
      {items.map((it) =>
        it ? (
          <div key={it.term}>
            <dt>{it.term}</dt>
            <dd>
              {it.value}
              {it.source ? <SourceTip source={it.source} /> : null}
            </dd>
          </div>
        ) : null,
      )}
    </dl>
  );
}

/** Where a number comes from: a small ⓘ with the source as its tooltip. */
export function SourceTip({ source }: { source: string }) {
  return (
    <span className="pn-tip" title={`Source: ${source}`}>
      <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.3" />
        <path d="M8 7v4.2M8 4.8v.01" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
      <span className="visually-hidden">Source: {source}</span>
    </span>
  );
}

/** 0 idle … 4 saturated, matching the canvas' edge colours (--util-0..4). */
export function utilLevel(u: number): 0 | 1 | 2 | 3 | 4 {
  if (!(u > 0.005)) return 0;
  if (u < 0.5) return 1;
  if (u < 0.8) return 2;
  if (u < 0.97) return 3;
  return 4;
}

export function UtilBar({ utilization, label }: { utilization: number; label?: string }) {
  const u = Math.max(0, Math.min(1, utilization));
  return (
    <span className="pn-util">
      <span className="pn-util-track" aria-hidden="true">
        <span className="pn-util-fill" style={{ width: `${u * 100}%`, background: `var(--util-${utilLevel(utilization)})` }} />
      </span>
      <span className="pn-util-text">{label ?? percent(utilization)}</span>
    </span>
  );
}

export type Tone = 'ok' | 'warning' | 'danger' | 'neutral' | 'accent';

export function Chip({ tone = 'neutral', children, title }: { tone?: Tone; children: ReactNode; title?: string }) {
  return (
    <span className={`pn-chip pn-${tone}`} title={title}>
      {children}
    </span>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="pn-empty">{children}</p>;
}

const SEVERITY_PATH = {
  error: 'M8 1.5 15 14H1zM8 6v3.6M8 11.6v.01',
  warning: 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM8 4.6v4M8 11v.01',
  info: 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM8 7v4.2M8 4.8v.01',
  ok: 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM5 8.2l2 2 4-4.2',
} as const;

export function SeverityIcon({ severity, size = 14 }: { severity: keyof typeof SEVERITY_PATH; size?: number }) {
  return (
    <svg className={`pn-sev pn-sev-${severity}`} width={size} height={size} viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={SEVERITY_PATH[severity]} />
    </svg>
  );
}
