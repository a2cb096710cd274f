// Which block transport each server group's storage traffic uses to each array (docs/model.md §14).
import { useMemo } from 'react';
import { sanTransportRows, type SanTransportRow } from '../../analysis';
import type { ModeResult } from '../../domain';
import { useApp } from '../../store';
import { int } from '../../ui';
import { Group, SourceTip } from '../bits';
import { KvTable } from './KvTable';
import { SOURCES } from './sources';

/** Above this many pairs the panel counts pairs per transport (the CLI and the PDF list them all). */
const LIST_UP_TO = 8;

/** "NVMe/TCP: 4,698 of 4,700 server group → array pairs", one row per transport, most used first. */
function perTransport(rows: readonly SanTransportRow[]): Array<{ label: string; value: string }> {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.transports[0] ?? '—', (counts.get(r.transports[0] ?? '—') ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([t, n]) => ({ label: t, value: `${int(n)} of ${int(rows.length)} server group → array pairs` }));
}

export function SanTransportSection({ mode }: { mode: ModeResult }) {
  const nodes = useApp((s) => s.design.nodes);
  // Keyed on the nodes and the result: a rename or a settings edit does not redo it.
  const rows = useMemo(() => {
    const all = sanTransportRows({ nodes }, [mode]);
    return all.length <= LIST_UP_TO ? all.map((r) => ({ label: r.label, value: r.transports[0] ?? '—' })) : perTransport(all);
  }, [nodes, mode]);
  if (rows.length === 0) return null;
  return (
    <Group title="Storage transport" aside={<SourceTip source={SOURCES.sanTransport} />}>
      <KvTable label="Storage transport per server group and array" rows={rows} />
    </Group>
  );
}
