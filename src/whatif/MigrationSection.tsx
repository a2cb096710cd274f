// VM migration time per mode, from the live results, with each mode's caveat and what lifts it today.
import { catalogFor, MIGRATION_ASSUMPTION, MIGRATION_NOTES } from '../catalog';
import { MODE_SHORT } from '../domain';
import { migrationEstimates } from '../sim';
import { useApp } from '../store';

const time = (s: number | null): string => (s === null ? 'no path' : s < 1 ? `${(s * 1000).toFixed(0)} ms` : s < 120 ? `${s.toFixed(1)} s` : `${(s / 60).toFixed(1)} min`);
const gbps = (g: number): string => (g >= 10 ? g.toFixed(1) : g.toFixed(2));

export function MigrationSection() {
  const design = useApp((s) => s.design);
  const result = useApp((s) => s.sim.result);
  if (!result || result.modes.length === 0) return null;
  const catalog = catalogFor(design);
  const rows = result.modes.flatMap((m) => migrationEstimates(design, catalog, m));
  if (rows.length === 0) return null;
  const groups = new Set(rows.map((r) => r.nodeId)).size;
  return (
    <section aria-label="VM migration time">
      <h2>VM migration time</h2>
      <table className="wi-table" aria-label="Migration time per mode">
        <thead>
          <tr>
            <th scope="col">Mode</th>
            {groups > 1 && <th scope="col">Servers</th>}
            <th scope="col">Per VM</th>
            <th scope="col">Gb/s</th>
            <th scope="col">Live?</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.mode}|${r.nodeId}`} title={r.path}>
              <th scope="row">{MODE_SHORT[r.mode]}</th>
              {groups > 1 && <td>{r.label}</td>}
              <td>
                {time(r.seconds)} <span className="wi-muted">({r.memoryGb} GB)</span>
              </td>
              <td>{gbps(r.gbps)}</td>
              <td className={r.live ? undefined : 'is-bad'}>
                {r.live ? 'live' : 'restart'}
                {r.fallback && <span className="wi-muted"> (software fallback)</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="wi-notes">
        {result.modes.map((m) => {
          const note = MIGRATION_NOTES[m.mode];
          return (
            <li key={m.mode}>
              <strong>{MODE_SHORT[m.mode]}:</strong> {note.caveat} <span className="wi-muted">Source: {note.source}.</span>
              {note.modern.length > 0 && (
                <ul>
                  {note.modern.map((x) => (
                    <li key={x.what}>
                      Today: {x.what}. <span className="wi-muted">Source: {x.source}.</span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      <p className="wi-muted">{MIGRATION_ASSUMPTION}</p>
    </section>
  );
}
