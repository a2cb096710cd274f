import { useStoreApi } from '@xyflow/react';
import { useEffect, useState } from 'react';
import type { Catalog } from '../catalog';
import type { Design } from '../domain';
import { indexFor, LARGE_DESIGN, MOUNT_LIMIT } from './largeDesign';

/** What a large design shows: the nodes mounted as real ones, and whether the overview draws the rest. */
export interface MountedSubset {
  ids: ReadonlySet<string>;
  /**
   * More than MOUNT_LIMIT nodes are in view: the overview drawing shows the design, and only
   * `keep` (the selection) is mounted, over it, so a selected node can still be dragged and edited.
   */
  overview: boolean;
}

const NONE: MountedSubset = { ids: new Set(), overview: false };
const same = (a: MountedSubset | null, b: readonly string[], overview: boolean): boolean => !!a && a.overview === overview && a.ids.size === b.length && b.every((id) => a.ids.has(id));

/**
 * For a large design, the node ids to mount: those in (and a little around) the view when at most
 * MOUNT_LIMIT, else only `keep` over the overview drawing. Null for other designs: mount all.
 * `viewReady`: the view has been fitted (until then nothing is mounted).
 */
export function useMountedSubset(design: Design, catalog: Catalog, keep: readonly string[], viewReady: boolean): MountedSubset | null {
  const large = design.nodes.length > LARGE_DESIGN;
  const rf = useStoreApi();
  const [mounted, setMounted] = useState<MountedSubset | null>(null);
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
      const index = indexFor(design, catalog);
      const inView = index.query(around, MOUNT_LIMIT);
      // A selection of more than MOUNT_LIMIT (select all) stays drawn, outlined, in the overview.
      const kept = keep.filter((id) => index.boxes.has(id)).slice(0, MOUNT_LIMIT);
      const mountIds = inView ? [...new Set([...inView, ...kept])] : kept;
      setMounted((prev) => (same(prev, mountIds, inView === null) ? prev : { ids: new Set(mountIds), overview: inView === null }));
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
