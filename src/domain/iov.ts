import { z } from 'zod';

/** Physical protocol of a port. Only equal protocols connect; protocols change only inside a gateway. */
export const ProtocolSchema = z.enum(['ethernet', 'fc', 'infiniband']);
export type Protocol = z.infer<typeof ProtocolSchema>;
export const PROTOCOLS: readonly Protocol[] = ProtocolSchema.options;

/**
 * The I/O virtualization modes: the seed's three ("I/O Virtualization Options Today") and today's
 * fourth, offloaded virtio (vDPA / a DPU-hosted switch: the guest keeps the standard virtio
 * driver, the datapath runs in the adapter). New modes go at the end: results index modes by order.
 */
export const IovModeSchema = z.enum(['software', 'native', 'passthrough', 'offload']);
export type IovMode = z.infer<typeof IovModeSchema>;
export const IOV_MODES: readonly IovMode[] = IovModeSchema.options;

/** What a VM's traffic is for. */
export const FlowKindSchema = z.enum(['lan', 'san', 'ipc']);
export type FlowKind = z.infer<typeof FlowKindSchema>;
export const FLOW_KINDS: readonly FlowKind[] = FlowKindSchema.options;

/**
 * Transports a flow can use on an adapter: TCP/IP over Ethernet, FCP over Fibre Channel,
 * and on InfiniBand IPoIB (network), RDMA (IPC, verbs) or SRP/iSER (block storage). Today's block
 * storage transports come after (docs/model.md §14): NVMe/TCP and iSCSI over the TCP/IP stack,
 * NVMe/RDMA (NVMe-oF over RoCEv2 on Ethernet or over InfiniBand). New values go at the end:
 * results and tables index transports by order.
 */
export const TransportSchema = z.enum(['tcp', 'fcp', 'ipoib', 'rdma', 'srp', 'nvme-tcp', 'nvme-rdma', 'iscsi']);
export type Transport = z.infer<typeof TransportSchema>;
export const TRANSPORT_ORDER: readonly Transport[] = TransportSchema.options;

/**
 * Block-storage transports a storage array may serve, by its port protocol. `tcp` is the one an
 * Ethernet array that names none serves: block I/O over the TCP/IP stack, as before arrays said.
 */
export const SAN_TRANSPORTS: Record<Protocol, readonly Transport[]> = {
  ethernet: ['nvme-rdma', 'nvme-tcp', 'iscsi', 'tcp'],
  fc: ['fcp'],
  infiniband: ['nvme-rdma', 'srp'],
};

/** How a VM uses InfiniBand for IPC: IPoIB (sockets) or RDMA (verbs, not exposed in software IOV). */
export const IbTransportSchema = z.enum(['ipoib', 'rdma']);
export type IbTransport = z.infer<typeof IbTransportSchema>;

export const MODE_LABEL: Record<IovMode, string> = {
  software: 'Software (virtual switch)',
  native: 'Native (paravirtual)',
  passthrough: 'Pass-through (hardware)',
  offload: 'Offloaded virtio (vDPA / DPU)',
};

/** Mode names where space is short (segmented control, table columns). */
export const MODE_SHORT: Record<IovMode, string> = { software: 'Software', native: 'Native', passthrough: 'Pass-through', offload: 'Offload (vDPA)' };
/** A mode's name inside a sentence ("in offload mode"). */
export const MODE_IN_TEXT: Record<IovMode, string> = { software: 'software', native: 'native', passthrough: 'pass-through', offload: 'offload' };

export const TRANSPORT_LABEL: Record<Transport, string> = {
  tcp: 'TCP/IP',
  fcp: 'FCP',
  ipoib: 'IPoIB',
  rdma: 'RDMA',
  srp: 'SRP',
  'nvme-tcp': 'NVMe/TCP',
  'nvme-rdma': 'NVMe/RDMA',
  iscsi: 'iSCSI',
};

export const PROTOCOL_LABEL: Record<Protocol, string> = {
  ethernet: 'Ethernet',
  fc: 'Fibre Channel',
  infiniband: 'InfiniBand',
};

export const FLOW_KIND_LABEL: Record<FlowKind, string> = {
  lan: 'LAN',
  san: 'SAN',
  ipc: 'Server-to-server',
};
