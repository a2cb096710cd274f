// Which server an adapter is being dragged over: a tiny store of its own so only the two
// servers whose highlight changes re-render.
import { create } from 'zustand';

interface DropTargetState {
  nodeId: string | null;
}

export const useDropTarget = create<DropTargetState>(() => ({ nodeId: null }));

export function setDropTarget(nodeId: string | null): void {
  if (useDropTarget.getState().nodeId !== nodeId) useDropTarget.setState({ nodeId });
}
