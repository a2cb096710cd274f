// A server group: how many servers, how many VMs each, what the VMs ask for, what is installed.
import { DesignNodeSchema, MODE_LABEL, type DesignNode, type ServerPart } from '../../domain';
import { useApp } from '../../store';
import { int, num } from '../../ui';
import { Chip, Facts, Group } from '../bits';
import { NumberField, SelectField, TextField } from '../Field';
import { useCurrentResult } from '../hooks';
import { AdapterList } from './AdapterList';
import { ItemHeader } from './ItemHeader';
import { partFacts } from './partFacts';
import { PortsSection } from './PortsSection';
import { PriceFields } from './PriceFields';
import { WorkloadFields } from './WorkloadFields';

const LIMIT_LABEL = { cpu: 'CPU', memory: 'memory', 'adapter-vms': 'the adapter’s virtual functions' } as const;

export function ServerInspector({ node, part }: { node: DesignNode; part: ServerPart }) {
  const updateNode = useApp((s) => s.updateNode);
  const workloads = useApp((s) => s.design.workloads);
  const sharing = useApp((s) => s.design.nodes.filter((n) => n.workloadId !== undefined && n.workloadId === node.workloadId).length);
  const modeName = useApp((s) => s.design.settings.mode);
  const { mode, dimmed } = useCurrentResult();
  const workload = workloads.find((w) => w.id === node.workloadId) ?? workloads[0];
  const group = mode?.density.groups.find((g) => g.nodeId === node.id);
  const hypervisors = [...new Set([...part.hypervisors, ...(node.hypervisor ? [node.hypervisor] : [])])];
  const vms = node.vmsPerServer ?? 0;

  return (
    <>
      <ItemHeader
        kind="server"
        title={node.label || part.name}
        subtitle={part.name}
        badge={<Chip tone="accent">{`${int(node.count)} × ${int(vms)} VMs`}</Chip>}
      />
      <Group title="Server group">
        <div className="pn-grid">
          <TextField label="Label" schema={DesignNodeSchema.shape.label} value={node.label} resetKey={`${node.id}/label`} onCommit={(label) => updateNode(node.id, { label })} />
          <NumberField
            label="Servers in group"
            schema={DesignNodeSchema.shape.count}
            value={node.count}
            resetKey={`${node.id}/count`}
            onCommit={(count) => count !== undefined && updateNode(node.id, { count })}
          />
          <NumberField
            label="VMs per server"
            schema={DesignNodeSchema.shape.vmsPerServer}
            value={node.vmsPerServer ?? 0}
            resetKey={`${node.id}/vms`}
            onCommit={(v) => v !== undefined && updateNode(node.id, { vmsPerServer: v })}
          />
          <SelectField
            wide
            label="Hypervisor"
            value={node.hypervisor ?? ''}
            options={[{ value: '', label: 'Not specified' }, ...hypervisors.map((h) => ({ value: h, label: h }))]}
            onChange={(h) => updateNode(node.id, { hypervisor: h || undefined })}
          />
        </div>
        {group ? (
          <p className={`pn-note${group.fit < group.planned ? ' pn-note-warning' : ''}${dimmed ? ' pn-stale' : ''}`}>
            {int(group.fit)} VMs per server fit in {MODE_LABEL[modeName]} (limited by {LIMIT_LABEL[group.limitedBy]}); {int(group.planned)} planned. Each VM
            uses {num(group.cpuGhzPerVm)} GHz of CPU, {num(group.ioGhzPerVm)} GHz of it for I/O.
          </p>
        ) : null}
      </Group>
      <PortsSection node={node} />
      <Group title="Workload" aside={sharing > 1 ? <Chip>{`Shared by ${sharing} groups`}</Chip> : undefined}>
        <div className="pn-grid">
          <SelectField
            wide
            label="Workload"
            value={workload?.id ?? ''}
            options={workloads.map((w) => ({ value: w.id, label: w.name }))}
            onChange={(workloadId) => updateNode(node.id, { workloadId })}
          />
        </div>
        {workload ? <WorkloadFields workload={workload} /> : null}
      </Group>
      <AdapterList node={node} slots={part.slots} mode={modeName} />
      <Group title="Specs">
        <Facts items={partFacts(part)} />
      </Group>
      <PriceFields partId={part.id} />
    </>
  );
}
