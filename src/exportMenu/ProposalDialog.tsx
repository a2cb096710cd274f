import { useState } from 'react';
import { baselineChoices } from './baselines';
import { Dialog } from './Dialog';
import { exportDesign } from './exportActions';

const PREPARED_BY_KEY = 'iov-prepared-by';

/** The proposal's title-page fields and an optional baseline to compare against. */
export function ProposalDialog({ onClose }: { onClose(): void }) {
  const [choices] = useState(baselineChoices);
  const [preparedFor, setPreparedFor] = useState('');
  const [preparedBy, setPreparedBy] = useState(() => localStorage.getItem(PREPARED_BY_KEY) ?? '');
  const [baseline, setBaseline] = useState('');
  const groups = [...new Set(choices.map((c) => c.group))];
  const submit = (): void => {
    localStorage.setItem(PREPARED_BY_KEY, preparedBy.trim());
    onClose();
    void exportDesign('pdf', { preparedFor: preparedFor.trim(), preparedBy: preparedBy.trim(), baseline: choices.find((c) => c.id === baseline) ?? null });
  };
  return (
    <Dialog title="PDF proposal" submitLabel="Create PDF" onSubmit={submit} onCancel={onClose}>
      <p className="export-hint">Title page, the diagram, bill of materials, results in each IOV mode, charts and the assumptions behind the numbers.</p>
      <label className="export-field">
        Prepared for
        <input value={preparedFor} maxLength={120} placeholder="Customer or project" onChange={(e) => setPreparedFor(e.target.value)} />
      </label>
      <label className="export-field">
        Prepared by
        <input value={preparedBy} maxLength={120} placeholder="Your name and company" onChange={(e) => setPreparedBy(e.target.value)} />
      </label>
      <label className="export-field">
        Compare with a baseline
        <select value={baseline} onChange={(e) => setBaseline(e.target.value)}>
          <option value="">No comparison</option>
          {groups.map((g) => (
            <optgroup key={g} label={g}>
              {choices
                .filter((c) => c.group === g)
                .map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </label>
    </Dialog>
  );
}
