// How a cable is drawn — its route between two nodes and its colour, width and label — as pure
// functions, shared by the canvas's CableEdge and by exports (which must draw what the canvas draws).
import { getBezierPath, Position } from '@xyflow/react';
import { percent } from '../ui';
import type { LinkLoad } from '../domain';
import type { CableData } from './derive';
import { cableText, loadText, rate, utilBucket } from './format';
import { floatingEnds, sameSidePath, type Box } from './interaction';

export interface CableRoute {
  path: string;
  labelX: number;
  labelY: number;
  /** Both ends on the same side: a loop beside the nodes, whose label sits at its bend. */
  loop: boolean;
}

/** Ends float to the facing sides of the two boxes, at the handles' heights; stacked nodes loop beside. */
export function cableRoute(sb: Box | null, sourceX: number, sourceY: number, tb: Box | null, targetX: number, targetY: number): CableRoute {
  let sx = sourceX;
  let tx = targetX;
  let sPos = Position.Right;
  let tPos = Position.Left;
  if (sb && tb) {
    const f = floatingEnds(sb, sourceY, tb, targetY);
    sx = f.sx;
    tx = f.tx;
    sPos = f.sLeft ? Position.Left : Position.Right;
    tPos = f.tLeft ? Position.Left : Position.Right;
    if (f.sLeft === f.tLeft) {
      const [path, labelX, labelY] = sameSidePath(sx, sourceY, tx, targetY, f.sLeft);
      return { path, labelX, labelY, loop: true };
    }
  }
  const [path, labelX, labelY] = getBezierPath({ sourceX: sx, sourceY, sourcePosition: sPos, targetX: tx, targetY, targetPosition: tPos, curvature: 0.35 });
  return { path, labelX, labelY, loop: false };
}

export interface CableLook {
  /** Utilization bucket once results are in, else null (coloured by protocol). */
  bucket: 0 | 1 | 2 | 3 | 4 | null;
  width: number;
  /** The whole label, and the short one used where the whole one does not fit. */
  full: string;
  short: string;
}

export function cableLook(data: CableData | undefined, load: LinkLoad | undefined): CableLook {
  const protocol = data?.protocol ?? null;
  const bucket = load ? utilBucket(load.utilization) : null;
  const lanes = data?.lanes ?? 1;
  const rateGbps = data?.rateGbps ?? Number.NaN;
  return {
    bucket,
    width: (bucket !== null ? 2.2 + bucket * 0.45 : 2) + Math.min(lanes - 1, 3) * 0.5,
    full: load ? loadText(load) : protocol ? cableText(protocol, rateGbps, lanes, data?.mesh) : 'Unknown port',
    short: load ? percent(load.utilization) : protocol ? `${rate(rateGbps)} data` : '?',
  };
}
