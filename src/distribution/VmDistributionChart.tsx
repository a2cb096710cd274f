// Per-VM delivered bandwidth of one flow kind, VMs sorted from least to most, with the workload's
// demand as a dashed line. A small SVG drawn from at most a few hundred points (no measuring on
// render); a click or Enter on a point hands its VM to `onPick`.
import { memo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { DistributionPoint, VmDistribution } from '../analysis';
import { niceTicks } from '../charts/ticks';
import { int, num } from '../ui';
import './distribution.css';

const W = 400;
const H = 120;

export interface VmDistributionChartProps {
  dist: VmDistribution;
  unit: string;
  /** What is measured, e.g. "Server-to-server bandwidth". */
  label: string;
  onPick(point: DistributionPoint): void;
}

/** The point nearest a position along the curve (0…1). */
function nearest(points: readonly DistributionPoint[], share: number): number {
  let lo = 0;
  let hi = points.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (points[mid]!.share < share) lo = mid;
    else hi = mid;
  }
  return Math.abs(points[lo]!.share - share) <= Math.abs(points[hi]!.share - share) ? lo : hi;
}

function VmDistributionChart({ dist, unit, label, onPick }: VmDistributionChartProps) {
  const [hover, setHover] = useState<number | null>(null);
  const svg = useRef<SVGSVGElement>(null);
  // A little room above the highest line, so neither curve runs along the frame's top edge.
  const ticks = niceTicks(dist.top * 1.1, 3);
  const top = ticks.at(-1) || 1;
  const x = (p: DistributionPoint): number => p.share * W;
  const y = (v: number): number => H - (H * v) / top;
  const line = (f: (p: DistributionPoint) => number): string => dist.points.map((p) => `${x(p).toFixed(1)},${y(f(p)).toFixed(1)}`).join(' ');
  const demandShown = dist.points.some((p) => p.demand > 0);
  const at = (e: MouseEvent<SVGSVGElement>): number => {
    const box = svg.current!.getBoundingClientRect();
    return nearest(dist.points, Math.min(1, Math.max(0, (e.clientX - box.left) / Math.max(1, box.width))));
  };
  const onKey = (e: KeyboardEvent<SVGSVGElement>): void => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : e.key === 'Home' ? -Infinity : e.key === 'End' ? Infinity : 0;
    if (step) {
      e.preventDefault();
      setHover((h) => Math.min(dist.points.length - 1, Math.max(0, (h ?? -1) + (Number.isFinite(step) ? step : step > 0 ? dist.points.length : -dist.points.length))));
    } else if ((e.key === 'Enter' || e.key === ' ') && hover !== null) {
      e.preventDefault();
      onPick(dist.points[hover]!);
    }
  };
  const h = hover === null ? null : dist.points[hover]!;
  const summary = `${label} per VM, ${int(dist.n)} VMs sorted from least to most: lowest ${num(dist.lowest.delivered)}, median ${num(dist.median.delivered)}, highest ${num(dist.highest.delivered)} ${unit}${demandShown ? `; demand ${num(dist.median.demand)} ${unit}` : ''}. Click a point to find that VM’s server on the canvas.`;
  return (
    <div className="vd-chart">
      <div className="vd-axis" aria-hidden="true">
        {ticks.map((t) => (
          <span key={t} style={{ bottom: `${(100 * t) / top}%` }}>{num(t)}</span>
        ))}
      </div>
      <div className="vd-plot">
        {ticks.map((t) => (
          <span key={t} className="vd-grid" style={{ bottom: `${(100 * t) / top}%` }} aria-hidden="true" />
        ))}
        <svg
          ref={svg}
          role="img"
          aria-label={summary}
          tabIndex={0}
          viewBox={`0 0 ${W} ${H}`}
          preserveAspectRatio="none"
          onMouseMove={(e) => setHover(at(e))}
          onMouseLeave={() => setHover(null)}
          onClick={(e) => onPick(dist.points[at(e)]!)}
          onKeyDown={onKey}
        >
          {demandShown ? <polyline className="vd-demand" points={line((p) => p.demand)} vectorEffect="non-scaling-stroke" /> : null}
          <polyline className="vd-delivered" points={line((p) => p.delivered)} vectorEffect="non-scaling-stroke" />
          {h ? <line className="vd-cursor" x1={x(h)} x2={x(h)} y1={0} y2={H} vectorEffect="non-scaling-stroke" /> : null}
        </svg>
        {h ? (
          <span className="vd-dot" style={{ left: `${h.share * 100}%`, bottom: `${(100 * h.delivered) / top}%` }} aria-hidden="true" />
        ) : null}
        {h ? (
          <span className={`vd-tip${h.share > 0.6 ? ' vd-tip-left' : ''}`} style={{ left: `${h.share * 100}%` }} aria-hidden="true">
            VM {int(h.vm + 1)}: {num(h.delivered)} {unit}
            {demandShown ? ` · asks ${num(h.demand)}` : ''}
          </span>
        ) : null}
      </div>
      <div className="vd-xaxis" aria-hidden="true">
        <span>least</span>
        <span>VMs, sorted{dist.sampled ? ' (a regular sample)' : ''}</span>
        <span>most</span>
      </div>
    </div>
  );
}

export default memo(VmDistributionChart);
