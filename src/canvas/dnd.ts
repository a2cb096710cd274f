// HTML5 drag-and-drop payloads between the palette, adapter rows and the canvas. During dragover
// only the types are readable, so the kind travels as a type of its own.
import type { PartKind } from '../domain';

export const PART_MIME = 'application/x-iov-part';
export const ADAPTER_MIME = 'application/x-iov-adapter';
const KIND_PREFIX = 'application/x-iov-kind-';

export function startPartDrag(dt: DataTransfer, partId: string, kind: PartKind, name: string): void {
  dt.setData(PART_MIME, partId);
  dt.setData(KIND_PREFIX + kind, '');
  dt.setData('text/plain', name);
  dt.effectAllowed = 'copy';
}

export interface AdapterDrag {
  nodeId: string;
  adapterId: string;
}

export function startAdapterDrag(dt: DataTransfer, drag: AdapterDrag, name: string): void {
  dt.setData(ADAPTER_MIME, JSON.stringify(drag));
  dt.setData('text/plain', name);
  dt.effectAllowed = 'move';
}

export const hasType = (dt: DataTransfer, type: string): boolean => Array.from(dt.types).includes(type);

/** Dragging something a server takes: an adapter from the palette, or an installed adapter. */
export const isAdapterDrag = (dt: DataTransfer): boolean => hasType(dt, ADAPTER_MIME) || hasType(dt, `${KIND_PREFIX}adapter`);

export function readAdapterDrag(dt: DataTransfer): AdapterDrag | null {
  const raw = dt.getData(ADAPTER_MIME);
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as unknown;
    if (v && typeof v === 'object' && typeof (v as AdapterDrag).nodeId === 'string' && typeof (v as AdapterDrag).adapterId === 'string') return v as AdapterDrag;
  } catch {
    // not ours
  }
  return null;
}
