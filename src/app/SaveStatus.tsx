import { useApp } from '../store';

const TEXT = { loading: 'Loading…', saved: 'Saved', saving: 'Saving…', error: 'Autosave failed' } as const;

export function SaveStatus() {
  const persist = useApp((s) => s.persist);
  const readOnly = useApp((s) => s.readOnly);
  if (readOnly) {
    return (
      <span className="save-status save-shared" title="A shared design is not stored until you save a copy" aria-label="Autosave: off for a shared design">
        <span className="dot" aria-hidden="true" />
        Not saved
      </span>
    );
  }
  const title = persist.error ?? (persist.savedAt ? `Saved in this browser at ${new Date(persist.savedAt).toLocaleTimeString()}` : 'Autosaved in this browser');
  return (
    <span className={`save-status save-${persist.status}`} title={title} aria-label={`Autosave: ${TEXT[persist.status]}`}>
      <span className="dot" aria-hidden="true" />
      {TEXT[persist.status]}
    </span>
  );
}
