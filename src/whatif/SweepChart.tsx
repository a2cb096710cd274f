// One sweep chart in plain SVG: a line per IOV mode over the swept values, dashed marks where a
// mode stops meeting demand, a hover read-out, and a click that applies the value under the
// pointer. Recharts cost 100–150 ms of main-thread time per chart to mount (measured with a CPU
// trace, issue 11), for three lines of 64 points in a fixed-width panel; this is a few
// milliseconds, so the charts can fill in while the sweep runs.
import { memo, useMemo, useState } from 'react';
import { IOV_MODES, type IovMode } from '../domain';
import type { SweepAxis, SweepModePoint, SweepPoint } from '../sim';

export const MODE_COLOR: Record<IovMode, string> = { software: 'var(--eth)', native: 'var(--ib)', passthrough: 'var(--fc)', offload: 'var(--accent)' };
export const MODE_DASH: Partial<Record<IovMode, string>> = { passthrough: '5 3', offload: '2 2' };

export interface Metric {
  key: keyof Pick<SweepModePoint, 'ipcGbps' | 'ipcLatencyUs' | 'vmsFit' | 'costPerVmUsd'>;
  title: string;
  format(v: number): string;
}

export const fmtValue = (axis: SweepAxis, v: number): string => (axis === 'workloadScale' ? `×${v}` : String(v));
export const AXIS_LABEL: Record<SweepAxis, string> = { vmsPerServer: 'VMs per server', workloadScale: 'Workload demand ×' };
/** The same in running text. */
export const AXIS_NOUN: Record<SweepAxis, string> = { vmsPerServer: 'VMs per server', workloadScale: 'workload demand ×' };

// Drawn for the panel's fixed 360 px column; the viewBox scales it to the width left by a scroll
// bar, with no measuring in script.
const W = 336;
const H = 160;
const M = { left: 40, right: 8, top: 8, bottom: 18 };
const PW = W - M.left - M.right;
const PH = H - M.top - M.bottom;

/** 0…a round maximum, with 3–5 round ticks. */
function yTicks(max: number): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * mag).find((s) => s >= raw)!;
  const ticks: number[] = [];
  for (let t = 0; t < max + step * 0.999; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks;
}

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const tickLabel = (v: number): string => (Math.abs(v) >= 1000 ? compact.format(v) : String(Number(v.toPrecision(4))));

/** Labels under the x axis: every 8th VM count, or every other workload multiple. */
function xTickIndexes(axis: SweepAxis, values: readonly number[]): number[] {
  const idx = values.map((_, i) => i);
  if (axis === 'vmsPerServer') return idx.filter((i) => i === 0 || values[i]! % 8 === 0);
  return idx.filter((i) => i % 2 === 0 || i === values.length - 1);
}

interface Props {
  axis: SweepAxis;
  /** Every value of the run, in order: the x axis is laid out for all of them from the start. */
  values: readonly number[];
  /** The points computed so far (any order, any subset). */
  points: readonly SweepPoint[];
  metric: Metric;
  limits: ReadonlyArray<readonly [IovMode, number]>;
  onPick(v: number): void;
  /** Say under this chart how to read and apply (once for the set, not under every chart). */
  hint?: boolean;
}

