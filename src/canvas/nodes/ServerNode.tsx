import { useUpdateNodeInternals, type NodeProps } from '@xyflow/react';
import { memo, useEffect, useRef } from 'react';
import type { Catalog } from '../../catalog';
import type { AdapterPart, DesignNode, ServerPart } from '../../domain';
import { useApp } from '../../store';
import type { DesignRfNode } from '../derive';
import { useDropTarget } from '../dropTarget';
import { compact, portRate } from '../format';
import { cabledHandles, facingSide } from '../resultIndex';
import { AdapterRow } from './AdapterRow';
import { NodeFrame } from './NodeFrame';
import { bodyPropsEqual } from './sameNode';

/** Display names of a server's adapters; a repeated part gets "#2", "#3" so labels stay unique. */
export function adapterNames(node: DesignNode, catalog: Catalog): Array<{ id: string; part: AdapterPart; name: string; ordinal: number }> {
  const total = new Map<string, number>();
  for (const a of node.adapters ?? []) total.set(a.partId, (total.get(a.partId) ?? 0) + 1);
  const seen = new Map<string, number>();
  return (node.adapters ?? []).flatMap((a) => {
    const part = catalog.byId.get(a.partId);
    if (part?.kind !== 'adapter') return [];
    const n = (seen.get(part.id) ?? 0) + 1;
    seen.set(part.id, n);
    return [{ id: a.id, part, name: n === 1 ? part.name : `${part.name} #${n}`, ordinal: (total.get(part.id) ?? 0) > 1 ? n : 0 }];
  });
}

/** "16 VMs · 2 × IB DDR 4x · 16 Gb/s data": the VMs and the adapter ports, by protocol and rate. */
export function serverSummary(adapters: readonly AdapterPart[], vms: number): string {
  const ports = new Map<string, number>();
  for (const a of adapters) {
    const key = portRate(a.protocol, a.portDataGbps);
    ports.set(key, (ports.get(key) ?? 0) + a.ports);
  }
  const text = [...ports].map(([k, n]) => `${n} × ${k}`).join(', ');
  return `${compact(vms)} VM${vms === 1 ? '' : 's'}${text ? ` · ${text}` : ' · no adapters'}`;
}

const ServerBody = memo(function ServerBody({ node, part, catalog, selected }: { node: DesignNode; part: ServerPart; catalog: Catalog; selected: boolean }) {
  const cabled = useApp((s) => cabledHandles(s.design.links, node.id));
  const side = useApp((s) => facingSide(s.design.nodes, s.design.links, node.id));
  const selectedAdapter = useApp((s) => (s.selection.adapter?.nodeId === node.id ? s.selection.adapter.adapterId : null));
  const dropping = useDropTarget((s) => s.nodeId === node.id);
  const adapters = adapterNames(node, catalog);
  const used = node.adapters?.length ?? 0;
  const full = used >= part.slots;
  const vms = node.vmsPerServer ?? 0;

  // Handles appear and go with adapters; when the node's size happens not to change, React Flow
  // must still re-read where they are.
  const updateNodeInternals = useUpdateNodeInternals();
  const handleKey = `${side}|${adapters.map((a) => `${a.id}:${a.part.ports}`).join('|')}`;
  const lastKey = useRef(handleKey);
  useEffect(() => {
    if (lastKey.current !== handleKey) {
      lastKey.current = handleKey;
      updateNodeInternals(node.id);
    }
  }, [handleKey, node.id, updateNodeInternals]);

  return (
    <NodeFrame
      id={node.id}
      kind="server"
      label={node.label}
      partName={part.name}
      count={node.count}
      selected={selected}
      summary={serverSummary(adapters.map((a) => a.part), vms)}
      className={`${side === 'left' ? 'faces-left' : ''}${dropping ? (full ? ' is-drop-refused' : ' is-drop-target') : ''}` || undefined}
    >
      <div className="iov-node__meta">
        <span title={node.count > 1 ? `${compact(vms)} VMs on each of ${compact(node.count)} servers: ${compact(vms * node.count)} VMs` : undefined}>
          {compact(vms)} VM{vms === 1 ? '' : 's'}
          {node.count > 1 ? ' each' : ''}
        </span>
        <span className={full ? 'iov-slots is-full' : 'iov-slots'} title={`${used} of ${part.slots} ${part.formFactor === 'blade' ? 'mezzanine' : 'PCIe'} slots used`}>
          {used}/{part.slots} slots
        </span>
      </div>
      {adapters.length > 0 ? (
        <ul className="iov-adapters">
          {adapters.map((a) => (
            <AdapterRow key={a.id} side={side} serverId={node.id} serverLabel={node.label} adapterId={a.id} part={a.part} name={a.name} ordinal={a.ordinal} cabled={cabled} selected={selectedAdapter === a.id} />
          ))}
        </ul>
      ) : (
        <div className="iov-adapters__empty">Drop a NIC, HBA or HCA here</div>
      )}
    </NodeFrame>
  );
}, bodyPropsEqual);

export const ServerNode = memo(function ServerNode({ data, selected }: NodeProps<DesignRfNode>) {
  if (data.part?.kind !== 'server') return null;
  return <ServerBody node={data.node} part={data.part} catalog={data.catalog} selected={selected} />;
});
