import { useEffect, useId, useRef } from 'react';
import { useApp } from '../store';
import { saveDesignToFile } from './files';
import { Modal } from '../ui';

/** A file or link that could not be opened (or shared): what is wrong, where, and what to do instead. */
export function ProblemDialog() {
  const problem = useApp((s) => s.problem);
  const close = useApp((s) => s.showProblem);
  const titleId = useId();
  const okRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (problem) okRef.current?.focus();
  }, [problem]);
  if (!problem) return null;
  const dismiss = (): void => close(null);
  return (
    <Modal role="alertdialog" className="dialog-wide" labelledBy={titleId} onDismiss={dismiss}>
      <h2 id={titleId}>{problem.title}</h2>
      <div className="dialog-body">
        <p>{problem.message}</p>
        {problem.details.length > 0 && (
          <ul className="dialog-details" aria-label="Details">
            {problem.details.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        )}
      </div>
      <div className="dialog-actions">
        {problem.action === 'save-file' && (
          <button
            type="button"
            onClick={() => {
              dismiss();
              saveDesignToFile();
            }}
          >
            Save to file
          </button>
        )}
        <button type="button" className="primary" ref={okRef} onClick={dismiss}>
          OK
        </button>
      </div>
    </Modal>
  );
}
