// How a cable is drawn — its route between two nodes (here) and its colour, width and label
// (src/ui/cableText.ts) — as pure functions, shared by the canvas's CableEdge and by exports.
import { getBezierPath, Position } from '@xyflow/react';
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

export { cableLook, type CableLook } from '../ui/cableText';
