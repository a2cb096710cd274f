// A cable (or a bundle of them between two groups): lanes, length, which cable, and its load.
import { useMemo } from 'react';
import { defaultCableId } from '../../catalog';
import { DesignLinkSchema, PROTOCOL_LABEL, type DesignLink, type DesignNode, type PortRef } from '../../domain';
import { linkEra, nodePorts } from '../../sim';
import { useApp } from '../../store';
import { gbps, money, num } from '../../ui';
import { Chip, Facts, Group, UtilBar } from '../bits';
import { CheckboxField, NumberField, SelectField } from '../Field';
import { useCatalog, useCurrentResult } from '../hooks';
import { ItemHeader } from './ItemHeader';
import { PriceFields } from './PriceFields';

export function LinkInspector({ link }: { link: DesignLink }) {
  const updateLink = useApp((s) => s.updateLink);
  const select = useApp((s) => s.select);
  const nodeA = useApp((s) => s.design.nodes.find((n) => n.id === link.a.node));
  const nodeB = useApp((s) => s.design.nodes.find((n) => n.id === link.b.node));
  const currency = useApp((s) => s.design.settings.currency);
  const catalog = useCatalog();
  const { mode, dimmed } = useCurrentResult();
  const design = useApp((s) => s.design);

  const endA = useMemo(() => describeEnd(design, nodeA, link.a), [design, nodeA, link.a]);
  const endB = useMemo(() => describeEnd(design, nodeB, link.b), [design, nodeB, link.b]);
  const protocol = endA?.protocol ?? endB?.protocol;
  const rateGbps = Math.min(endA?.rateGbps ?? Infinity, endB?.rateGbps ?? Infinity);
  const defaultCable = protocol ? defaultCableId(catalog, { protocol, era: linkEra([endA, endB]), lengthM: link.lengthM, rateGbps: Number.isFinite(rateGbps) ? rateGbps : 0 }) : undefined;
  const cables = catalog.parts.filter((p) => p.kind === 'cable' && (!protocol || p.protocol === protocol));
  const cableId = link.cablePartId ?? defaultCable;
  const cable = cableId ? catalog.byId.get(cableId) : undefined;
  const load = mode?.links[link.id];
  const members = Math.max(nodeA?.count ?? 1, nodeB?.count ?? 1);

  const end = (label: string, node: DesignNode | undefined, port: string | undefined) => ({
    term: label,
    value: (
      <button type="button" className="pn-link" disabled={!node} onClick={() => node && select({ nodes: [node.id], links: [] })}>
        {node ? `${node.label || node.id}${port ? ` · ${port}` : ''}` : 'missing node'}
      </button>
    ),
  });

  return (
    <>
      <ItemHeader
        kind="cable"
        title={`${nodeA?.label ?? '?'} ↔ ${nodeB?.label ?? '?'}`}
        subtitle={protocol ? `${PROTOCOL_LABEL[protocol]} link` : 'Link'}
        badge={load ? <Chip tone={load.utilization >= 0.97 ? 'danger' : 'neutral'}>{`${Math.round(load.utilization * 100)}% busy`}</Chip> : undefined}
      />
      <Group title="Ends">
        <Facts items={[end('From', nodeA, endA?.label), end('To', nodeB, endB?.label)]} />
      </Group>
      <Group title="Cabling">
        <div className="pn-grid">
          <NumberField
            label="Lanes"
            schema={DesignLinkSchema.shape.lanes}
            value={link.lanes}
            resetKey={`${link.id}/lanes`}
            onCommit={(lanes) => lanes !== undefined && updateLink(link.id, { lanes })}
            hint="Parallel cables per pair of members"
          />
          <NumberField
            label="Length (m)"
            schema={DesignLinkSchema.shape.lengthM}
            value={link.lengthM}
            suffix="m"
            resetKey={`${link.id}/length`}
            onCommit={(lengthM) => lengthM !== undefined && updateLink(link.id, { lengthM })}
            hint={`Adds ${num(link.lengthM * 0.005)} µs of wire delay`}
          />
          <SelectField
            wide
            label="Cable part"
            value={link.cablePartId ?? ''}
            options={[
              { value: '', label: `Default by length and rate${defaultCable ? ` — ${catalog.byId.get(defaultCable)?.name ?? defaultCable}` : ''}` },
              ...cables.map((c) => ({ value: c.id, label: `${c.name} (${money(c.priceUsd, currency)}${c.kind === 'cable' && c.reachM !== undefined ? `, ≤ ${num(c.reachM)} m` : ''})` })),
            ]}
            onChange={(id) => updateLink(link.id, { cablePartId: id || undefined })}
          />
          <CheckboxField
            label="Mesh: every member to every member"
            checked={link.mesh ?? false}
            onChange={(mesh) => updateLink(link.id, { mesh: mesh || undefined })}
            hint={members > 1 ? 'Off: members are paired in blocks (server i of 128 to switch ⌊i·12/128⌋ of 12).' : undefined}
          />
        </div>
      </Group>
      <Group title="Load" aside={dimmed ? <Chip>Updating</Chip> : undefined}>
        {load ? (
          <div className={dimmed ? 'pn-stale' : undefined}>
            <UtilBar utilization={load.utilization} />
            <Facts
              items={[
                { term: 'Busiest cable', value: `${gbps(load.loadGbps)} of ${gbps(load.capacityGbps)}` },
                { term: 'Utilization', value: `${Math.round(load.utilization * 100)}%` },
              ]}
            />
          </div>
        ) : (
          <p className="pn-empty">{mode ? 'No traffic crosses this link.' : 'Waiting for results…'}</p>
        )}
      </Group>
      {cable ? <PriceFields partId={cable.id} /> : null}
    </>
  );
}

function describeEnd(design: Parameters<typeof nodePorts>[0], node: DesignNode | undefined, ref: PortRef) {
  if (!node) return undefined;
  return nodePorts(design, node).find((p) => p.handle === ref.handle);
}
