// The one way the app opens a design it did not have a moment ago (a template, the sizing
// wizard, a file): every entry point calls this, so how a new design is kept is decided once.
import type { Design } from '../domain';
import { appStore } from '../store';

export function openNewDesign(design: Design): void {
  const store = appStore();
  store.getState().loadDesign(design);
  // A new design starts a new history: undo should not walk back into the previous one.
  store.temporal.getState().clear();
}
