// Two (or more) designs as horizontal bars split by category: cost or power, A against B.
import { memo } from 'react';
import { Bar, BarChart, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_TICK, GRID_STROKE, TOOLTIP_PROPS } from './chartTheme';
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

function StackedBars({ rows, series, format, caption }: StackedBarsProps) {
  // Only categories either design has: an empty "Storage" slice is noise in the legend.
  const shown = series.filter((s) => rows.some((r) => Number(r[s.key] ?? 0) > 0));
  const totals = rows.map((r) => shown.reduce((t, s) => t + Number(r[s.key] ?? 0), 0));
  const data = rows.map((r, i) => ({ ...r, total: format(totals[i]!) }));
  return (
    <figure className="ch-figure">
      <BarChart data={data} layout="vertical" responsive style={{ width: '100%', height: 44 * rows.length + 40 }} margin={{ top: 2, right: 0, bottom: 2, left: 0 }} barCategoryGap={8}>
        <XAxis type="number" hide />
        <YAxis type="category" dataKey="label" tick={AXIS_TICK} tickLine={false} axisLine={{ stroke: GRID_STROKE }} width={28} />
        <YAxis yAxisId="total" orientation="right" type="category" dataKey="label" tick={{ fill: 'var(--text)', fontSize: 12 }} tickFormatter={(l: string) => data.find((d) => d.label === l)?.total ?? ''} tickLine={false} axisLine={false} width={84} />
        <Tooltip {...TOOLTIP_PROPS} formatter={(v) => format(Number(v))} />
        <Legend wrapperStyle={{ fontSize: 11 }} iconSize={9} />
        {shown.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} stackId="total" fill={s.colour} isAnimationActive={false} />
        ))}
      </BarChart>
      <figcaption className="ch-caption">
        {caption}
        <span className="visually-hidden"> {data.map((d) => `${d.label}: ${d.total}`).join('; ')}.</span>
      </figcaption>
    </figure>
  );
}

export default memo(StackedBars);
