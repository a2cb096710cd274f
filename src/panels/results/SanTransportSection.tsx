// Which block transport each server group's storage traffic uses to each array (docs/model.md §14).
import { sanTransportRows } from '../../analysis';
import type { ModeResult } from '../../domain';
import { useApp } from '../../store';
import { Group, SourceTip } from '../bits';
import { KvTable } from './KvTable';
import { SOURCES } from './sources';

export function SanTransportSection({ mode }: { mode: ModeResult }) {
  const design = useApp((s) => s.design);
  const rows = sanTransportRows(design, [mode]);
  if (rows.length === 0) return null;
  return (
    <Group title="Storage transport" aside={<SourceTip source={SOURCES.sanTransport} />}>
      <KvTable label="Storage transport per server group and array" rows={rows.map((r) => ({ label: r.label, value: r.transports[0] ?? '—' }))} />
    </Group>
  );
}
