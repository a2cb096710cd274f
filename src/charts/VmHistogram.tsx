// How many VMs get how much: the per-VM distribution of one flow kind in the current mode.
// Takes plain numbers (the result's per-VM typed array); −1 entries (no such flow) are skipped.
import { memo, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { num } from '../ui';
import { AXIS_TICK, GRID_STROKE, TOOLTIP_PROPS } from './chartTheme';
import './charts.css';
import { histogram } from './histogram';

export interface VmHistogramProps {
  values: ArrayLike<number>;
  /** Unit of the values, e.g. "Gb/s". */
  unit: string;
  /** What is measured, e.g. "LAN per VM". */
  label: string;
  height?: number;
}

const grouped = new Intl.NumberFormat('en-US');

function VmHistogram({ values, unit, label, height = 132 }: VmHistogramProps) {
  const h = useMemo(() => histogram(values), [values]);
  if (h.n === 0) return <p className="ch-note">No VM has this flow.</p>;
  if (h.bins.length === 1) {
    return (
      <p className="ch-note">
        All {grouped.format(h.n)} VMs get the same {label}: {num(h.min)} {unit}.
      </p>
    );
  }
  const data = h.bins.map((b) => ({ mid: (b.x0 + b.x1) / 2, range: `${num(b.x0)}–${num(b.x1)} ${unit}`, count: b.count }));
  return (
    <figure className="ch-figure">
      <BarChart data={data} responsive style={{ width: '100%', height }} margin={{ top: 4, right: 8, bottom: 0, left: -18 }} barCategoryGap={1}>
        <CartesianGrid vertical={false} stroke={GRID_STROKE} strokeDasharray="2 3" />
        <XAxis dataKey="mid" tick={AXIS_TICK} tickFormatter={(v: number) => num(v)} tickLine={false} axisLine={{ stroke: GRID_STROKE }} minTickGap={16} />
        <YAxis allowDecimals={false} tick={AXIS_TICK} tickLine={false} axisLine={false} width={44} />
        <Tooltip {...TOOLTIP_PROPS} labelFormatter={(_, p) => String(p[0]?.payload?.range ?? '')} separator="" formatter={(v) => [`${grouped.format(Number(v))} VMs`, '']} />
        <Bar dataKey="count" fill="var(--accent)" radius={[2, 2, 0, 0]} isAnimationActive={false} />
      </BarChart>
      <figcaption className="ch-caption">
        Number of VMs by {label} ({unit}): {grouped.format(h.n)} VMs get {num(h.min)} to {num(h.max)} {unit}.
      </figcaption>
    </figure>
  );
}

// Memoized: the results panel re-renders on every edit; a chart redraws only when its series changes.
export default memo(VmHistogram);
