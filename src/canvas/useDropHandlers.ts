import type { ReactFlowInstance } from '@xyflow/react';
import { useCallback, type DragEvent, type RefObject } from 'react';
import { appStore } from '../store';
import { catalogOf } from './catalogMemo';
import { ADAPTER_MIME, hasType, isAdapterDrag, PART_MIME, readAdapterDrag } from './dnd';
import { setDropTarget } from './dropTarget';
import { nodeIdAt } from './useCableHandlers';

/** Where a dropped part's top-left goes relative to the cursor (about the middle of a node's header). */
export const DROP_OFFSET = { x: 110, y: 28 };
export const GRID = 10;
export const snap = (v: number): number => Math.round(v / GRID) * GRID;

function isServerId(id: string | null): id is string {
  if (!id) return false;
  const s = appStore().getState();
  const node = s.design.nodes.find((n) => n.id === id);
  return !!node && catalogOf(s.design).byId.get(node.partId)?.kind === 'server';
}

/**
 * HTML5 drops on the canvas: a part from the palette lands where it is dropped; an adapter goes
 * into the server under the cursor; an installed adapter dragged from its row moves to another
 * server. The server under an adapter being dragged is highlighted.
 */
export function useDropHandlers(flow: Pick<ReactFlowInstance, 'screenToFlowPosition'>, wrapper: RefObject<HTMLDivElement | null>) {
  const onDragOver = useCallback((e: DragEvent) => {
    const dt = e.dataTransfer;
    const part = hasType(dt, PART_MIME);
    const adapter = hasType(dt, ADAPTER_MIME);
    if (!part && !adapter) return;
    e.preventDefault();
    dt.dropEffect = adapter ? 'move' : 'copy';
    const id = nodeIdAt(e.target);
    setDropTarget(isAdapterDrag(dt) && isServerId(id) ? id : null);
  }, []);

  const onDragLeave = useCallback(
    (e: DragEvent) => {
      if (!(e.relatedTarget instanceof Node && wrapper.current?.contains(e.relatedTarget))) setDropTarget(null);
    },
    [wrapper],
  );

  const onDrop = useCallback(
    (e: DragEvent) => {
      const dt = e.dataTransfer;
      setDropTarget(null);
      const s = appStore().getState();
      const overId = nodeIdAt(e.target);
      const moved = readAdapterDrag(dt);
      if (moved) {
        e.preventDefault();
        if (isServerId(overId)) {
          if (overId !== moved.nodeId && s.moveAdapter(moved.nodeId, moved.adapterId, overId)) s.select({ nodes: [overId], links: [], adapter: { nodeId: overId, adapterId: moved.adapterId } });
        } else s.notify('info', 'Drop the adapter onto another server to move it there.');
        return;
      }
      const partId = dt.getData(PART_MIME);
      if (!partId) return;
      e.preventDefault();
      const part = catalogOf(s.design).byId.get(partId);
      if (part?.kind === 'adapter' && overId) {
        if (isServerId(overId)) {
          if (s.installAdapter(overId, partId)) s.select({ nodes: [overId], links: [] });
        } else s.notify('error', 'Adapters go into servers: drop it onto a server.');
        return;
      }
      // Anything else (an adapter on empty canvas included: the store explains) is added here.
      const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      s.addPart(partId, { x: snap(p.x - DROP_OFFSET.x), y: snap(p.y - DROP_OFFSET.y) });
    },
    [flow],
  );

  return { onDragOver, onDragLeave, onDrop };
}
