import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { PROTOCOL_LABEL, type DesignNode, type GatewayPart } from '../../domain';
import { useApp } from '../../store';
import type { DesignRfNode } from '../derive';
import { compact, portsText, rate } from '../format';
import { cabledHandles } from '../resultIndex';
import { NodeFrame } from './NodeFrame';
import { PortHandle } from './PortHandle';
import { bodyPropsEqual } from './sameNode';

/** A gateway: side A (InfiniBand) and side B (Ethernet or Fibre Channel), one handle each. */
const GatewayBody = memo(function GatewayBody({ node, part, selected }: { node: DesignNode; part: GatewayPart; selected: boolean }) {
  const cabled = useApp((s) => cabledHandles(s.design.links, node.id));
  const used = new Set(cabled.split('|'));
  return (
    <NodeFrame
      id={node.id}
      kind="gateway"
      label={node.label}
      partName={part.name}
      count={node.count}
      selected={selected}
      summary={`${portsText(part.sideA.ports, part.sideA.protocol, part.sideA.portDataGbps)} ↔ ${portsText(part.sideB.ports, part.sideB.protocol, part.sideB.portDataGbps)}`}
    >
      <div className="iov-node__meta">
        <span>
          {rate(part.throughputGbps)} translation · {compact(part.latencyUs)} µs
        </span>
      </div>
      {(['A', 'B'] as const).map((h) => {
        const side = h === 'A' ? part.sideA : part.sideB;
        const protocol = PROTOCOL_LABEL[side.protocol];
        const ports = portsText(side.ports, side.protocol, side.portDataGbps);
        return (
          <div className="iov-bus" key={h}>
            <PortHandle id={h} protocol={side.protocol} label={`${protocol} side on ${node.label}`} title={`Side ${h}: ${ports} — drag to a port to cable it`} cabled={used.has(h)} bar>
              <span className="iov-bus__side">{h}</span>
              <span className="iov-bus__text">{ports}</span>
            </PortHandle>
          </div>
        );
      })}
    </NodeFrame>
  );
}, bodyPropsEqual);

export const GatewayNode = memo(function GatewayNode({ data, selected }: NodeProps<DesignRfNode>) {
  if (data.part?.kind !== 'gateway') return null;
  return <GatewayBody node={data.node} part={data.part} selected={selected} />;
});
