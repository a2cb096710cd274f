// Re-fit when the canvas changes size (window resized, panel toggled) — but only while the view
// is still the fitted one: a view the user zoomed or panned on purpose stays where they put it.
import type { ReactFlowInstance } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';
import { fitDesign } from './fitDesign';

let fitted = false;
/** Every fit (open, Fit, Tidy) says so; a pan or zoom by the user clears it. */
export const markFitted = (value: boolean): void => {
  fitted = value;
};

export function useRefitOnResize(flow: ReactFlowInstance, wrapper: RefObject<HTMLDivElement | null>): void {
  useEffect(() => {
    const el = wrapper.current;
    if (!el) return;
    let last = { w: el.clientWidth, h: el.clientHeight };
    let frame = 0;
    const observer = new ResizeObserver(() => {
      const now = { w: el.clientWidth, h: el.clientHeight };
      if (now.w === last.w && now.h === last.h) return;
      last = now;
      if (!fitted || frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        fitDesign(flow);
      });
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [flow, wrapper]);
}
