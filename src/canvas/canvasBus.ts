// The palette (and the app's commands) ask the canvas for things that need its viewport: add a
// part at the centre of what is visible, fit the view. A tiny in-module bus, typed; the canvas
// also answers the same requests as window events ("iov:add-part" with the part id as detail,
// "iov:fit-view") for code that cannot import this module.
export type CanvasRequest = { type: 'add-part'; partId: string } | { type: 'fit-view' };

type Listener = (request: CanvasRequest) => boolean;
const listeners = new Set<Listener>();

/** The canvas subscribes; returns the unsubscribe. */
export function onCanvasRequest(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True when a mounted canvas took the request. */
export function requestCanvas(request: CanvasRequest): boolean {
  let handled = false;
  for (const l of listeners) handled = l(request) || handled;
  return handled;
}

/** Adds a part (not an adapter) at the centre of the visible canvas. */
export const addPartAtCenter = (partId: string): boolean => requestCanvas({ type: 'add-part', partId });
export const fitCanvas = (): boolean => requestCanvas({ type: 'fit-view' });

export const ADD_PART_EVENT = 'iov:add-part';
export const FIT_VIEW_EVENT = 'iov:fit-view';

/** Window events → requests (the canvas subscribes while mounted). */
export function listenToWindowRequests(handle: (request: CanvasRequest) => boolean): () => void {
  const onAdd = (e: Event): void => {
    const partId = (e as CustomEvent<unknown>).detail;
    if (typeof partId === 'string') handle({ type: 'add-part', partId });
  };
  const onFit = (): void => {
    handle({ type: 'fit-view' });
  };
  window.addEventListener(ADD_PART_EVENT, onAdd);
  window.addEventListener(FIT_VIEW_EVENT, onFit);
  return () => {
    window.removeEventListener(ADD_PART_EVENT, onAdd);
    window.removeEventListener(FIT_VIEW_EVENT, onFit);
  };
}
