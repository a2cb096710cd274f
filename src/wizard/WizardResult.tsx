// What the wizard would build: switch counts per fabric (and which switch in each tier), the
// services, and why these counts.
import { DEFAULT_CATALOG } from '../catalog';
import { MODE_LABEL } from '../domain';
import { serviceTotals, switchesByPart, type FabricReport, type SizingOutcome } from '../scenarios';

const n = (x: number): string => x.toLocaleString('en-US');
const partName = (id: string): string => DEFAULT_CATALOG.byId.get(id)?.name ?? id;

/** The part of each tier: leaves, spines, aggregation, cores (a one-switch fabric: its switch). */
function tierParts(f: FabricReport): { leaf: string; spine?: string; aggregation?: string; core?: string } {
  const t = f.tree;
  if (t.tiers === 1) return { leaf: t.part.name };
  if (t.tiers === 2) return { leaf: t.leaf.name, spine: t.spine.name };
  return { leaf: t.leaf.name, aggregation: t.aggregation.name, core: t.core.name };
}

/** The fabric's switches, one entry per part (leaves first). */
function partCounts(f: FabricReport): Array<{ id: string; name: string; ports: number; count: number }> {
  const out: Array<{ id: string; name: string; ports: number; count: number }> = [];
  for (const [p, k] of switchesByPart(f.tree)) {
    const seen = out.find((x) => x.id === p.id);
    if (seen) seen.count += k;
    else out.push({ id: p.id, name: p.name, ports: p.ports, count: k });
  }
  return out;
}

/** "24 + 288-port": the port counts of the fabric's switches, leaves first. */
const portsText = (f: FabricReport): string => `${partCounts(f).map((p) => p.ports).join(' + ')}-port`;

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
          {r.fabrics.map((f) => {
            const parts = tierParts(f);
            return (
              <tr key={f.profile.id}>
                <th scope="row" title={partCounts(f).map((p) => `${n(p.count)} × ${p.name}`).join(', ')}>
                  {f.profile.name} <small>{portsText(f)}</small>
                </th>
                <td>{f.tree.tiers}</td>
                <td title={parts.leaf}>{n(f.counts.leaves)}</td>
                <td title={parts.leaf}>{n(f.counts.border)}</td>
                <td title={parts.spine}>{f.counts.spines ? n(f.counts.spines) : '—'}</td>
                <td title={parts.aggregation}>{f.counts.aggregation ? n(f.counts.aggregation) : '—'}</td>
                <td title={parts.core}>{f.counts.cores ? n(f.counts.cores) : '—'}</td>
                <td>
                  <strong>{n(f.counts.total)}</strong>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ul className="wz-facts">
        <li>
          <strong>{n(servers)}</strong> server{servers === 1 ? '' : 's'} ({partName(r.design.nodes.find((x) => x.adapters)!.partId)})
        </li>
        {r.fabrics.map((f) => (
          <li key={`host-${f.profile.id}`}>
            <strong>
              {f.host.adapters} × {partName(f.host.adapterPartId)}
            </strong>{' '}
            per server, {f.host.ports} port{f.host.ports === 1 ? '' : 's'} cabled each
          </li>
        ))}
        {r.fabrics.map((f) => (
          <li key={`switches-${f.profile.id}`}>
            {partCounts(f).map((p, i) => (
              <span key={p.id}>
                {i > 0 && ', '}
                <strong>
                  {n(p.count)} × {p.name}
                </strong>
              </span>
            ))}
            : {f.plan.options === 1 ? 'the only way' : `the cheapest (price plus energy) of ${n(f.plan.options)} ways`} to build the {f.profile.name} fabric from the catalog
          </li>
        ))}
        {r.fabrics.flatMap((f) =>
          serviceTotals(f, DEFAULT_CATALOG).map((g) => (
            <li key={`${f.profile.id}-${g.key}`}>
              <strong>
                {n(g.members)} × {partName(g.partId)}
              </strong>
              {g.beyond ? `, to ${n(g.beyond.members)} × ${partName(g.beyond.partId)}` : g.key === 'lan' ? `, ${n(g.ports)} uplink ports` : ''}
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
