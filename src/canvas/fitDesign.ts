import type { ReactFlowInstance } from '@xyflow/react';
import { appStore } from '../store';
import { catalogOf } from './catalogMemo';
import { FIT } from './fitOptions';
import { indexFor, LARGE_DESIGN } from './largeDesign';

/**
 * Fit the whole design in view. React Flow fits the nodes it has mounted; a large design mounts
 * only what is in view, so its bounds come from the design itself.
 */
export function fitDesign(flow: ReactFlowInstance, duration = 0): void {
  const design = appStore().getState().design;
  if (design.nodes.length > LARGE_DESIGN) {
    void flow.fitBounds(indexFor(design, catalogOf(design)).bounds, { padding: FIT.padding, duration });
  } else {
    void flow.fitView({ ...FIT, duration });
  }
}
