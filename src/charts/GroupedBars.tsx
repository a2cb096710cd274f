// One value per group (IOV mode) for each design, bars side by side: per-VM bandwidth, A against B.
// Plain HTML boxes sized in percent (see StackedBars for why not an SVG chart library here).
import { memo } from 'react';
import { num } from '../ui';
import { Legend } from './StackedBars';
import { niceTicks } from './ticks';
import './charts.css';

export interface GroupedBarsProps {
  /** One row per group: its label and a value per series key (null: no such flow). */
  rows: ReadonlyArray<{ label: string } & Record<string, number | string | null>>;
  series: ReadonlyArray<{ key: string; label: string; colour: string }>;
  unit: string;
  caption: string;
}

const valueOf = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function GroupedBars({ rows, series, unit, caption }: GroupedBarsProps) {
  const max = Math.max(0, ...rows.flatMap((r) => series.map((s) => valueOf(r[s.key]) ?? 0)));
  const ticks = niceTicks(max, 4);
  const top = ticks.at(-1) || 1;
  return (
    <figure className="ch-figure">
      <div className="ch-vchart" aria-hidden="true">
        <div className="ch-vaxis">
          {/* The unit on the top tick: the axis's numbers mean nothing without it. */}
          {[...ticks].reverse().map((t, i) => (
            <span key={t}>{i === 0 ? `${num(t)} ${unit}` : num(t)}</span>
          ))}
        </div>
        <div className="ch-vplot">
          {ticks.map((t) => (
            <span key={t} className="ch-gridline" style={{ bottom: `${(100 * t) / top}%` }} />
          ))}
          {rows.map((r) => (
            <div key={r.label} className="ch-vgroup">
              <div className="ch-vbars">
                {series.map((s) => {
                  const v = valueOf(r[s.key]);
                  return <span key={s.key} className="ch-vbar" style={{ height: `${v === null ? 0 : (100 * v) / top}%`, background: s.colour }} title={`${r.label} · ${s.label}: ${v === null ? '—' : `${num(v)} ${unit}`}`} />;
                })}
              </div>
              <span className="ch-vlabel">{r.label}</span>
            </div>
          ))}
        </div>
      </div>
      <Legend series={series} />
      <figcaption className="ch-caption">
        {caption}
        <span className="visually-hidden">
          {' '}
          {rows.map((r) => `${r.label}: ${series.map((s) => `${s.label} ${valueOf(r[s.key]) === null ? '—' : `${num(valueOf(r[s.key])!)} ${unit}`}`).join(', ')}`).join('; ')}.
        </span>
      </figcaption>
    </figure>
  );
}

export default memo(GroupedBars);
