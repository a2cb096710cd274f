// Switches, gateways, storage and networks: label, how many units, specs, price list, and how
// loaded their cables are in the current result.
import { DesignNodeSchema, PART_KIND_LABEL, type DesignNode, type NodePart } from '../../domain';
import { useApp } from '../../store';
import { gbps, int } from '../../ui';
import { Chip, Empty, Facts, Group, UtilBar } from '../bits';
import { NumberField, TextField } from '../Field';
import { useCurrentResult } from '../hooks';
import { ItemHeader } from './ItemHeader';
import { partFacts, partProtocols } from './partFacts';
import { PortsSection } from './PortsSection';
import { PriceFields } from './PriceFields';

const SINGULAR = { switch: 'switch', gateway: 'gateway', storage: 'array', network: 'network' } as const;
const PLURAL = { switch: 'switches', gateway: 'gateways', storage: 'arrays', network: 'networks' } as const;

export function NodeInspector({ node, part }: { node: DesignNode; part: Exclude<NodePart, { kind: 'server' }> }) {
  const updateNode = useApp((s) => s.updateNode);
  const links = useApp((s) => s.design.links);
  const nodes = useApp((s) => s.design.nodes);
  const select = useApp((s) => s.select);
  const { mode, dimmed } = useCurrentResult();
  const attached = links.filter((l) => l.a.node === node.id || l.b.node === node.id);
  const labelOf = (id: string): string => nodes.find((n) => n.id === id)?.label ?? id;

  return (
    <>
      <ItemHeader kind={part.kind} title={node.label || part.name} subtitle={part.name} badge={<Chip tone="accent">{`${int(node.count)} ${node.count === 1 ? SINGULAR[part.kind] : PLURAL[part.kind]}`}</Chip>} />
      <Group title={PART_KIND_LABEL[part.kind]} aside={<Chip>{partProtocols(part)}</Chip>}>
        <div className="pn-grid">
          <TextField label="Label" schema={DesignNodeSchema.shape.label} value={node.label} resetKey={`${node.id}/label`} onCommit={(label) => updateNode(node.id, { label })} />
          <NumberField
            label="Units"
            schema={DesignNodeSchema.shape.count}
            value={node.count}
            resetKey={`${node.id}/count`}
            onCommit={(count) => count !== undefined && updateNode(node.id, { count })}
            hint={`This node stands for ${int(node.count)} identical ${node.count === 1 ? SINGULAR[part.kind] : PLURAL[part.kind]}.`}
          />
        </div>
      </Group>
      <PortsSection node={node} />
      <Group title="Specs">
        <Facts items={partFacts(part)} />
      </Group>
      <Group title="Cables" aside={<Chip>{`${attached.length} ${attached.length === 1 ? 'link' : 'links'}`}</Chip>}>
        {attached.length === 0 ? (
          <Empty>Not connected. Drag from one of its ports to another part’s port, or pick one under Ports.</Empty>
        ) : (
          <ul className={`pn-list${dimmed ? ' pn-stale' : ''}`}>
            {attached.slice(0, 12).map((l) => {
              const other = l.a.node === node.id ? l.b.node : l.a.node;
              const load = mode?.links[l.id];
              return (
                <li key={l.id}>
                  <button type="button" className="pn-row-main" onClick={() => select({ nodes: [], links: [l.id] })}>
                    <span className="pn-row-text">
                      <span className="pn-row-title">{labelOf(other)}</span>
                      <span className="pn-row-sub">{load ? `${gbps(load.loadGbps)} of ${gbps(load.capacityGbps)}` : `${l.lanes} ${l.lanes === 1 ? 'lane' : 'lanes'}`}</span>
                    </span>
                    {load ? <UtilBar utilization={load.utilization} /> : null}
                  </button>
                </li>
              );
            })}
            {attached.length > 12 ? <li className="pn-more">and {attached.length - 12} more</li> : null}
          </ul>
        )}
      </Group>
      <PriceFields partId={part.id} />
    </>
  );
}
