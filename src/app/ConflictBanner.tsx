import { useApp } from '../store';

/** Two tabs edited the same design: nothing is overwritten until the user chooses. */
export function ConflictBanner({ onKeepMine, onLoadTheirs }: { onKeepMine(): void; onLoadTheirs(): void }) {
  const conflict = useApp((s) => s.persist.conflict);
  if (!conflict) return null;
  return (
    <div className="banner" role="alert">
      Another tab saved changes to this design while you were editing here. Autosave is paused.
      <button type="button" onClick={onKeepMine}>Keep mine</button>
      <button type="button" onClick={onLoadTheirs}>Load theirs</button>
    </div>
  );
}
