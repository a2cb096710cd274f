import { useApp, type DesignSession } from '../store';

/**
 * Two tabs saved the same design at once and this tab's save came second: nothing was
 * overwritten; this tab's version was kept as a copy in the library and is what is open here.
 */
export function ConflictBanner({ session }: { session: DesignSession | null }) {
  const conflict = useApp((s) => s.persist.conflict);
  const setPersist = useApp((s) => s.setPersist);
  if (!conflict) return null;
  return (
    <div className="banner" role="alert">
      <span>
        {conflict.deleted ? `“${conflict.originalName}” was deleted in another tab` : `Another tab saved changes to “${conflict.originalName}” at the same time`}. Your version was kept as{' '}
        <strong>“{conflict.copyName}”</strong> in Designs and is open here; nothing was overwritten.
      </span>
      {!conflict.deleted && session && (
        <button type="button" onClick={() => void session.open(conflict.originalId)}>
          Open the other version
        </button>
      )}
      <button type="button" onClick={() => setPersist({ conflict: null })}>
        Dismiss
      </button>
    </div>
  );
}
