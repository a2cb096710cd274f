// The boxes cables route around on the canvas: every mounted node as React Flow measured it, in
// an index built once per change of the React Flow node list (a drag frame, a measurement, a
// selection) and shared by all cables rendered after it, read at render time rather than
// subscribed to — a cable re-routes when its own ends move or the design's nodes change (the
// end of a drag), not on every frame of someone else's drag.
import type { ReactFlowState } from '@xyflow/react';
import { obstacleIndex, type ObstacleIndex } from '../layout';

const cache = new WeakMap<object, ObstacleIndex>();

export function obstaclesOf(state: Pick<ReactFlowState, 'nodes' | 'nodeLookup'>): ObstacleIndex {
  let index = cache.get(state.nodes);
  if (!index) {
    const boxes = [];
    for (const n of state.nodeLookup.values()) {
      const { width, height } = n.measured;
      if (width && height) boxes.push({ x: n.internals.positionAbsolute.x, y: n.internals.positionAbsolute.y, width, height });
    }
    index = obstacleIndex(boxes);
    cache.set(state.nodes, index);
  }
  return index;
}
