/**
 * Below this zoom nodes switch to their compact style: name, count and a port summary, in big type
 * (the detailed card's 12.5 px titles would render under 10 px).
 */
export const FAR_ZOOM = 0.8;
/** Below this the compact style drops the port summary and enlarges the name again. */
export const OVERVIEW_ZOOM = 0.42;
/**
 * Below this zoom nodes are drawn as plain labelled boxes (canvas.css `.is-tiny`): nothing else is
 * legible, and painting hundreds of detailed nodes while autopanning a drag is what costs frames.
 */
export const TINY_ZOOM = 0.28;

export type ZoomLevel = 'near' | 'far' | 'overview' | 'tiny';
export const zoomLevel = (zoom: number): ZoomLevel => (zoom < TINY_ZOOM ? 'tiny' : zoom < OVERVIEW_ZOOM ? 'overview' : zoom < FAR_ZOOM ? 'far' : 'near');

/** The canvas wrapper's classes for a level (canvas.css). */
export const ZOOM_CLASS: Record<ZoomLevel, string> = {
  near: 'iov-canvas',
  far: 'iov-canvas is-far',
  overview: 'iov-canvas is-far is-overview',
  tiny: 'iov-canvas is-far is-overview is-tiny',
};
