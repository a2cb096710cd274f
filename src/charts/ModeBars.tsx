// One number per IOV mode, side by side: the median per VM with its min–max range.
// Plain HTML boxes sized in percent, like StackedBars: this chart redraws with every result while
// editing, and as a Recharts chart it spent ~10 ms of main-thread CPU per result in its own store
// and tick arithmetic (profiled on the 128-server template), most of a long task.
import { memo } from 'react';
import { num } from '../ui';
import './charts.css';

export interface ModeBarDatum {
  label: string;
  /** Median per VM; null when no VM has such a flow. */
  median: number | null;
  min: number;
  max: number;
  current: boolean;
}

export interface ModeBarsProps {
  data: readonly ModeBarDatum[];
  unit: string;
  /** What is measured, e.g. "Server-to-server per VM". */
  label: string;
}

const pct = (v: number, top: number): string => `${Math.min(100, Math.max(0, (100 * v) / top))}%`;

function ModeBars({ data, unit, label }: ModeBarsProps) {
  // The scale reaches the highest whisker, not just the highest median.
  const top = Math.max(0, ...data.map((d) => (d.median === null ? 0 : d.max))) || 1;
  const text = (d: ModeBarDatum): string => (d.median === null ? '—' : `${num(d.median)} ${unit}`);
  return (
    <figure className="ch-figure">
      <div className="ch-hbars ch-mode-bars" aria-hidden="true">
        {data.map((d) => (
          <div key={d.label} className={`ch-mrow${d.current ? ' ch-current' : ''}`}>
            <span className="ch-mlabel">{d.label}</span>
            <span className="ch-mtrack" title={d.median === null ? `${d.label}: no such flow` : `${d.label}: median ${text(d)}, min ${num(d.min)}, max ${num(d.max)} ${unit}`}>
              {d.median === null ? null : (
                <>
                  <span className="ch-mbar" style={{ width: pct(d.median, top) }} />
                  {d.max > d.min ? <span className="ch-whisker" style={{ left: pct(d.min, top), width: `calc(${pct(d.max, top)} - ${pct(d.min, top)})` }} /> : null}
                </>
              )}
            </span>
            <span className="ch-mvalue">{text(d)}</span>
          </div>
        ))}
      </div>
      <figcaption className="ch-caption">
        Median {label} by IOV mode; whiskers span min to max.
        <span className="visually-hidden"> {data.map((d) => `${d.label}: ${text(d)}`).join('; ')}.</span>
      </figcaption>
    </figure>
  );
}

// Memoized: the results panel re-renders on every edit; a chart redraws only when its series changes.
export default memo(ModeBars);
