// The one way the app opens a design it did not have a moment ago (a template, the sizing
// wizard, a file, a share link's "Save a copy"): it becomes a new entry in the designs library
// and opens here; the design open until now is saved first and stays in the library. Nothing
// is ever replaced, so no confirmation is needed.
import type { Design } from '../domain';
import type { DesignSource } from '../io';
import { appStore, type DesignSession, type OpenResult } from '../store';

let session: DesignSession | null = null;

/** start.tsx hands over the tab's session once the library is open. */
export function setOpeningSession(s: DesignSession | null): void {
  session = s;
}

export const currentSession = (): DesignSession | null => session;

export interface OpenOptions {
  /** How the design came in (shown in the library); default: a template if it names one, else "empty". */
  source?: DesignSource;
}

export async function openNewDesign(design: Design, options: OpenOptions = {}): Promise<OpenResult> {
  const store = appStore();
  const source = options.source ?? (design.templateId ? 'template' : 'empty');
  if (!session) {
    // No library in this browser (storage blocked): open it, unsaved, as before.
    store.getState().setReadOnly(false);
    store.getState().loadDesign(design);
    store.temporal.getState().clear();
    return { ok: false, message: 'Designs cannot be stored in this browser; save your work to a file.' };
  }
  const result = await session.openNew(design, { source });
  if (!result.ok) store.getState().showProblem({ title: `Could not open “${design.name}”`, message: result.message, details: [] });
  return result;
}
