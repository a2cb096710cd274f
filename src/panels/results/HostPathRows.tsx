// The host-path table's header and rows, shared by the results panel (every adapter) and the
// adapter inspector (one adapter).
import { TRANSPORT_LABEL, type HostPathEntry } from '../../domain';
import { gbps } from '../../ui';

export function HostPathHead() {
  return (
    <thead>
      <tr>
        <th scope="col">Transport</th>
        <th scope="col" className="pn-num">Capacity</th>
        <th scope="col">Limited by</th>
      </tr>
    </thead>
  );
}

export function HostPathRows({ entries, strong = false }: { entries: readonly HostPathEntry[]; strong?: boolean }) {
  return entries.map((h) => (
    <tr key={h.transport}>
      <th scope="row">{TRANSPORT_LABEL[h.transport]}</th>
      <td className={strong ? 'pn-num pn-strong' : 'pn-num'}>{gbps(h.gbps)}</td>
      <td>{h.limitedBy}</td>
    </tr>
  ));
}
