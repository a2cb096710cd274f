import type { JobState } from './useJob';

/**
 * A running job's progress ("12 of 40 failures…", or "Starting…" until a worker answers) with
 * Cancel; its failure, with Retry (a new job on fresh workers), when it failed.
 */
export function JobProgress<T>({ state, onCancel, onRetry, label, unit }: { state: JobState<T>; onCancel(): void; onRetry?(): void; label: string; unit: string }) {
  if (state.status === 'error') {
    return (
      <>
        <span className="wi-progress" role="alert">
          Failed: {state.error}
        </span>
        {onRetry && (
          <button type="button" onClick={onRetry}>
            Retry
          </button>
        )}
      </>
    );
  }
  if (state.status !== 'running') return null;
  return (
    <>
      <span className="wi-progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={state.total} aria-valuenow={state.done} aria-valuetext={state.starting ? 'Starting' : undefined}>
        {state.starting ? 'Starting…' : `${state.done} of ${state.total} ${unit}…`}
      </span>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </>
  );
}
