import type { ReactFlowInstance } from '@xyflow/react';
import { appStore } from '../store';
import { catalogOf } from './catalogMemo';
import { fitViewport, type Box } from './fitGeometry';
import { FIT } from './fitOptions';
import { indexFor, LARGE_DESIGN } from './largeDesign';

/** The lowest zoom Fit goes to (the canvas's own minimum for a large design). */
const MIN_FIT_ZOOM = 0.002;

/**
 * The design's bounds: its nodes as drawn where React Flow has measured them all, else from the
 * design itself (a large design mounts only what is in view; a design just opened is not measured yet).
 */
function designBounds(flow: ReactFlowInstance): Box {
  const design = appStore().getState().design;
  const nodes = flow.getNodes();
  // With groups collapsed fewer nodes are drawn than the design has: they are what Fit shows.
  if (design.nodes.length <= LARGE_DESIGN && nodes.length > 0 && (nodes.length === design.nodes.length || design.groups?.length) && nodes.every((n) => n.measured?.width)) return flow.getNodesBounds(nodes);
  return indexFor(design, catalogOf(design)).bounds;
}

/**
 * Fit the whole design in view, clear of the minimap, the zoom buttons and the toolbars
 * (fitGeometry.ts). Returns false while the canvas has no size yet.
 */
export function fitDesign(flow: ReactFlowInstance, duration = 0): boolean {
  const canvas = document.querySelector<HTMLElement>('.react-flow')?.getBoundingClientRect();
  if (!canvas || canvas.width === 0 || appStore().getState().design.nodes.length === 0) return false;
  void flow.setViewport(fitViewport(designBounds(flow), canvas, { min: MIN_FIT_ZOOM, max: FIT.maxZoom }), { duration });
  return true;
}
