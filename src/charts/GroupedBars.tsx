// One value per group (IOV mode) for each design, bars side by side: per-VM bandwidth, A against B.
import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { num } from '../ui';
import { AXIS_TICK, GRID_STROKE, TOOLTIP_PROPS } from './chartTheme';
import './charts.css';

export interface GroupedBarsProps {
  /** One row per group: its label and a value per series key (null: no such flow). */
  rows: ReadonlyArray<{ label: string } & Record<string, number | string | null>>;
  series: ReadonlyArray<{ key: string; label: string; colour: string }>;
  unit: string;
  caption: string;
}

function GroupedBars({ rows, series, unit, caption }: GroupedBarsProps) {
  return (
    <figure className="ch-figure">
      <BarChart data={rows as unknown as Array<Record<string, unknown>>} responsive style={{ width: '100%', height: 180 }} margin={{ top: 8, right: 4, bottom: 0, left: 0 }} barGap={2}>
        <CartesianGrid vertical={false} stroke={GRID_STROKE} />
        <XAxis dataKey="label" tick={AXIS_TICK} tickLine={false} axisLine={{ stroke: GRID_STROKE }} />
        <YAxis tick={AXIS_TICK} tickLine={false} axisLine={false} width={48} tickFormatter={(v: number) => num(v)} />
        <Tooltip {...TOOLTIP_PROPS} formatter={(v) => (v === null || v === undefined ? '—' : `${num(Number(v))} ${unit}`)} />
        <Legend wrapperStyle={{ fontSize: 11 }} iconSize={9} />
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.colour} radius={[3, 3, 0, 0]} isAnimationActive={false} />
        ))}
      </BarChart>
      <figcaption className="ch-caption">
        {caption}
        <span className="visually-hidden">
          {' '}
          {rows.map((r) => `${r.label}: ${series.map((s) => `${s.label} ${r[s.key] === null ? '—' : `${num(Number(r[s.key]))} ${unit}`}`).join(', ')}`).join('; ')}.
        </span>
      </figcaption>
    </figure>
  );
}

export default memo(GroupedBars);
