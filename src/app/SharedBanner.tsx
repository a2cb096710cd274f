import { appStore, useApp, type DesignSession } from '../store';
import { openNewDesign } from './openDesign';

/** A design opened from a share link: shown read-only until the user keeps a copy of it. */
export function SharedBanner({ session }: { session: DesignSession | null }) {
  const readOnly = useApp((s) => s.readOnly);
  const name = useApp((s) => s.design.name);
  if (!readOnly) return null;
  const saveCopy = (): void => void openNewDesign(appStore().getState().design, { source: 'link' });
  return (
    <div className="banner banner-shared" role="region" aria-label="Shared design">
      <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
        <path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <span>
        <strong>Shared design, read-only.</strong> “{name}” came with a link and is not in your Designs yet. Results are computed here.
      </span>
      <button type="button" className="primary" onClick={saveCopy}>
        Save a copy
      </button>
      {session && (
        <button type="button" title="Back to your own designs" onClick={() => void session.leaveShared()}>
          Close
        </button>
      )}
    </div>
  );
}
