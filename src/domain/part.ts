import { z } from 'zod';
import { IovModeSchema, ProtocolSchema, TransportSchema } from './iov';

/** Field name → where its value comes from (MODEL.md §10, or "calibrated to seed Table N"). */
export const SourcesSchema = z.record(z.string(), z.string().max(400));

const money = z.number().finite().nonnegative();
const positive = z.number().finite().positive();

const PartBase = z.object({
  id: z.string().min(1).max(80),
  name: z.string().min(1).max(120),
  /** 'seed' parts are the whitepaper's 2007 generation; 'modern' ones are current. */
  era: z.enum(['seed', 'modern']),
  priceUsd: money,
  powerW: z.number().finite().nonnegative(),
  sources: SourcesSchema.default({}),
  note: z.string().max(400).optional(),
});

export const ServerPartSchema = PartBase.extend({
  kind: z.literal('server'),
  formFactor: z.enum(['blade', 'rack']),
  /** Adapter slots (mezzanine for blades, PCIe for rack servers). */
  slots: z.number().int().min(0).max(16),
  /** Total CPU: sockets × cores × GHz. */
  cpuGhz: positive,
  /** One core's clock: the software virtual switch of the seed era runs on one core per uplink. */
  coreGhz: positive,
  memoryGb: positive,
  hypervisors: z.array(z.string().max(60)).default([]),
});

export const HostPathSchema = z.object({
  /** Usable PCIe (or mezzanine) throughput per direction, Gb/s: caps everything through the adapter. */
  busGbps: positive,
  /** IPoIB stack throughput in a VM when the virtual switch is bypassed (native / pass-through). */
  ipoibGbps: positive.optional(),
});

export const AdapterPartSchema = PartBase.extend({
  kind: z.literal('adapter'),
  protocol: ProtocolSchema,
  ports: z.number().int().min(1).max(8),
  /** Payload data rate per port per direction, Gb/s (after line coding). */
  portDataGbps: positive,
  /** Signalling rate per port, Gb/s (what the datasheet headline says). */
  portSignalGbps: positive,
  transports: z.array(TransportSchema).min(1),
  iovModes: z.array(IovModeSchema).min(1),
  hostPath: HostPathSchema,
  /** One-way latency the adapter adds at one end of a path (small message), µs. */
  latencyUs: z.number().finite().nonnegative(),
  /** Virtual functions / protection domains usable by VMs in pass-through. */
  maxVms: z.number().int().positive().optional(),
});

export const SwitchPartSchema = PartBase.extend({
  kind: z.literal('switch'),
  protocol: ProtocolSchema,
  ports: z.number().int().min(1).max(4096),
  portDataGbps: positive,
  portSignalGbps: positive,
  forwarding: z.enum(['cut-through', 'store-and-forward']),
  /** Port-to-port latency without serialization, µs. */
  hopLatencyUs: z.number().finite().nonnegative(),
  /** Switching capacity, Gb/s; absent = non-blocking. */
  backplaneGbps: positive.optional(),
});

const GatewaySideSchema = z.object({
  protocol: ProtocolSchema,
  ports: z.number().int().min(1).max(512),
  portDataGbps: positive,
});

export const GatewayPartSchema = PartBase.extend({
  kind: z.literal('gateway'),
  /** Side A is the InfiniBand side, side B the Ethernet or Fibre Channel side. */
  sideA: GatewaySideSchema,
  sideB: GatewaySideSchema,
  /** Protocol-translation throughput per direction, Gb/s. */
  throughputGbps: positive,
  latencyUs: z.number().finite().nonnegative(),
});

export const StoragePartSchema = PartBase.extend({
  kind: z.literal('storage'),
  protocol: ProtocolSchema,
  ports: z.number().int().min(1).max(512),
  portDataGbps: positive,
  /** Back-end throughput the array sustains, MB/s. */
  throughputMBps: positive,
  /** Service time of a small block I/O, µs. */
  serviceLatencyUs: z.number().finite().nonnegative(),
});

export const NetworkPartSchema = PartBase.extend({
  kind: z.literal('network'),
  protocol: ProtocolSchema,
  ports: z.number().int().min(1).max(100000),
  portDataGbps: positive,
});

export const CablePartSchema = PartBase.extend({
  kind: z.literal('cable'),
  protocol: ProtocolSchema,
  medium: z.enum(['copper', 'optical']),
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
