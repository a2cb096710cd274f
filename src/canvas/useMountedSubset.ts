import { useStoreApi } from '@xyflow/react';
import { useEffect, useState } from 'react';
import type { Catalog } from '../catalog';
import type { Design } from '../domain';
import { indexFor, LARGE_DESIGN, MOUNT_LIMIT } from './largeDesign';

const NONE: ReadonlySet<string> = new Set();
const same = (a: ReadonlySet<string> | null, b: readonly string[]): boolean => !!a && a.size === b.length && b.every((id) => a.has(id));

/**
 * For a large design, the node ids to mount: those in (and a little around) the view when at most
 * MOUNT_LIMIT, else none (the overview drawing shows the design). Null for other designs: mount all.
 * `viewReady`: the view has been fitted (until then nothing is mounted).
 */
export function useMountedSubset(design: Design, catalog: Catalog, keep: readonly string[], viewReady: boolean): ReadonlySet<string> | null {
  const large = design.nodes.length > LARGE_DESIGN;
  const rf = useStoreApi();
  const [mounted, setMounted] = useState<ReadonlySet<string> | null>(null);
  useEffect(() => {
    // Before the opening fit the view is at zoom 1 on the origin: nodes mounted there would be
    // thrown away a frame later, after seconds of rendering.
    if (!large || !viewReady) return;
    let raf = 0;
    const update = (): void => {
      raf = 0;
      const { transform, width, height } = rf.getState();
      const [tx, ty, z] = transform;
      const view = { x: -tx / z, y: -ty / z, width: (width || 1000) / z, height: (height || 800) / z };
      // A margin around the view, so a small pan does not remount.
      const around = { x: view.x - view.width / 4, y: view.y - view.height / 4, width: view.width * 1.5, height: view.height * 1.5 };
      const ids = [...(indexFor(design, catalog).query(around, MOUNT_LIMIT) ?? []), ...keep.filter((id) => design.nodes.some((n) => n.id === id))];
      setMounted((prev) => (same(prev, ids) ? prev : new Set(ids)));
    };
    const unsubscribe = rf.subscribe((s, prev) => {
      if ((s.transform !== prev.transform || s.width !== prev.width || s.height !== prev.height) && !raf) raf = requestAnimationFrame(update);
    });
    update();
    return () => {
      unsubscribe();
      cancelAnimationFrame(raf);
    };
  }, [large, viewReady, design, catalog, rf, keep]);
  return large ? (mounted ?? NONE) : null;
}
