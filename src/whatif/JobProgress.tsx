import type { JobState } from './useJob';

/** A running job's progress ("12 of 40 failures…") with Cancel, and its failure when it failed. */
export function JobProgress<T>({ state, onCancel, label, unit }: { state: JobState<T>; onCancel(): void; label: string; unit: string }) {
  if (state.status === 'error') return <span className="wi-progress">Failed: {state.error}</span>;
  if (state.status !== 'running') return null;
  return (
    <>
      <span className="wi-progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={state.total} aria-valuenow={state.done}>
        {state.done} of {state.total} {unit}…
      </span>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </>
  );
}
