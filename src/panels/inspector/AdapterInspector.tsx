// One adapter inside a server: what it is, which IOV modes it runs, which flows it carries,
// what its host path delivers in the current mode, and its price list.
import { FLOW_KINDS, FLOW_KIND_LABEL, IOV_MODES, MODE_LABEL, type AdapterPart, type DesignNode, type FlowKind, type InstalledAdapter } from '../../domain';
import { HostPathHead, HostPathRows } from '../results/HostPathRows';
import { useApp } from '../../store';
import { Chip, Facts, Group, SeverityIcon } from '../bits';
import { CheckboxField } from '../Field';
import { useCurrentResult } from '../hooks';
import { ItemHeader } from './ItemHeader';
import { partFacts } from './partFacts';
import { PriceFields } from './PriceFields';

export function AdapterInspector({ node, adapter, part }: { node: DesignNode; adapter: InstalledAdapter; part: AdapterPart }) {
  const updateNode = useApp((s) => s.updateNode);
  const removeAdapter = useApp((s) => s.removeAdapter);
  const select = useApp((s) => s.select);
  const modeName = useApp((s) => s.design.settings.mode);
  const links = useApp((s) => s.design.links);
  const { mode, dimmed } = useCurrentResult();
  const supported = part.iovModes.includes(modeName);
  const roles: readonly FlowKind[] = adapter.roles ?? FLOW_KINDS;
  const hostPath = mode?.hostPath.filter((h) => h.adapterPart === part.id) ?? [];
  const cabled = new Set(links.flatMap((l) => [l.a, l.b]).filter((r) => r.node === node.id && r.handle.startsWith(`a/${adapter.id}/`)).map((r) => r.handle)).size;

  const setRole = (kind: FlowKind, on: boolean): void => {
    const next = FLOW_KINDS.filter((k) => (k === kind ? on : roles.includes(k)));
    if (next.length === 0) return;
    const value = next.length === FLOW_KINDS.length ? undefined : next;
    updateNode(node.id, { adapters: (node.adapters ?? []).map((a) => (a.id === adapter.id ? { ...a, roles: value } : a)) });
  };

  return (
    <>
      <ItemHeader
        kind="adapter"
        title={part.name}
        subtitle={
          <>
            In{' '}
            <button type="button" className="pn-link" onClick={() => select({ nodes: [node.id], links: [] })}>
              {node.label || node.id}
            </button>
            {' · '}
            {cabled} of {part.ports} {part.ports === 1 ? 'port' : 'ports'} cabled
          </>
        }
      />
      <Group title="I/O virtualization">
        <ul className="pn-modes" aria-label="Supported IOV modes">
          {IOV_MODES.map((m) => {
            const ok = part.iovModes.includes(m);
            return (
              <li key={m} className={`${ok ? 'pn-yes' : 'pn-no'}${m === modeName ? ' pn-current' : ''}`}>
                <SeverityIcon severity={ok ? 'ok' : 'error'} size={13} />
                <span>{MODE_LABEL[m]}</span>
                <span className="visually-hidden">{ok ? ': supported' : ': not supported'}</span>
                {m === modeName ? <Chip tone="accent">Current</Chip> : null}
              </li>
            );
          })}
        </ul>
        {!supported ? (
          <p className="pn-note pn-note-warning">
            This adapter does not support {MODE_LABEL[modeName]}: it runs in software mode, through the hypervisor’s virtual switch.
          </p>
        ) : null}
        {hostPath.length > 0 ? (
          <>
            <h4 className="pn-subtitle">Host path in {MODE_LABEL[modeName]}</h4>
            <table className={`pn-table${dimmed ? ' pn-stale' : ''}`} aria-label="Host path of this adapter">
              <HostPathHead />
              <tbody>
                <HostPathRows entries={hostPath} />
              </tbody>
            </table>
          </>
        ) : null}
      </Group>
      <Group title="Carries" aside={adapter.roles ? <Chip>Restricted</Chip> : <Chip>Any traffic</Chip>}>
        {FLOW_KINDS.map((k) => (
          <CheckboxField key={k} label={`${FLOW_KIND_LABEL[k]} traffic`} checked={roles.includes(k)} onChange={(on) => setRole(k, on)} />
        ))}
      </Group>
      <Group title="Specs">
        <Facts items={partFacts(part)} />
      </Group>
      <PriceFields partId={part.id} />
      <div className="pn-actions">
        <button type="button" className="pn-btn pn-btn-danger" onClick={() => removeAdapter(node.id, adapter.id)}>
          Remove adapter
        </button>
        <span className="pn-hint">Its cables go with it.</span>
      </div>
    </>
  );
}
