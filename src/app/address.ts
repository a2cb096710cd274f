// The address says what this tab shows: `#design=<id>` (a design of the library; reload keeps
// it, and two tabs can hold two designs) or `#share=…` (a shared design, read-only). Edits to
// the address (a pasted share link, back/forward) are followed.
import { decodeShareFragment, importProblems, isShareFragment } from '../io';
import type { AppStore, DesignSession } from '../store';

const DESIGN_PREFIX = '#design=';

export function designIdFromHash(hash: string): string | null {
  if (!hash.startsWith(DESIGN_PREFIX)) return null;
  const id = decodeURIComponent(hash.slice(DESIGN_PREFIX.length));
  return /^[\w-]{1,80}$/.test(id) ? id : null;
}

export function followAddress(store: AppStore, session: DesignSession | null): void {
  const show = (designId: string | null): void => {
    if (designId && location.hash !== `${DESIGN_PREFIX}${designId}`) history.replaceState(null, '', `${DESIGN_PREFIX}${designId}`);
  };
  show(store.getState().persist.designId);
  store.subscribe((s, prev) => {
    if (s.persist.designId !== prev.persist.designId) show(s.persist.designId);
  });
  addEventListener('hashchange', () => {
    if (!session) return;
    if (isShareFragment(location.hash)) {
      const decoded = decodeShareFragment(location.hash);
      if (decoded.ok) void session.viewShared(decoded.design);
      else store.getState().showProblem({ title: 'This share link could not be opened', message: decoded.error.message, details: importProblems(decoded.error).map((i) => `${i.path}: ${i.message}`) });
      return;
    }
    const id = designIdFromHash(location.hash);
    if (id && id !== session.currentId()) {
      void session.open(id).then((r) => {
        if (!r.ok) store.getState().showProblem({ title: 'That design could not be opened', message: r.message, details: [] });
      });
    }
  });
}
