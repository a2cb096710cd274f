import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { PROTOCOL_LABEL, type DesignNode, type NetworkPart, type StoragePart, type SwitchPart } from '../../domain';
import { useApp } from '../../store';
import type { DesignRfNode } from '../derive';
import { compact, portsText } from '../format';
import { cabledHandles } from '../resultIndex';
import { NodeFrame } from './NodeFrame';
import { PortHandle } from './PortHandle';
import { bodyPropsEqual } from './sameNode';

type BusPart = SwitchPart | StoragePart | NetworkPart;

function meta(part: BusPart): string {
  switch (part.kind) {
    case 'switch':
      return `${part.forwarding} · ${compact(part.hopLatencyUs)} µs/hop`;
    case 'storage':
      return `${compact(part.throughputMBps)} MB/s · ${compact(part.serviceLatencyUs)} µs`;
    case 'network':
      return 'existing network';
  }
}

/** Switches, storage and networks: one handle "p" that takes every cable (the node's ports). */
const BusBody = memo(function BusBody({ node, part, selected }: { node: DesignNode; part: BusPart; selected: boolean }) {
  const cabled = useApp((s) => cabledHandles(s.design.links, node.id) !== '');
  const protocol = PROTOCOL_LABEL[part.protocol];
  const ports = portsText(part.ports, part.protocol, part.portDataGbps);
  return (
    <NodeFrame id={node.id} kind={part.kind} label={node.label} partName={part.name} count={node.count} selected={selected} summary={ports}>
      <div className="iov-node__meta">
        <span>{meta(part)}</span>
      </div>
      <div className="iov-bus">
        <PortHandle id="p" protocol={part.protocol} label={`${protocol} ports on ${node.label}`} title={`${ports}${node.count > 1 ? ` on each of ${node.count}` : ''} — drag to a port to cable it`} cabled={cabled} bar>
          <span className="iov-bus__text">{ports}</span>
        </PortHandle>
      </div>
    </NodeFrame>
  );
}, bodyPropsEqual);

export const BusNode = memo(function BusNode({ data, selected }: NodeProps<DesignRfNode>) {
  const part = data.part;
  if (part?.kind !== 'switch' && part?.kind !== 'storage' && part?.kind !== 'network') return null;
  return <BusBody node={data.node} part={part} selected={selected} />;
});
