import { TRANSPORT_LABEL, type Design, type ModeResult } from '../domain';

/** One server group's storage traffic to one array: the block transport it uses in each mode. */
export interface SanTransportRow {
  id: string;
  /** "Servers" → "Array". */
  label: string;
  /** Per mode (in the order given): the transport's name, several joined, or null where none carries it. */
  transports: (string | null)[];
}


/**
 * docs/model.md §14: which transport each server group's storage flows use to each array, one row
 * per (group, array) and a column per mode — the results panel, the CLI and the PDF read the same rows.
 */
export function sanTransportRows(design: Pick<Design, 'nodes'>, modes: readonly ModeResult[]): SanTransportRow[] {
  const rows = new Map<string, SanTransportRow>();
  // One lookup table: a find per row was quadratic (4,700 groups of a 5,000-node design: 150 ms).
  const labels = new Map(design.nodes.map((n) => [n.id, n.label]));
  const labelOf = (id: string): string => labels.get(id) ?? id;
  modes.forEach((m, i) => {
    for (const u of m.sanTransports ?? []) {
      const id = `${u.nodeId}/${u.storageNodeId}`;
      let row = rows.get(id);
      if (!row) {
        row = { id, label: `"${labelOf(u.nodeId)}" → "${labelOf(u.storageNodeId)}"`, transports: modes.map(() => null) };
        rows.set(id, row);
      }
      const name = TRANSPORT_LABEL[u.transport];
      const had = row.transports[i];
      row.transports[i] = had && !had.split(', ').includes(name) ? `${had}, ${name}` : name;
    }
  });
  return [...rows.values()];
}
