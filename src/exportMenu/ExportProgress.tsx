import { useEffect, useState } from 'react';
import { useExportRun } from './exportRun';

/** Shown once an export takes longer than a moment: what it is doing, and a way to stop it. */
const SHOW_AFTER_MS = 300;

export function ExportProgress() {
  const run = useExportRun();
  const [shownFor, setShownFor] = useState<number | null>(null);
  const runId = run?.id;
  const startedAt = run?.startedAt;
  useEffect(() => {
    if (runId === undefined || startedAt === undefined) return;
    const t = setTimeout(() => setShownFor(runId), Math.max(0, SHOW_AFTER_MS - (performance.now() - startedAt)));
    return () => clearTimeout(t);
  }, [runId, startedAt]);
  if (!run || shownFor !== run.id) return null;
  return (
    <div className="export-progress" role="status" aria-label={`Exporting the ${run.what}`}>
      <span className="export-spinner" aria-hidden="true" />
      <span className="export-progress__text">
        Exporting the {run.what}… <span className="export-progress__stage">{run.stage}</span>
      </span>
      <button type="button" onClick={run.cancel}>
        Cancel
      </button>
    </div>
  );
}
