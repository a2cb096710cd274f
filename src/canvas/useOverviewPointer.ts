import type { ReactFlowInstance } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';
import type { Catalog } from '../catalog';
import type { Design } from '../domain';
import { appStore } from '../store';
import { openFailureMenu } from '../whatif';
import { boxAt, indexFor } from './largeDesign';
import { overviewMoves, setOverviewMoves } from './overviewMoves';
import { GRID } from './useDropHandlers';

/** How far from a box (screen px) the pointer still picks it: boxes are a few pixels at this zoom. */
const PICK_SLOP_PX = 6;
/** A press that moves less than this (screen px) is a click, not a drag. */
const DRAG_THRESHOLD_PX = 3;

/** Where a box dragged by `delta` lands: on the layout grid, as React Flow's snapToGrid puts a dragged node. */
export function droppedAt(start: { x: number; y: number }, delta: { x: number; y: number }): { x: number; y: number } {
  return { x: Math.round((start.x + delta.x) / GRID) * GRID, y: Math.round((start.y + delta.y) / GRID) * GRID };
}

/**
 * The overview's boxes answer the pointer as nodes do: a click selects one (Shift, Ctrl or Cmd
 * adds it to the selection or takes it out), a drag moves it — one design edit when it is
 * dropped, so one undo step, one save and one simulation — and a right-click opens its failure
 * menu. A press on empty canvas is left to React Flow (pan, deselect). Listens in the capture
 * phase on the canvas wrapper while `active` (the overview is shown).
 */
export function useOverviewPointer(wrapper: RefObject<HTMLDivElement | null>, flow: ReactFlowInstance, active: boolean, design: Design, catalog: Catalog): void {
  useEffect(() => {
    const el = wrapper.current;
    if (!active || !el) return;
    const index = indexFor(design, catalog);
    const pick = (e: MouseEvent): string | null => {
      // Only presses on the drawing itself: not on the toolbar, the minimap or a mounted node.
      if (!(e.target instanceof Element) || !e.target.classList.contains('react-flow__pane')) return null;
      const zoom = flow.getZoom();
      return boxAt(index, flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }, { snapToGrid: false }), PICK_SLOP_PX / zoom);
    };
    // The click that ends a press of ours is ours too: on the pane it would clear the selection.
    let swallowClick = false;
    let press: { id: string; pointer: number; x: number; y: number; start: { x: number; y: number }; moved: boolean; additive: boolean } | null = null;

    const onDown = (e: PointerEvent): void => {
      if (e.button !== 0 || press) return;
      const id = pick(e);
      if (!id) return;
      // Ours, not a pan: no compatibility mousedown reaches React Flow's pane.
      e.preventDefault();
      e.stopPropagation();
      el.setPointerCapture(e.pointerId);
      const additive = e.shiftKey || e.ctrlKey || e.metaKey;
      const s = appStore().getState();
      // Selected on press, as React Flow selects a node it starts to drag: the node mounts over
      // its box (a selection is mounted over the overview) and follows the pointer from there.
      if (!additive && !s.selection.nodes.includes(id)) s.select({ nodes: [id], links: [] });
      press = { id, pointer: e.pointerId, x: e.clientX, y: e.clientY, start: { x: index.boxes.get(id)!.x, y: index.boxes.get(id)!.y }, moved: false, additive };
    };
    const onMove = (e: PointerEvent): void => {
      if (!press) {
        el.style.cursor = e.buttons === 0 && pick(e) ? 'pointer' : '';
        return;
      }
      if (e.pointerId !== press.pointer) return;
      e.stopPropagation();
      const dx = e.clientX - press.x;
      const dy = e.clientY - press.y;
      if (!press.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return;
      if (appStore().getState().readOnly) return;
      press.moved = true;
      const zoom = flow.getZoom();
      setOverviewMoves(new Map([[press.id, droppedAt(press.start, { x: dx / zoom, y: dy / zoom })]]));
    };
    const onUp = (e: PointerEvent): void => {
      if (!press || e.pointerId !== press.pointer) return;
      e.stopPropagation();
      const { id, moved, start, additive } = press;
      press = null;
      swallowClick = true;
      setTimeout(() => (swallowClick = false));
      const s = appStore().getState();
      const to = overviewMoves()?.get(id);
      // The design first, then the preview cleared: no frame shows the box back where it was.
      if (moved && to && (to.x !== start.x || to.y !== start.y)) s.moveNodes(new Map([[id, to]]));
      setOverviewMoves(null);
      const { nodes, links } = s.selection;
      // Shift, Ctrl or Cmd: a click adds the node to the selection or takes it out; a drag adds it.
      if (additive) s.select({ nodes: nodes.includes(id) && !moved ? nodes.filter((n) => n !== id) : [...new Set([...nodes, id])], links });
      else if (nodes.length !== 1 || nodes[0] !== id) s.select({ nodes: [id], links: [] });
    };
    const onCancel = (e: PointerEvent): void => {
      if (!press || e.pointerId !== press.pointer) return;
      press = null;
      setOverviewMoves(null);
    };
    const onClick = (e: MouseEvent): void => {
      if (!swallowClick) return;
      swallowClick = false;
      e.stopPropagation();
    };
    const onContextMenu = (e: MouseEvent): void => {
      const id = pick(e);
      if (!id) return;
      e.preventDefault();
      e.stopPropagation();
      const node = design.nodes.find((n) => n.id === id);
      openFailureMenu({ nodeId: id, x: e.clientX, y: e.clientY, label: node?.label ?? id });
    };
    // Capture phase: ahead of React Flow's own handlers on the pane.
    const handlers = { pointerdown: onDown, pointermove: onMove, pointerup: onUp, pointercancel: onCancel, contextmenu: onContextMenu, click: onClick } as const;
    const capture = { capture: true };
    for (const [type, handler] of Object.entries(handlers)) el.addEventListener(type, handler as EventListener, capture);
    return () => {
      for (const [type, handler] of Object.entries(handlers)) el.removeEventListener(type, handler as EventListener, capture);
      el.style.cursor = '';
      setOverviewMoves(null);
    };
  }, [wrapper, flow, active, design, catalog]);
}
