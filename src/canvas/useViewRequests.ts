import type { FitViewOptions, ReactFlowInstance } from '@xyflow/react';
import { useEffect, useRef, type RefObject } from 'react';
import type { Design } from '../domain';
import { appStore, useApp } from '../store';
import { listenToWindowRequests, onCanvasRequest, type CanvasRequest } from './canvasBus';
import { catalogOf } from './catalogMemo';
import { fitDesign } from './fitDesign';
import { revealViewport } from './fitGeometry';
import { isOtherDesign } from './interaction';
import { indexFor } from './largeDesign';
import { markFitted } from './useRefitOnResize';
import { DROP_OFFSET, snap } from './useDropHandlers';

/**
 * Moves of the view that come from outside the canvas: add-at-centre and fit requests (palette,
 * app commands), a newly opened design (fit it), and focus requests (findings: centre the node).
 */
export function useViewRequests(flow: ReactFlowInstance, wrapper: RefObject<HTMLDivElement | null>, design: Design, fit: FitViewOptions): void {
  const focus = useApp((s) => s.focus);

  useEffect(() => {
    const handle = (r: CanvasRequest): boolean => {
      if (r.type === 'fit-view') {
        markFitted(true);
        fitDesign(flow, 250);
        return true;
      }
      const rect = wrapper.current?.getBoundingClientRect();
      if (!rect) return false;
      const c = flow.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
      let pos = { x: snap(c.x - DROP_OFFSET.x), y: snap(c.y - DROP_OFFSET.y) };
      // Repeated adds cascade instead of stacking exactly on top of each other.
      const taken = (p: { x: number; y: number }): boolean => appStore().getState().design.nodes.some((n) => Math.abs(n.position.x - p.x) < 10 && Math.abs(n.position.y - p.y) < 10);
      for (let i = 0; i < 20 && taken(pos); i++) pos = { x: pos.x + 30, y: pos.y + 30 };
      appStore().getState().addPart(r.partId, pos);
      return true;
    };
    const offBus = onCanvasRequest(handle);
    const offWindow = listenToWindowRequests(handle);
    return () => {
      offBus();
      offWindow();
    };
  }, [flow, wrapper, fit]);

  // Another design was opened: show all of it.
  const shown = useRef(design);
  useEffect(() => {
    const prev = shown.current;
    shown.current = design;
    if (prev !== design && isOtherDesign(prev, design)) {
      markFitted(design.nodes.length > 0);
      if (design.nodes.length) fitDesign(flow);
      else void flow.setViewport({ x: 0, y: 0, zoom: 1 });
    }
  }, [design, flow, fit]);

  // Reveal requests (a paste or duplicate beside an original at the edge of the view): if the new
  // nodes are not all in view, move the view to them, zoom kept unless they do not fit at it.
  const reveal = useApp((s) => s.reveal);
  useEffect(() => {
    if (!reveal) return;
    const frame = requestAnimationFrame(() => {
      const rect = wrapper.current?.getBoundingClientRect();
      const boxes = reveal.nodeIds.flatMap((id) => {
        const n = flow.getInternalNode(id);
        return n ? [{ ...n.internals.positionAbsolute, width: n.measured.width ?? 200, height: n.measured.height ?? 80 }] : [];
      });
      if (!rect || boxes.length === 0) return;
      const x = Math.min(...boxes.map((b) => b.x));
      const y = Math.min(...boxes.map((b) => b.y));
      const bounds = { x, y, width: Math.max(...boxes.map((b) => b.x + b.width)) - x, height: Math.max(...boxes.map((b) => b.y + b.height)) - y };
      const view = flow.getViewport();
      const target = revealViewport(bounds, { width: rect.width, height: rect.height }, view);
      if (target) void flow.setViewport(target, { duration: 250 });
    });
    return () => cancelAnimationFrame(frame);
  }, [reveal, flow, wrapper]);

  // Focus requests: centre on the node, at a zoom where it can be read. A node of a large design
  // that is not mounted (the overview, largeDesign.ts) is found by its box in the design; at that
  // zoom few enough nodes are in view, and they mount.
  useEffect(() => {
    if (!focus) return;
    const n = flow.getInternalNode(focus.nodeId);
    const d = appStore().getState().design;
    const box = n?.measured.width
      ? { ...n.internals.positionAbsolute, width: n.measured.width, height: n.measured.height ?? 0 }
      : indexFor(d, catalogOf(d)).boxes.get(focus.nodeId);
    if (!box) return;
    void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom: Math.max(flow.getZoom(), 0.8), duration: 300 });
  }, [focus, flow]);
}
