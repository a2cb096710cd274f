// Progress travels beside Comlink's own messages, as plain posts Comlink ignores (they carry no
// Comlink id). A worker busy in a long synchronous run can still post them: they queue on the
// page's side and tell the watchdog that the run is alive.
import type { SimProgress } from '../sim';

export interface ProgressMessage {
  iovProgress: SimProgress;
}

export function isProgressMessage(data: unknown): data is ProgressMessage {
  return typeof data === 'object' && data !== null && 'iovProgress' in data;
}
