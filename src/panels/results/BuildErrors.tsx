// "Not buildable as drawn": the error findings (port or slot overflow, protocol mismatch, flows
// with no path) listed above the figures, so no total reads as a quote for something impossible.
import { buildErrors } from '../../analysis';
import type { ModeResult, SimulationResult } from '../../domain';
import { SeverityIcon } from '../bits';

export function BuildErrors({ result, mode }: { result: SimulationResult; mode: ModeResult }) {
  const errors = buildErrors(result, mode);
  if (!errors.length) return null;
  return (
    <div role="alert" className="pn-alert" aria-label="Not buildable as drawn">
      <SeverityIcon severity="error" size={16} />
      <div>
        <p className="pn-alert-title">
          Not buildable as drawn: {errors.length} {errors.length === 1 ? 'error' : 'errors'}
        </p>
        <ul className="pn-alert-list">
          {errors.slice(0, 5).map((e) => (
            <li key={e.message}>{e.message}</li>
          ))}
          {errors.length > 5 ? <li>and {errors.length - 5} more (see Findings)</li> : null}
        </ul>
        <p className="pn-muted">The figures below are for the design as drawn, as if it could be built: fix these first.</p>
      </div>
    </div>
  );
}
