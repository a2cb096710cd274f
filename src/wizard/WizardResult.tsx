// What the wizard would build: switch counts per fabric, the services, and why these counts.
import { DEFAULT_CATALOG } from '../catalog';
import { MODE_LABEL } from '../domain';
import type { SizingOutcome } from '../scenarios';

const n = (x: number): string => x.toLocaleString('en-US');
const partName = (id: string): string => DEFAULT_CATALOG.byId.get(id)?.name ?? id;

export function WizardResult({ outcome, stale, invalid }: { outcome: SizingOutcome | null; stale: boolean; invalid: boolean }) {
  if (invalid || !outcome) {
    return (
      <section className="wz-result" aria-label="Sized design" aria-live="polite">
        <p className="wz-empty">Fill in every field with a number to see the design.</p>
      </section>
    );
  }
  if (!outcome.ok) {
    return (
      <section className="wz-result" aria-label="Sized design" aria-live="polite">
        <p className="wz-problem" role="alert">
          Cannot size this design: {outcome.error}
        </p>
      </section>
    );
  }
  const r = outcome.result;
  const servers = r.design.nodes.filter((x) => x.adapters).reduce((s, x) => s + x.count, 0);
  return (
    <section className={stale ? 'wz-result is-stale' : 'wz-result'} aria-label="Sized design" aria-live="polite">
      <h3>{r.design.name}</h3>
      <p className="wz-mode">Host side sized for {MODE_LABEL[r.mode]} IOV.</p>
      <table className="wz-counts" aria-label="Switch counts">
        <thead>
          <tr>
            <th scope="col">Fabric</th>
            <th scope="col">Tiers</th>
            <th scope="col">Leaves</th>
            <th scope="col">Border</th>
            <th scope="col">Spines</th>
            <th scope="col">Aggregation</th>
            <th scope="col">Cores</th>
            <th scope="col">Switches</th>
          </tr>
        </thead>
        <tbody>
          {r.fabrics.map((f) => (
            <tr key={f.profile.id}>
              <th scope="row" title={f.switchPart.name}>
                {f.profile.name} <small>{f.switchPart.ports}-port</small>
              </th>
              <td>{f.tree.tiers}</td>
              <td>{n(f.counts.leaves)}</td>
              <td>{n(f.counts.border)}</td>
              <td>{f.counts.spines ? n(f.counts.spines) : '—'}</td>
              <td>{f.counts.aggregation ? n(f.counts.aggregation) : '—'}</td>
              <td>{f.counts.cores ? n(f.counts.cores) : '—'}</td>
              <td>
                <strong>{n(f.counts.total)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="wz-facts">
        <li>
          <strong>{n(servers)}</strong> servers ({partName(r.design.nodes.find((x) => x.adapters)!.partId)})
        </li>
        {r.fabrics.map((f) => (
          <li key={`host-${f.profile.id}`}>
            <strong>
              {f.host.adapters} × {partName(f.host.adapterPartId)}
            </strong>{' '}
            per server, {f.host.ports} port{f.host.ports === 1 ? '' : 's'} cabled each
          </li>
        ))}
        {r.fabrics.flatMap((f) =>
          f.services.map((g) => (
            <li key={`${f.profile.id}-${g.key}`}>
              <strong>
                {n(g.members)} × {partName(g.partId)}
              </strong>
              {g.beyond ? `, to ${n(g.beyond.members)} × ${partName(g.beyond.partId)}` : g.key === 'lan' ? `, ${n(g.fabricPorts)} uplink ports` : ''}
            </li>
          )),
        )}
      </ul>
      {r.warnings.length > 0 && (
        <div className="wz-warnings" role="status">
          {r.warnings.map((w) => (
            <p key={w}>{w}</p>
          ))}
        </div>
      )}
      <details className="wz-why" open>
        <summary>Why these counts</summary>
        <ul>
          {r.notes.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
