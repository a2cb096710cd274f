/** Below this zoom the canvas draws fewer, bigger words (canvas.css `.is-far`). */
export const FAR_ZOOM = 0.65;
/**
 * Below this zoom nodes are drawn as plain labelled boxes (canvas.css `.is-tiny`): nothing else is
 * legible, and painting hundreds of detailed nodes while autopanning a drag is what costs frames.
 */
export const TINY_ZOOM = 0.3;

export type ZoomLevel = 'near' | 'far' | 'tiny';
export const zoomLevel = (zoom: number): ZoomLevel => (zoom < TINY_ZOOM ? 'tiny' : zoom < FAR_ZOOM ? 'far' : 'near');
