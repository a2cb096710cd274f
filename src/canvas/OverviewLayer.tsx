import { useStoreApi } from '@xyflow/react';
import { memo, useEffect, useRef } from 'react';
import type { Catalog } from '../catalog';
import type { Design } from '../domain';
import { useApp } from '../store';
import { utilBucket } from '../ui/cableText';
import { KIND_VAR } from './kindColours';
import { indexFor, type Rect } from './largeDesign';
import type { XY } from './derive';
import { currentMode } from './resultIndex';

interface Stroke {
  /** The CSS variable of its colour. */
  colour: string;
  width: number;
  dashed: boolean;
  links: Array<[string, string]>;
}

/**
 * A large design's overview: every node a box in its kind's colour, every cable a line — in its
 * load's colour once results are in, dashed in the danger colour when failed — drawn on one
 * <canvas> that follows the viewport. Shown while too many nodes are in view to mount; the
 * selection is mounted as real nodes over it (useMountedSubset). Selected, failed and moving nodes
 * are outlined. Boxes are picked and dragged by useOverviewPointer.
 */
export const OverviewLayer = memo(function OverviewLayer(props: {
  design: Design;
  catalog: Catalog;
  selected: ReadonlySet<string>;
  /** Nodes on the move (a drag not yet dropped): where to draw them and their cables. */
  moving: ReadonlyMap<string, XY> | null;
}) {
  const { design, catalog, selected, moving } = props;
  const ref = useRef<HTMLCanvasElement>(null);
  const movingNow = useRef(moving);
  const redraw = useRef<() => void>(() => {});
  // A drag changes only where the moving nodes are: a redraw, not a regrouping of every line.
  useEffect(() => {
    movingNow.current = moving;
    redraw.current();
  }, [moving]);
  const rf = useStoreApi();
  const loads = useApp((s) => currentMode(s)?.links);
  // A theme switch redraws in the theme's colours.
  const theme = useApp((s) => s.theme);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    // Grouped by the CSS variable of each colour, resolved when drawing: the theme's attribute is
    // set by the app's own effect, which may run after this one.
    const css = getComputedStyle(canvas);
    const color = (v: string): string => css.getPropertyValue(v).trim() || '#888';
    const { boxes } = indexFor(design, catalog);
    const failedLinks = new Set((design.failures ?? []).flatMap((f) => (f.kind === 'cable' ? [f.link] : [])));
    const failedNodes = new Set((design.failures ?? []).flatMap((f) => (f.kind !== 'cable' ? [f.node] : [])));
    // One path per stroke style: a style change between thousands of lines costs as much as the lines.
    const strokes = new Map<string, Stroke>();
    for (const l of design.links) {
      const load = loads && Object.hasOwn(loads, l.id) ? loads[l.id] : undefined;
      const dashed = failedLinks.has(l.id);
      const colour = dashed ? '--danger' : load ? `--util-${utilBucket(load.utilization)}` : '--border-strong';
      const width = dashed || load ? 2 : 1;
      const key = `${colour}|${width}|${dashed}`;
      const stroke = strokes.get(key) ?? { colour, width, dashed, links: [] };
      stroke.links.push([l.a.node, l.b.node]);
      strokes.set(key, stroke);
    }
    const byColour = new Map<string, string[]>();
    for (const n of design.nodes) {
      const colour = KIND_VAR[catalog.byId.get(n.partId)?.kind ?? 'missing'] ?? '--danger';
      const list = byColour.get(colour);
      if (list) list.push(n.id);
      else byColour.set(colour, [n.id]);
    }
    // Drawn for mounted nodes too: at the overview's zoom a real node is a few pixels, its own ring less.
    const outlines: Array<[string, string[]]> = [
      ['--danger', [...failedNodes].filter((id) => boxes.has(id))],
      ['--accent', [...selected].filter((id) => boxes.has(id))],
    ];

    let raf = 0;
    const draw = (): void => {
      raf = 0;
      const { transform, width, height } = rf.getState();
      const dpr = window.devicePixelRatio || 1;
      if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
        canvas.width = Math.round(width * dpr);
        canvas.height = Math.round(height * dpr);
      }
      const moving = movingNow.current;
      const boxOf = (id: string): Rect | undefined => {
        const r = boxes.get(id);
        const at = moving?.get(id);
        return r && at ? { ...r, x: at.x, y: at.y } : r;
      };
      const [tx, ty, z] = transform;
      ctx.setTransform(dpr * z, 0, 0, dpr * z, dpr * tx, dpr * ty);
      ctx.clearRect(-tx / z, -ty / z, width / z, height / z);
      for (const s of strokes.values()) {
        ctx.strokeStyle = color(s.colour);
        ctx.lineWidth = s.width / z;
        ctx.setLineDash(s.dashed ? [6 / z, 4 / z] : []);
        ctx.beginPath();
        for (const [from, to] of s.links) {
          const a = boxOf(from);
          const b = boxOf(to);
          if (!a || !b) continue;
          ctx.moveTo(a.x + a.width / 2, a.y + a.height / 2);
          ctx.lineTo(b.x + b.width / 2, b.y + b.height / 2);
        }
        ctx.stroke();
      }
      ctx.setLineDash([]);
      // At least 2 px on screen, so that far zoomed out every node still shows.
      const least = 2 / z;
      const rect = (r: Rect): void => ctx.rect(r.x, r.y, Math.max(r.width, least), Math.max(r.height, least));
      // One path and one fill per colour: thousands of fillRect calls with a style change between
      // them cost hundreds of milliseconds on a software canvas.
      for (const [colour, ids] of byColour) {
        ctx.fillStyle = color(colour);
        ctx.beginPath();
        for (const id of ids) rect(boxOf(id)!);
        ctx.fill();
      }
      const outline = (colour: string, ids: Iterable<string>): void => {
        ctx.strokeStyle = color(colour);
        ctx.lineWidth = 2 / z;
        ctx.beginPath();
        for (const id of ids) {
          const r = boxOf(id);
          if (r) rect({ x: r.x - 2 / z, y: r.y - 2 / z, width: r.width + 4 / z, height: r.height + 4 / z });
        }
        ctx.stroke();
      };
      for (const [colour, ids] of outlines) if (ids.length) outline(colour, ids);
      if (moving) outline('--accent', moving.keys());
    };
    const schedule = (): void => {
      if (!raf) raf = requestAnimationFrame(draw);
    };
    const unsubscribe = rf.subscribe((s, prev) => {
      if (s.transform !== prev.transform || s.width !== prev.width || s.height !== prev.height) schedule();
    });
    redraw.current = schedule;
    draw();
    return () => {
      unsubscribe();
      redraw.current = () => {};
      cancelAnimationFrame(raf);
    };
  }, [design, catalog, rf, loads, selected, theme]);
  return <canvas ref={ref} className="iov-overview" aria-hidden="true" />;
});
