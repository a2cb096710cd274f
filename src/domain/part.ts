import { z } from 'zod';
import { BOUNDS, bounded } from './bounds';
import { IovModeSchema, ProtocolSchema, TransportSchema, type Transport } from './iov';

/** Field name → where its value comes from (docs/model.md §9, or "calibrated to seed Table N"). */
export const SourcesSchema = z.record(z.string(), z.string().max(400));

const money = bounded(BOUNDS.priceUsd);
const watts = bounded(BOUNDS.powerW);
const rate = bounded(BOUNDS.rateGbps);
const latency = bounded(BOUNDS.latencyUs);

const PartBase = z.object({
  id: z.string().min(1).max(80),
  name: z.string().min(1).max(120),
  /** 'seed' parts are the whitepaper's 2007 generation; 'modern' ones are current. */
  era: z.enum(['seed', 'modern']),
  priceUsd: money,
  powerW: watts,
  sources: SourcesSchema.default({}),
  note: z.string().max(400).optional(),
});

export const ServerPartSchema = PartBase.extend({
  kind: z.literal('server'),
  formFactor: z.enum(['blade', 'rack']),
  /** Adapter slots (mezzanine for blades, PCIe for rack servers). */
  slots: z.number().int().min(0).max(16),
  /** Total CPU: sockets × cores × GHz. */
  cpuGhz: bounded(BOUNDS.cpuGhz),
  /** One core's clock: the software virtual switch of the seed era runs on one core per uplink. */
  coreGhz: bounded(BOUNDS.coreGhz),
  memoryGb: bounded(BOUNDS.memoryGb),
  hypervisors: z.array(z.string().max(60)).default([]),
});

export const HostPathSchema = z.object({
  /** Usable PCIe (or mezzanine) throughput per direction, Gb/s: caps everything through the adapter. */
  busGbps: rate,
  /** IPoIB stack throughput in a VM when the virtual switch is bypassed (native / pass-through). */
  ipoibGbps: rate.optional(),
});

export const AdapterPartSchema = PartBase.extend({
  kind: z.literal('adapter'),
  protocol: ProtocolSchema,
  ports: z.number().int().min(1).max(8),
  /** Payload data rate per port per direction, Gb/s (after line coding). */
  portDataGbps: rate,
  /** Signalling rate per port, Gb/s (what the datasheet headline says). */
  portSignalGbps: rate,
  transports: z.array(TransportSchema).min(1),
  iovModes: z.array(IovModeSchema).min(1),
  hostPath: HostPathSchema,
  /** One-way latency the adapter adds at one end of a path (small message), µs. */
  latencyUs: latency,
  /** Virtual functions / protection domains usable by VMs in pass-through. */
  maxVms: z.number().int().positive().max(100000).optional(),
  /**
   * Offloaded virtio devices the adapter serves, one per VM in offload mode (vDPA devices over
   * virtual or scalable functions; a DPU's emulated virtio-net devices). Absent: `maxVms`.
   */
  offloadDevices: z.number().int().positive().max(100000).optional(),
  /** The vendor supports live migration of a VM that owns one of its virtual functions. */
  passthroughLiveMigration: z.boolean().optional(),
});

export const SwitchPartSchema = PartBase.extend({
  kind: z.literal('switch'),
  protocol: ProtocolSchema,
  ports: z.number().int().min(1).max(4096),
  portDataGbps: rate,
  portSignalGbps: rate,
  forwarding: z.enum(['cut-through', 'store-and-forward']),
  /** Port-to-port latency without serialization, µs. */
  hopLatencyUs: latency,
  /** Switching capacity, Gb/s; absent = non-blocking. */
  backplaneGbps: rate.optional(),
});

const GatewaySideSchema = z.object({
  protocol: ProtocolSchema,
  ports: z.number().int().min(1).max(512),
  portDataGbps: rate,
});

export const GatewayPartSchema = PartBase.extend({
  kind: z.literal('gateway'),
  /** Side A is the InfiniBand side, side B the Ethernet or Fibre Channel side. */
  sideA: GatewaySideSchema,
  sideB: GatewaySideSchema,
  /** Protocol-translation throughput per direction, Gb/s. */
  throughputGbps: rate,
  latencyUs: latency,
});

export const StoragePartSchema = PartBase.extend({
  kind: z.literal('storage'),
  protocol: ProtocolSchema,
  ports: z.number().int().min(1).max(512),
  portDataGbps: rate,
  /** Back-end throughput the array sustains, MB/s. */
  throughputMBps: bounded(BOUNDS.throughputMBps),
  /** Service time of a small block I/O, µs: the array's own, without a transport's target stack. */
  serviceLatencyUs: latency,
  /**
   * Block transports the array serves (its source in `sources.serves`). Absent: what arrays served
   * before they said — Ethernet block I/O over TCP/IP (`tcp`), InfiniBand SRP, Fibre Channel FCP.
   */
  serves: z.array(TransportSchema).min(1).max(8).optional(),
});

export const NetworkPartSchema = PartBase.extend({
  kind: z.literal('network'),
  protocol: ProtocolSchema,
  ports: z.number().int().min(1).max(100000),
  portDataGbps: rate,
});

export const CablePartSchema = PartBase.extend({
  kind: z.literal('cable'),
  protocol: ProtocolSchema,
  medium: z.enum(['copper', 'optical']),
  /**
   * Longest run the part is made for, m (a DAC's longest length, an optic's reach over its fibre).
   * Optional: older files and custom parts without it are never chosen by reach, only by name.
   */
  reachM: z.number().finite().positive().max(100000).optional(),
  /** Highest port data rate it carries, Gb/s; absent = any. */
  rateGbps: rate.optional(),
});

export const PartSchema = z.discriminatedUnion('kind', [
  ServerPartSchema,
  AdapterPartSchema,
  SwitchPartSchema,
  GatewayPartSchema,
  StoragePartSchema,
  NetworkPartSchema,
  CablePartSchema,
]);

export type ServerPart = z.infer<typeof ServerPartSchema>;
export type AdapterPart = z.infer<typeof AdapterPartSchema>;
export type SwitchPart = z.infer<typeof SwitchPartSchema>;
export type GatewayPart = z.infer<typeof GatewayPartSchema>;
export type StoragePart = z.infer<typeof StoragePartSchema>;
export type NetworkPart = z.infer<typeof NetworkPartSchema>;
export type CablePart = z.infer<typeof CablePartSchema>;
export type Part = z.infer<typeof PartSchema>;

/** What an array serves: its declared transports, else what arrays of its protocol served before they said. */
export const servedBy = (array: StoragePart): readonly Transport[] => array.serves ?? [array.protocol === 'ethernet' ? 'tcp' : array.protocol === 'fc' ? 'fcp' : 'srp'];
export type PartKind = Part['kind'];
/** Parts that are nodes on the canvas (adapters live inside servers, cables on links). */
export type NodePart = ServerPart | SwitchPart | GatewayPart | StoragePart | NetworkPart;
export type NodeKind = NodePart['kind'];
export const NODE_KINDS: readonly NodeKind[] = ['server', 'switch', 'gateway', 'storage', 'network'];

export const PART_KIND_LABEL: Record<PartKind, string> = {
  server: 'Server',
  adapter: 'Adapter',
  switch: 'Switch',
  gateway: 'Gateway',
  storage: 'Storage',
  network: 'Network',
  cable: 'Cable',
};