function SweepChartImpl({ axis, values, points, metric, limits, onPick, hint = false }: Props) {
  const [hover, setHover] = useState<number | null>(null);
  const geometry = useMemo(() => {
    const index = new Map(values.map((v, i) => [v, i]));
    const byIndex: Array<SweepPoint | undefined> = new Array(values.length);
    for (const p of points) {
      const i = index.get(p.value);
      if (i !== undefined) byIndex[i] = p;
    }
    let max = 0;
    for (const p of points) for (const m of p.modes) if (Number.isFinite(m[metric.key])) max = Math.max(max, m[metric.key]);
    const ticks = yTicks(max);
    const top = ticks[ticks.length - 1]!;
    const x = (i: number): number => M.left + (values.length > 1 ? (i / (values.length - 1)) * PW : PW / 2);
    const y = (v: number): number => M.top + PH - (v / top) * PH;
    // A gap in the line where a point has not arrived yet (the pool answers out of order).
    const paths = IOV_MODES.map((mode) => {
      let d = '';
      let prev = false;
      byIndex.forEach((p, i) => {
        const v = p?.modes.find((m) => m.mode === mode)?.[metric.key];
        if (v === undefined || !Number.isFinite(v)) return void (prev = false);
        d += `${prev ? 'L' : 'M'}${x(i).toFixed(1)} ${y(v).toFixed(1)}`;
        prev = true;
      });
      return { mode, d };
    });
    return { index, byIndex, ticks, x, y, paths };
  }, [values, points, metric]);
  const { index, byIndex, ticks, x, y, paths } = geometry;

  const at = (e: React.MouseEvent<SVGSVGElement>): number => {
    const r = e.currentTarget.getBoundingClientRect();
    const px = ((e.clientX - r.left) / r.width) * W;
    return Math.max(0, Math.min(values.length - 1, Math.round(((px - M.left) / PW) * (values.length - 1))));
  };
  const shown = hover !== null ? byIndex[hover] : undefined;
  return (
    <figure className="wi-figure" aria-label={metric.title}>
      <figcaption className="wi-chart-title">{metric.title}</figcaption>
      <div className="wi-chart">
        <svg
          viewBox={`0 0 ${W} ${H}`}
          role="img"
          aria-label={`${metric.title} against ${AXIS_NOUN[axis]}, per mode`}
          onPointerMove={(e) => setHover(at(e))}
          onPointerLeave={() => setHover(null)}
          onClick={(e) => {
            const p = byIndex[at(e)];
            if (p) onPick(p.value);
          }}
        >
          {ticks.map((t) => (
            <g key={t}>
              <line className="wi-chart__grid" x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} />
              <text className="wi-chart__tick" x={M.left - 4} y={y(t)} textAnchor="end" dominantBaseline="middle">
                {tickLabel(t)}
              </text>
            </g>
          ))}
          {xTickIndexes(axis, values).map((i) => (
            <text key={i} className="wi-chart__tick" x={x(i)} y={H - 4} textAnchor="middle">
              {fmtValue(axis, values[i]!)}
            </text>
          ))}
          {limits.map(([mode, v]) =>
            index.has(v) ? <line key={mode} x1={x(index.get(v)!)} x2={x(index.get(v)!)} y1={M.top} y2={M.top + PH} style={{ stroke: MODE_COLOR[mode] }} strokeDasharray="4 3" /> : null,
          )}
          {paths.map(({ mode, d }) => (
            <path key={mode} d={d} fill="none" strokeWidth={2} style={{ stroke: MODE_COLOR[mode] }} strokeDasharray={MODE_DASH[mode]} />
          ))}
          {hover !== null && (
            <g pointerEvents="none">
              <line className="wi-chart__cursor" x1={x(hover)} x2={x(hover)} y1={M.top} y2={M.top + PH} />
              {shown?.modes.map((m) => (Number.isFinite(m[metric.key]) ? <circle key={m.mode} cx={x(hover)} cy={y(m[metric.key])} r={3.5} style={{ fill: MODE_COLOR[m.mode] }} /> : null))}
            </g>
          )}
        </svg>
        {/* A line of its own under the plot (never over the lines), always there so nothing moves. */}
        <p className="wi-chart__readout" aria-hidden="true">
          {hover === null ? (
            hint && <em>Point at a chart for the values; click to apply that point.</em>
          ) : (
            <>
              <strong>{fmtValue(axis, values[hover]!)}:</strong>{' '}
              {shown
                ? shown.modes.map((m) => (
                    <span key={m.mode}>
                      <span style={{ color: MODE_COLOR[m.mode] }}>■</span> {metric.format(m[metric.key])}{' '}
                    </span>
                  ))
                : 'not computed yet'}
            </>
          )}
        </p>
      </div>
    </figure>
  );
}

/** Redrawn only when its own inputs change (not when a sibling chart is hovered). */
export const SweepChart = memo(SweepChartImpl);
