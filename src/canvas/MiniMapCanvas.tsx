import { Panel, useReactFlow, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { memo, useEffect, useRef, type PointerEvent as ReactPointerEvent, type WheelEvent as ReactWheelEvent } from 'react';
import { appStore, useApp } from '../store';
import { catalogOf } from './catalogMemo';
import { KIND_VAR } from './kindColours';
import { indexFor, LARGE_DESIGN } from './largeDesign';
import { minimapFrame, type Rect } from './minimapGeometry';

const WIDTH = 160;
const HEIGHT = 108;

/**
 * An overview drawn on one <canvas>, redrawn at most once per frame. React Flow's <MiniMap>
 * subscribes once per node (1,000 subscriptions re-run on every drag step of a 1,000-node design);
 * this one reads React Flow's node lookup once per frame. Click or drag to pan, wheel to zoom.
 */
export const MiniMapCanvas = memo(function MiniMapCanvas() {
  const hasNodes = useApp((s) => s.design.nodes.length > 0);
  return hasNodes ? <MiniMapDrawing /> : null;
});

const MiniMapDrawing = memo(function MiniMapDrawing() {
  const ref = useRef<HTMLCanvasElement>(null);
  const rf = useStoreApi();
  const flow = useReactFlow();
  const theme = useApp((s) => s.theme);
  const frame = useRef<{ toFlow: (x: number, y: number) => { x: number; y: number } } | null>(null);

  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = WIDTH * dpr;
    canvas.height = HEIGHT * dpr;
    // Colours are read in the first frame: the theme attribute is set by the app's effect,
    // which runs after this one.
    let colors: Record<string, string> = {};
    let accent = '';
    let mask = '';
    let bg = '';
    let border = '';
    let colorsRead = false;
    const readColors = (): void => {
      const css = getComputedStyle(canvas);
      const color = (name: string): string => css.getPropertyValue(name).trim() || '#888';
      colors = Object.fromEntries(Object.entries(KIND_VAR).map(([k, v]) => [k, color(v)]));
      accent = color('--accent');
      mask = color('--iov-minimap-mask');
      bg = color('--panel');
      border = color('--border-strong');
      colorsRead = true;
    };

    let raf = 0;
    const draw = (): void => {
      raf = 0;
      if (!colorsRead) readColors();
      const s: ReactFlowState = rf.getState();
      const rects: Array<Rect & { type: string; selected: boolean }> = [];
      const { design, selection } = appStore().getState();
      if (design.nodes.length > LARGE_DESIGN) {
        // A large design mounts only part of itself (largeDesign.ts): the minimap shows all of it.
        const catalog = catalogOf(design);
        const { boxes } = indexFor(design, catalog);
        const selected = new Set(selection.nodes);
        for (const n of design.nodes) rects.push({ ...boxes.get(n.id)!, type: catalog.byId.get(n.partId)?.kind ?? 'missing', selected: selected.has(n.id) });
      } else {
        for (const n of s.nodeLookup.values()) {
          if (n.hidden) continue;
          rects.push({
            x: n.internals.positionAbsolute.x,
            y: n.internals.positionAbsolute.y,
            width: n.measured.width ?? 200,
            height: n.measured.height ?? 80,
            type: n.type ?? '',
            selected: !!n.selected,
          });
        }
      }
      const [tx, ty, zoom] = s.transform;
      const view = { x: -tx / zoom, y: -ty / zoom, width: s.width / zoom, height: s.height / zoom };
      const f = minimapFrame(rects, view, WIDTH, HEIGHT);
      frame.current = f;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.fillStyle = bg;
      ctx.fillRect(0, 0, WIDTH, HEIGHT);
      // One path and one fill per colour: a fillRect per node cost ~11 ms on 1,000 nodes (software
      // canvas, a colour change per rectangle), in the frame that starts a drag.
      const paths = new Map<string, Path2D>();
      for (const r of rects) {
        const p = f.toMap(r.x, r.y);
        const fill = r.selected ? accent : (colors[r.type] ?? border);
        let path = paths.get(fill);
        if (!path) paths.set(fill, (path = new Path2D()));
        path.rect(p.x, p.y, Math.max(1, r.width * f.scale), Math.max(1, r.height * f.scale));
      }
      // Selected nodes last, on top, as before when they were drawn in node order over the rest.
      for (const [fill, path] of [...paths].sort(([a], [b]) => Number(a === accent) - Number(b === accent))) {
        ctx.fillStyle = fill;
        ctx.fill(path);
      }
      // Dim what is outside the view, outline the view.
      const v = f.toMap(view.x, view.y);
      const vw = view.width * f.scale;
      const vh = view.height * f.scale;
      ctx.fillStyle = mask;
      ctx.beginPath();
      ctx.rect(0, 0, WIDTH, HEIGHT);
      ctx.rect(v.x, v.y, vw, vh);
      ctx.fill('evenodd');
      ctx.strokeStyle = accent;
      ctx.lineWidth = 1;
      ctx.strokeRect(v.x + 0.5, v.y + 0.5, Math.max(0, vw - 1), Math.max(0, vh - 1));
    };
    const schedule = (): void => {
      if (!raf) raf = requestAnimationFrame(draw);
    };
    schedule();
    const unsubscribe = rf.subscribe((s, prev) => {
      if (s.nodeLookup !== prev.nodeLookup || s.nodes !== prev.nodes || s.transform !== prev.transform || s.width !== prev.width || s.height !== prev.height) schedule();
    });
    const unsubscribeApp = appStore().subscribe((s, prev) => {
      if (s.design.nodes.length > LARGE_DESIGN && (s.design.nodes !== prev.design.nodes || s.selection.nodes !== prev.selection.nodes)) schedule();
    });
    return () => {
      unsubscribe();
      unsubscribeApp();
      if (raf) cancelAnimationFrame(raf);
    };
  }, [rf, theme]);

  const panTo = (e: ReactPointerEvent<HTMLCanvasElement>): void => {
    const f = frame.current;
    if (!f) return;
    const box = e.currentTarget.getBoundingClientRect();
    const p = f.toFlow(e.clientX - box.left, e.clientY - box.top);
    void flow.setCenter(p.x, p.y, { zoom: flow.getZoom() });
  };
  const onPointerDown = (e: ReactPointerEvent<HTMLCanvasElement>): void => {
    e.currentTarget.setPointerCapture(e.pointerId);
    panTo(e);
  };
  const onPointerMove = (e: ReactPointerEvent<HTMLCanvasElement>): void => {
    if (e.currentTarget.hasPointerCapture(e.pointerId)) panTo(e);
  };
  const onWheel = (e: ReactWheelEvent<HTMLCanvasElement>): void => {
    void flow.zoomTo(flow.getZoom() * (e.deltaY > 0 ? 0.85 : 1 / 0.85));
  };
  return (
    <Panel position="bottom-right" className="iov-minimap">
      <canvas
        ref={ref}
        className="nowheel"
        style={{ width: WIDTH, height: HEIGHT }}
        role="img"
        aria-label="Minimap: click or drag to move the view, scroll to zoom"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onWheel={onWheel}
      />
    </Panel>
  );
});
