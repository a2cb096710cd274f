// A workload profile's fields: what each VM asks of the I/O and the CPU.
import { WorkloadSchema, type IbTransport, type Workload } from '../../domain';
import { useApp } from '../../store';
import { NumberField, SelectField, TextField } from '../Field';

const IB_TRANSPORTS: ReadonlyArray<{ value: IbTransport; label: string }> = [
  { value: 'rdma', label: 'RDMA (verbs) where the mode allows' },
  { value: 'ipoib', label: 'IPoIB (sockets)' },
];

type NumericKey = 'lanMbps' | 'sanMBps' | 'ipcMbps' | 'cpuGhz' | 'memoryGb';

/** Shown = stored × scale: LAN and server-to-server are stored in Mb/s (the file format) but typed and shown in Gb/s, as every result shows them. */
const MBPS_AS_GBPS = 0.001;

const NUMERIC: ReadonlyArray<{ key: NumericKey; label: string; suffix: string; scale?: number }> = [
  { key: 'lanMbps', label: 'LAN per VM (Gb/s)', suffix: 'Gb/s', scale: MBPS_AS_GBPS },
  { key: 'sanMBps', label: 'SAN per VM (MB/s)', suffix: 'MB/s' },
  { key: 'ipcMbps', label: 'Server-to-server per VM (Gb/s)', suffix: 'Gb/s', scale: MBPS_AS_GBPS },
  { key: 'cpuGhz', label: 'CPU per VM (GHz)', suffix: 'GHz' },
  { key: 'memoryGb', label: 'Memory per VM (GB)', suffix: 'GB' },
];

export function WorkloadFields({ workload, showName }: { workload: Workload; showName?: boolean }) {
  const updateWorkload = useApp((s) => s.updateWorkload);
  const key = (field: string): string => `${workload.id}/${field}`;
  return (
    <div className="pn-grid">
      {showName ? (
        <TextField label="Workload name" schema={WorkloadSchema.shape.name} value={workload.name} resetKey={key('name')} onCommit={(name) => updateWorkload(workload.id, { name })} />
      ) : null}
      {NUMERIC.map((f) => (
        <NumberField
          key={f.key}
          label={f.label}
          schema={WorkloadSchema.shape[f.key]}
          scale={f.scale}
          value={workload[f.key]}
          suffix={f.suffix}
          resetKey={key(f.key)}
          onCommit={(v) => {
            if (v !== undefined) updateWorkload(workload.id, { [f.key]: v });
          }}
        />
      ))}
      <NumberField
        label="QoS cap per VM (Gb/s)"
        schema={WorkloadSchema.shape.qosCapMbps}
        scale={MBPS_AS_GBPS}
        optional
        value={workload.qosCapMbps}
        placeholder="None"
        suffix="Gb/s"
        resetKey={key('qos')}
        onCommit={(v) => updateWorkload(workload.id, { qosCapMbps: v })}
      />
      <SelectField
        wide
        label="InfiniBand transport"
        value={workload.ibTransport}
        options={IB_TRANSPORTS}
        onChange={(ibTransport) => updateWorkload(workload.id, { ibTransport })}
        hint="How VMs use InfiniBand for server-to-server traffic. Software IOV always uses IPoIB."
      />
    </div>
  );
}
