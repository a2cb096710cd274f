// A two-column table of labelled values: row headers are <th scope="row"> so a row is found by
// its label (getByRole('row', { name: /Capex/ })).
import type { ReactNode } from 'react';

export interface KvRow {
  label: string;
  value: ReactNode;
  tone?: 'ok' | 'warning' | 'danger' | 'strong';
}

export function KvTable({ label, rows }: { label: string; rows: readonly KvRow[] }) {
  return (
    <table className="pn-table pn-kv" aria-label={label}>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label} className={r.tone ? `pn-tone-${r.tone}` : undefined}>
            <th scope="row">{r.label}</th>
            <td className="pn-num">{r.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
