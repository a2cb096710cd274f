// The whitepaper's Table 3 regenerated from A and B, per IOV mode, beside the whitepaper's own
// figures; where the whitepaper's table disagrees with its own text, a note says so.
import { SEED_TABLE3, SEED_TABLE3_NOTES, table3, table3FallbackNote } from '../analysis';
import { IOV_MODES, MODE_SHORT, type SimulationResult } from '../domain';

export function Table3Section({ a, b }: { a: SimulationResult; b: SimulationResult }) {
  const modes = IOV_MODES.filter((m) => a.modes.some((x) => x.mode === m) && b.modes.some((x) => x.mode === m));
  const tables = modes.map((m) => table3(a.modes.find((x) => x.mode === m)!, b.modes.find((x) => x.mode === m)!));
  const first = tables[0];
  if (!first) return null;
  const notes = first.filter((r) => SEED_TABLE3_NOTES[r.id]);
  // A column where adapters fall back: its figures are the fallback mode's, said under the table.
  const fallbackNotes = modes.map((m) => table3FallbackNote(a.modes.find((x) => x.mode === m)!, b.modes.find((x) => x.mode === m)!));
  return (
    <section className="cmp-card" aria-labelledby="cmp-t3">
      <h2 id="cmp-t3">Table 3 regenerated: B against A</h2>
      <p className="cmp-hint">The whitepaper’s summary table (InfiniBand + CIOV against GigE + FC), measured on these two designs. The whitepaper’s own figures are in grey.</p>
      <div className="cmp-scroll">
        <table className="cmp-table cmp-t3" aria-label="Table 3 regenerated">
          <thead>
            <tr>
              <th scope="col" className="cmp-metric">B against A</th>
              {modes.map((m, k) => (
                <th key={m} scope="col">
                  {MODE_SHORT[m]} IOV
                  {fallbackNotes[k] ? <sup title="Adapters fall back to another mode: see the note under the table"> †</sup> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {first.map((r, i) => {
              const seed = SEED_TABLE3[r.id];
              return (
                <tr key={r.id} data-row={r.id}>
                  <th scope="row">
                    {r.label}
                    {SEED_TABLE3_NOTES[r.id] ? <sup aria-hidden="true"> *</sup> : null}
                  </th>
                  {modes.map((m, k) => {
                    const whitepaper = m === 'software' || m === 'native' ? seed?.[m] : undefined;
                    return (
                      <td key={m}>
                        <span className="cmp-t3-ours">{tables[k]![i]!.text}</span>
                        {whitepaper ? <span className="cmp-t3-seed">whitepaper: {whitepaper}</span> : null}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {notes.map((r) => (
        <p key={r.id} className="cmp-note" role="note">
          * {r.label}: {SEED_TABLE3_NOTES[r.id]}
        </p>
      ))}
      {fallbackNotes.map((n, k) =>
        n ? (
          <p key={modes[k]} className="cmp-note" role="note" aria-label={`Fallbacks in ${MODE_SHORT[modes[k]!]} IOV`}>
            † {n}
          </p>
        ) : null,
      )}
      <p className="cmp-hint">The whitepaper has no pass-through column; its mode sections describe it.</p>
    </section>
  );
}
