// The export in progress, if any: one at a time, shown by ExportProgress, cancellable. A tiny
// external store (read with useSyncExternalStore): it is UI state, not part of the design.
import { useSyncExternalStore } from 'react';

export interface ExportRun {
  id: number;
  /** "PDF proposal" */
  what: string;
  stage: string;
  startedAt: number;
  cancel(): void;
}

let current: ExportRun | null = null;
const listeners = new Set<() => void>();
const emit = (): void => listeners.forEach((l) => l());

export const getExportRun = (): ExportRun | null => current;

export function setExportRun(run: ExportRun | null): void {
  current = run;
  emit();
}

export function setExportStage(id: number, stage: string): void {
  if (current?.id !== id || current.stage === stage) return;
  current = { ...current, stage };
  emit();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export const useExportRun = (): ExportRun | null => useSyncExternalStore(subscribe, getExportRun);
