// One number per IOV mode, side by side: the median per VM with its min–max range.
import { memo } from 'react';
import { Bar, BarChart, Cell, ErrorBar, Tooltip, XAxis, YAxis } from 'recharts';
import { num } from '../ui';
import { AXIS_TICK, GRID_STROKE, TOOLTIP_PROPS } from './chartTheme';
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

function ModeBars({ data, unit, label }: ModeBarsProps) {
  const rows = data.map((d) => ({
    label: d.label,
    median: d.median ?? 0,
    range: d.median === null ? [0, 0] : [d.median - d.min, d.max - d.median],
    text: d.median === null ? '—' : `${num(d.median)} ${unit}`,
    current: d.current,
  }));
  // The axis reaches the highest whisker, not just the highest median.
  const top = Math.max(0, ...data.map((d) => (d.median === null ? 0 : d.max))) || 1;
  return (
    <figure className="ch-figure">
      <BarChart data={rows} layout="vertical" responsive style={{ width: '100%', height: 28 * rows.length + 12 }} margin={{ top: 2, right: 0, bottom: 2, left: 0 }} barCategoryGap={5}>
        <XAxis type="number" hide domain={[0, top]} />
        <YAxis type="category" dataKey="label" tick={AXIS_TICK} tickLine={false} axisLine={{ stroke: GRID_STROKE }} width={84} />
        {/* The values, in a column right of the plot, clear of the bars and whiskers. */}
        <YAxis
          yAxisId="values"
          orientation="right"
          type="category"
          dataKey="label"
          tick={{ fill: 'var(--text)', fontSize: 11 }}
          tickFormatter={(l: string) => rows.find((r) => r.label === l)?.text ?? ''}
          tickLine={false}
          axisLine={false}
          width={78}
        />
        <Tooltip {...TOOLTIP_PROPS} formatter={(_v, _n, item) => [String((item.payload as { text: string }).text), 'Median']} />
        <Bar dataKey="median" radius={[0, 3, 3, 0]} isAnimationActive={false}>
          {rows.map((r) => (
            <Cell key={r.label} fill={r.current ? 'var(--accent)' : 'var(--util-0)'} />
          ))}
          <ErrorBar dataKey="range" direction="x" width={6} stroke="var(--text)" strokeWidth={1} />
        </Bar>
      </BarChart>
      <figcaption className="ch-caption">
        Median {label} by IOV mode; whiskers span min to max.
        <span className="visually-hidden"> {rows.map((r) => `${r.label}: ${r.text}`).join('; ')}.</span>
      </figcaption>
    </figure>
  );
}

// Memoized: the results panel re-renders on every edit; a chart redraws only when its series changes.
export default memo(ModeBars);
