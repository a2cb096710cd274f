// What a cabling sheet or a NetBox export cannot say about a device, given by the user: which
// catalog part it is, and for servers the adapters in their slots, VMs and workload. A device
// map is JSON the user edits (or makes from a design: `deviceMapOf`); devices it does not name
// are listed and refused, never guessed.
import { z } from 'zod';
import { FlowKindSchema, PartSchema, PriceOverrideSchema, SettingsSchema, WorkloadSchema, zodIssues, type Design, type Issue } from '../../domain';
import { jsonDepthExceeds } from '../jsonDepth';

export const DEVICE_MAP_FORMAT = 'iov-planner/device-map';
const id = z.string().min(1).max(80);

export const DeviceSpecSchema = z.object({
  partId: id,
  /** Members of a group or stack the sheet may not show (servers with no cable). */
  count: z.number().int().min(1).max(100000).optional(),
  label: z.string().max(120).optional(),
  position: z.object({ x: z.number().finite().min(-1e6).max(1e6), y: z.number().finite().min(-1e6).max(1e6) }).optional(),
  vmsPerServer: z.number().int().min(0).max(1000).optional(),
  workloadId: id.optional(),
  hypervisor: z.string().max(60).optional(),
  /** Servers: the adapters in slot order; cables name them by part name ("#2" for a repeat) or slot. */
  adapters: z.array(z.object({ id, partId: id, roles: z.array(FlowKindSchema).min(1).optional() })).max(16).optional(),
});
export type DeviceSpec = z.infer<typeof DeviceSpecSchema>;

export const DeviceMapSchema = z.object({
  format: z.literal(DEVICE_MAP_FORMAT),
  version: z.literal(1),
  name: z.string().min(1).max(120).optional(),
  /** By node id or device name (a group's name without its member number: "leaf" for leaf-03). */
  devices: z.record(z.string().min(1).max(120), DeviceSpecSchema).refine((d) => Object.keys(d).length <= 20000, 'at most 20,000 devices'),
  /** NetBox device types (model, slug or part number) → catalog part, for devices not listed above. */
  types: z.record(z.string().min(1).max(120), id).optional(),
  workloads: z.array(WorkloadSchema).min(1).max(100).optional(),
  settings: SettingsSchema.optional(),
  priceList: z.record(id, PriceOverrideSchema).optional(),
  customParts: z.array(PartSchema).max(500).optional(),
});
export type DeviceMap = z.infer<typeof DeviceMapSchema>;

export const MAX_DEVICE_MAP_BYTES = 5 * 1024 * 1024;

/** A design's map: every node by id, with what a sheet leaves out, and the design's settings. */
export function deviceMapOf(design: Design): DeviceMap {
  const devices: Record<string, DeviceSpec> = {};
  for (const n of design.nodes) {
    devices[n.id] = {
      partId: n.partId,
      count: n.count,
      label: n.label,
      position: n.position,
      ...(n.vmsPerServer !== undefined ? { vmsPerServer: n.vmsPerServer } : {}),
      ...(n.workloadId !== undefined ? { workloadId: n.workloadId } : {}),
      ...(n.hypervisor !== undefined ? { hypervisor: n.hypervisor } : {}),
      ...(n.adapters ? { adapters: n.adapters.map((a) => ({ ...a })) } : {}),
    };
  }
  return { format: DEVICE_MAP_FORMAT, version: 1, name: design.name, devices, workloads: design.workloads, settings: design.settings, priceList: design.priceList, customParts: design.customParts };
}

export type DeviceMapRead = { ok: true; map: DeviceMap } | { ok: false; message: string; issues: Issue[] };

/** Size, parse, validate: a device map file's text. */
export function readDeviceMap(text: string): DeviceMapRead {
  if (text.length > MAX_DEVICE_MAP_BYTES) return { ok: false, message: `The device map is larger than ${MAX_DEVICE_MAP_BYTES / 1024 / 1024} MB.`, issues: [] };
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (jsonDepthExceeds(body, 16)) return { ok: false, message: 'The device map nests too deep.', issues: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (e) {
    return { ok: false, message: `The device map is not valid JSON (${e instanceof Error ? e.message.slice(0, 120) : 'unreadable'}).`, issues: [] };
  }
  const parsed = DeviceMapSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error);
    return { ok: false, message: `The device map is invalid: ${issues[0]?.path || '(top level)'}: ${issues[0]?.message}.`, issues };
  }
  return { ok: true, map: parsed.data };
}
