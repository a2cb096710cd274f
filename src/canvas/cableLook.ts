// How a cable is drawn — its route between two nodes (src/layout/cableRoute.ts, shared with the
// exports and the CLI) and its colour, width and label (src/ui/cableText.ts).
import { routeCable, type CableRoute, type ObstacleIndex } from '../layout';
import type { Box } from './interaction';

const NONE: ObstacleIndex = { between: () => [] };

/** Ends float to the facing sides of the two boxes, at the handles' heights, and the route goes around `obstacles`. */
export function cableRoute(sb: Box | null, sourceX: number, sourceY: number, tb: Box | null, targetX: number, targetY: number, obstacles: ObstacleIndex = NONE): CableRoute {
  // Not measured yet: the handles stand for their nodes.
  return routeCable(sb ?? { x: sourceX, y: sourceY, width: 0, height: 0 }, sourceY, tb ?? { x: targetX, y: targetY, width: 0, height: 0 }, targetY, obstacles);
}

export type { CableRoute };
export { cableLook, type CableLook } from '../ui/cableText';
