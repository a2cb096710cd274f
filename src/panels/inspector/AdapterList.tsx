// A server's installed adapters: select one to inspect it, or remove it (with its cables).
import { useMemo } from 'react';
import { portRateText } from '../../catalog';
import { MODE_LABEL, type DesignNode, type IovMode } from '../../domain';
import { useApp } from '../../store';
import { gbps, PartIcon } from '../../ui';
import { Chip, Empty, Group } from '../bits';
import { useCatalog } from '../hooks';

export function AdapterList({ node, slots, mode }: { node: DesignNode; slots: number; mode: IovMode }) {
  const catalog = useCatalog();
  const links = useApp((s) => s.design.links);
  const select = useApp((s) => s.select);
  const removeAdapter = useApp((s) => s.removeAdapter);
  const adapters = node.adapters ?? [];
  // Cabled ports per adapter, from one pass over the links: a pass per adapter cost ~15 ms on a
  // 1,000-node design, at the start of every drag (a drag selects the node and opens this list).
  const cabledPorts = useMemo(() => {
    const handles = new Set<string>();
    for (const l of links) for (const r of [l.a, l.b]) if (r.node === node.id && r.handle.startsWith('a/')) handles.add(r.handle);
    const count = new Map<string, number>();
    for (const h of handles) {
      const adapterId = h.slice(2, h.lastIndexOf('/')); // a/<adapter id>/<port>
      count.set(adapterId, (count.get(adapterId) ?? 0) + 1);
    }
    return count;
  }, [links, node.id]);
  const over = adapters.length > slots;
  return (
    <Group title="Adapters" aside={<Chip tone={over ? 'danger' : 'neutral'}>{`${adapters.length} of ${slots} slots`}</Chip>}>
      {adapters.length === 0 ? (
        <Empty>No adapters. Drag a NIC, HBA or HCA from the palette onto this server.</Empty>
      ) : (
        <ul className="pn-list">
          {adapters.map((a) => {
            const part = catalog.byId.get(a.partId);
            const name = part?.name ?? a.partId;
            const ad = part?.kind === 'adapter' ? part : undefined;
            const cabled = cabledPorts.get(a.id) ?? 0;
            const fallback = ad && !ad.iovModes.includes(mode);
            return (
              <li key={a.id} className="pn-row-item">
                <button type="button" className="pn-row-main" onClick={() => select({ nodes: [node.id], links: [], adapter: { nodeId: node.id, adapterId: a.id } })}>
                  <span className="pn-item-icon pn-small pn-kind-adapter">
                    <PartIcon kind="adapter" size={14} />
                  </span>
                  <span className="pn-row-text">
                    <span className="pn-row-title">{name}</span>
                    {ad ? (
                      <span className="pn-row-sub">
                        {ad.ports} × {portRateText(ad.protocol, ad.portDataGbps, gbps)} · {cabled} of {ad.ports} cabled
                      </span>
                    ) : (
                      <span className="pn-row-sub">Unknown part</span>
                    )}
                  </span>
                  {fallback ? (
                    <Chip tone="warning" title={`${name} does not support ${MODE_LABEL[mode]}; it runs in software mode.`}>
                      Software
                    </Chip>
                  ) : null}
                </button>
                <button type="button" className="pn-icon-btn" aria-label={`Remove ${name}`} title={`Remove ${name} and its cables`} onClick={() => removeAdapter(node.id, a.id)}>
                  <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round">
                    <path d="M4 4l8 8M12 4l-8 8" />
                  </svg>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </Group>
  );
}
