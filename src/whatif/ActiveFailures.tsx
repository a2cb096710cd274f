// The failures set now, and what they do against the intact design ("256 VMs lost LAN and SAN;
// server-to-server −12%"), computed on a what-if worker for the design's mode.
import { useEffect, useState } from 'react';
import { catalogFor } from '../catalog';
import { failureKey, MODE_SHORT, type FailureImpact } from '../domain';
import { failureLabel, impactSummary } from '../sim';
import { appStore, useApp } from '../store';
import { runImpacts } from './jobs';
import { useJob } from './useJob';

export function ActiveFailures() {
  const design = useApp((s) => s.design);
  const failures = design.failures;
  const mode = design.settings.mode;
  const job = useJob<FailureImpact>();
  const { start, reset } = job;
  // Retry after a failure: the same comparison as a new job, on fresh workers.
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!failures?.length) {
      reset();
      return;
    }
    // One set: all the failures at once, compared with the intact design.
    const timer = setTimeout(() => start(1, (signal, onChunk, onStarted) => runImpacts(design, mode, [failures], { signal, onStarted, onChunk: (r, d) => onChunk(r, d) })), 150);
    return () => clearTimeout(timer);
  }, [design, failures, mode, start, reset, attempt]);

  if (!failures?.length) {
    return (
      <section className="wi-summary" aria-label="Failed parts">
        <p>
          <strong>Nothing failed.</strong> Right-click a switch, gateway, storage, server or cable on the canvas (or use the Inspector) to fail it and see what the VMs lose.
        </p>
      </section>
    );
  }
  const catalog = catalogFor(design);
  const impact = job.state.status === 'done' ? job.state.results[0] : undefined;
  return (
    <section className={`wi-summary${impact ? (impact.vmsAffected > 0 ? ' is-bad' : ' is-good') : ''}`} aria-label="Failed parts">
      <h2>
        {failures.length} failed part{failures.length === 1 ? '' : 's'} · {MODE_SHORT[mode]} IOV
      </h2>
      <ul className="wi-failed-list">
        {failures.map((f) => (
          <li key={failureKey(f)}>
            {failureLabel(design, catalog, f)}{' '}
            <button type="button" className="wi-link" onClick={() => appStore().getState().setFailed(f, false)} aria-label={`Restore ${failureLabel(design, catalog, f)}`}>
              restore
            </button>
          </li>
        ))}
      </ul>
      <p role="status" aria-label="Against the intact design">
        {impact ? (
          <>
            <strong>Against the intact design:</strong> {impactSummary(impact)}.
            {impact.newBottlenecks.length > 0 && <> New bottleneck: {impact.newBottlenecks.join('; ')}.</>}
          </>
        ) : job.state.status === 'error' ? (
          <>
            Could not compare: {job.state.error}{' '}
            <button type="button" className="wi-link" onClick={() => setAttempt((n) => n + 1)}>
              Retry
            </button>
          </>
        ) : (
          'Comparing with the intact design…'
        )}
      </p>
      <div className="wi-row">
        <button type="button" onClick={() => appStore().getState().restoreAll()}>
          Restore all
        </button>
      </div>
    </section>
  );
}
