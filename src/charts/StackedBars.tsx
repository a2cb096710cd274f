// Two (or more) designs as horizontal bars split by category: cost or power, A against B.
// Plain HTML boxes sized in percent, not an SVG chart library: the Compare view draws these as it
// opens, and a chart that measures itself and renders through a store cost a long task there
// (profiled: ~150–200 ms of CPU per comparison in Recharts' commit). These need no layout reads.
import { memo } from 'react';
import './charts.css';

export interface StackedSeries {
  key: string;
  label: string;
  colour: string;
}

export interface StackedBarsProps {
  /** One row per design: its label and a value per series key. */
  rows: ReadonlyArray<{ label: string } & Record<string, number | string>>;
  series: readonly StackedSeries[];
  format(v: number): string;
  /** What is measured, for the caption and screen readers. */
  caption: string;
}

const value = (r: Record<string, number | string>, key: string): number => Math.max(0, Number(r[key] ?? 0) || 0);

function StackedBars({ rows, series, format, caption }: StackedBarsProps) {
  // Only categories either design has: an empty "Storage" slice is noise in the legend.
  const shown = series.filter((s) => rows.some((r) => value(r, s.key) > 0));
  const totals = rows.map((r) => shown.reduce((t, s) => t + value(r, s.key), 0));
  const scale = Math.max(...totals, 0) || 1;
  return (
    <figure className="ch-figure">
      <div className="ch-hbars" aria-hidden="true">
        {rows.map((r, i) => (
          <div key={r.label} className="ch-hrow">
            <span className="ch-hlabel">{r.label}</span>
            <span className="ch-htrack">
              {shown.map((s) => {
                const v = value(r, s.key);
                return v > 0 ? <span key={s.key} className="ch-seg" style={{ width: `${(100 * v) / scale}%`, background: s.colour }} title={`${r.label} · ${s.label}: ${format(v)}`} /> : null;
              })}
            </span>
            <span className="ch-htotal">{format(totals[i]!)}</span>
          </div>
        ))}
      </div>
      <Legend series={shown} />
      <figcaption className="ch-caption">
        {caption}
        <span className="visually-hidden">
          {' '}
          {rows.map((r, i) => `${r.label}: ${format(totals[i]!)} (${shown.map((s) => `${s.label} ${format(value(r, s.key))}`).join(', ')})`).join('; ')}.
        </span>
      </figcaption>
    </figure>
  );
}

export function Legend({ series }: { series: ReadonlyArray<{ key: string; label: string; colour: string }> }) {
  return (
    <ul className="ch-legend" aria-hidden="true">
      {series.map((s) => (
        <li key={s.key}>
          <span className="ch-swatch" style={{ background: s.colour }} />
          {s.label}
        </li>
      ))}
    </ul>
  );
}

export default memo(StackedBars);
