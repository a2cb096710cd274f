import { useStoreApi } from '@xyflow/react';
import { memo, useEffect, useRef } from 'react';
import type { Catalog } from '../catalog';
import type { Design } from '../domain';
import { indexFor, type Rect } from './largeDesign';

const KIND_VAR: Record<string, string> = { server: '--kind-server', switch: '--kind-switch', storage: '--kind-storage', network: '--kind-network', gateway: '--kind-gateway' };

/**
 * A large design's overview: every node a box in its kind's colour, every cable a line, drawn on
 * one <canvas> that follows the viewport. Shown while too many nodes are in view to mount.
 */
export const OverviewLayer = memo(function OverviewLayer({ design, catalog }: { design: Design; catalog: Catalog }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const rf = useStoreApi();
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const css = getComputedStyle(canvas);
    const color = (v: string): string => css.getPropertyValue(v).trim() || '#888';
    const colors = Object.fromEntries(Object.entries(KIND_VAR).map(([k, v]) => [k, color(v)]));
    const line = color('--border-strong');
    const { boxes } = indexFor(design, catalog);
    const byColour = new Map<string, Rect[]>();
    for (const n of design.nodes) {
      const colour = colors[catalog.byId.get(n.partId)?.kind ?? 'missing'] ?? '#888';
      const list = byColour.get(colour);
      if (list) list.push(boxes.get(n.id)!);
      else byColour.set(colour, [boxes.get(n.id)!]);
    }
    let raf = 0;
    const draw = (): void => {
      raf = 0;
      const { transform, width, height } = rf.getState();
      const dpr = window.devicePixelRatio || 1;
      if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
        canvas.width = Math.round(width * dpr);
        canvas.height = Math.round(height * dpr);
      }
      const [tx, ty, z] = transform;
      ctx.setTransform(dpr * z, 0, 0, dpr * z, dpr * tx, dpr * ty);
      ctx.clearRect(-tx / z, -ty / z, width / z, height / z);
      ctx.strokeStyle = line;
      ctx.lineWidth = 1 / z;
      ctx.beginPath();
      for (const l of design.links) {
        const a = boxes.get(l.a.node);
        const b = boxes.get(l.b.node);
        if (!a || !b) continue;
        ctx.moveTo(a.x + a.width / 2, a.y + a.height / 2);
        ctx.lineTo(b.x + b.width / 2, b.y + b.height / 2);
      }
      ctx.stroke();
      // At least 2 px on screen, so that far zoomed out every node still shows.
      const least = 2 / z;
      // One path and one fill per colour: thousands of fillRect calls with a style change between
      // them cost hundreds of milliseconds on a software canvas.
      for (const [colour, rects] of byColour) {
        ctx.fillStyle = colour;
        ctx.beginPath();
        for (const r of rects) ctx.rect(r.x, r.y, Math.max(r.width, least), Math.max(r.height, least));
        ctx.fill();
      }
    };
    const unsubscribe = rf.subscribe((s, prev) => {
      if ((s.transform !== prev.transform || s.width !== prev.width || s.height !== prev.height) && !raf) raf = requestAnimationFrame(draw);
    });
    draw();
    return () => {
      unsubscribe();
      cancelAnimationFrame(raf);
    };
  }, [design, catalog, rf]);
  return <canvas ref={ref} className="iov-overview" aria-hidden="true" />;
});
