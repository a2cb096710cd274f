// A part's key specs as read-only lines for the inspector, each with its unit and, where the
// catalog has one, the source of the number.
import { portRateText } from '../../catalog';
import { MODE_LABEL, PROTOCOL_LABEL, servedBy, TRANSPORT_LABEL, type Part, type Protocol } from '../../domain';
import { gbps, int, mbytesps, micros, withUnit } from '../../ui';

export interface Fact {
  term: string;
  value: string;
  source?: string;
}


/** "2 × IB DDR 4x · 16 Gb/s data": the datasheet's name of the rate beside the payload rate. */
const ports = (count: number, protocol: Protocol, rateGbps: number): string => `${int(count)} × ${portRateText(protocol, rateGbps, gbps)}`;

export function partFacts(part: Part): Fact[] {
  const src = (...fields: string[]): { source?: string } => {
    const s = fields.map((f) => part.sources[f]).find(Boolean);
    return s ? { source: s } : {};
  };
  const facts: Fact[] = [];
  const add = (term: string, value: string, ...fields: string[]): void => {
    facts.push({ term, value, ...src(...fields) });
  };
  switch (part.kind) {
    case 'server':
      add('Form factor', part.formFactor === 'blade' ? 'Blade' : 'Rack');
      add('Adapter slots', int(part.slots), 'slots');
      add('CPU', `${withUnit(part.cpuGhz, 'GHz')} (${int(Math.round(part.cpuGhz / part.coreGhz))} cores × ${withUnit(part.coreGhz, 'GHz')})`, 'cpuGhz', 'coreGhz');
      add('Memory', withUnit(part.memoryGb, 'GB'), 'memoryGb');
      break;
    case 'adapter':
      add('Protocol', PROTOCOL_LABEL[part.protocol]);
      add('Ports', `${ports(part.ports, part.protocol, part.portDataGbps)} (${gbps(part.portSignalGbps)} signalling)`, 'portDataGbps', 'portSignalGbps');
      add('Host bus', gbps(part.hostPath.busGbps), 'busGbps');
      if (part.hostPath.ipoibGbps !== undefined) add('IPoIB in a VM', gbps(part.hostPath.ipoibGbps), 'ipoibGbps');
      add('Latency', micros(part.latencyUs), 'latencyUs');
      add('Transports', part.transports.map((t) => TRANSPORT_LABEL[t]).join(', '), 'transports');
      add('IOV modes', part.iovModes.map((m) => MODE_LABEL[m]).join(', '), 'iovModes');
      if (part.maxVms !== undefined) add('VMs (virtual functions)', `${int(part.maxVms)} VMs`, 'maxVms');
      break;
    case 'switch':
      add('Protocol', PROTOCOL_LABEL[part.protocol]);
      add('Ports', ports(part.ports, part.protocol, part.portDataGbps), 'ports', 'portDataGbps');
      add('Forwarding', part.forwarding === 'cut-through' ? 'Cut-through' : 'Store-and-forward', 'forwarding');
      add('Hop latency', micros(part.hopLatencyUs), 'hopLatencyUs');
      add('Backplane', part.backplaneGbps === undefined ? 'Non-blocking' : gbps(part.backplaneGbps), 'backplaneGbps');
      break;
    case 'gateway':
      add(`${PROTOCOL_LABEL[part.sideA.protocol]} side`, ports(part.sideA.ports, part.sideA.protocol, part.sideA.portDataGbps), 'sideA');
      add(`${PROTOCOL_LABEL[part.sideB.protocol]} side`, ports(part.sideB.ports, part.sideB.protocol, part.sideB.portDataGbps), 'sideB');
      add('Throughput', gbps(part.throughputGbps), 'throughputGbps');
      add('Latency', micros(part.latencyUs), 'latencyUs');
      break;
    case 'storage':
      add('Protocol', PROTOCOL_LABEL[part.protocol]);
      add('Ports', ports(part.ports, part.protocol, part.portDataGbps), 'ports', 'portDataGbps');
      add('Throughput', mbytesps(part.throughputMBps), 'throughputMBps');
      add('Service latency', micros(part.serviceLatencyUs), 'serviceLatencyUs');
      add('Serves', servedBy(part).map((t) => TRANSPORT_LABEL[t]).join(', '), 'serves');
      break;
    case 'network':
      add('Protocol', PROTOCOL_LABEL[part.protocol]);
      add('Ports', ports(part.ports, part.protocol, part.portDataGbps), 'ports', 'portDataGbps');
      break;
    case 'cable':
      add('Protocol', PROTOCOL_LABEL[part.protocol]);
      add('Medium', part.medium === 'copper' ? 'Copper' : 'Optical');
      break;
  }
  return facts;
}

/** The protocol a node part's ports speak, for chips (gateways: both sides). */
export function partProtocols(part: Part): string {
  if (part.kind === 'gateway') return `${PROTOCOL_LABEL[part.sideA.protocol]} ↔ ${PROTOCOL_LABEL[part.sideB.protocol]}`;
  if (part.kind === 'server') return `${part.slots} slots`;
  return PROTOCOL_LABEL[part.protocol];
}
