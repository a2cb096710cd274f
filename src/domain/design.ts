import { z } from 'zod';
import { BOUNDS, bounded } from './bounds';
import { FlowKindSchema } from './iov';
import { SettingsSchema } from './settings';
import { WorkloadSchema } from './workload';
import { PartSchema } from './part';
import { FailureSchema, MAX_FAILURES } from './failure';
import { groupIssues, GroupSchema, MAX_GROUPS } from './groups';

/** "groups[2].members[3]" as a Zod path. */
const pathOf = (path: string): Array<string | number> => path.split(/[.[\]]/).filter(Boolean).map((k) => (/^\d+$/.test(k) ? Number(k) : k));

export const DESIGN_FORMAT = 'iov-planner/design';
export const DESIGN_VERSION = 3;

/** Counts a design may hold; the importer and the editor's operations check the same numbers. */
export const DESIGN_LIMITS = { nodes: 20000, links: 100000, workloads: 100, customParts: 500, adaptersPerServer: 16 } as const;

const id = z.string().min(1).max(80);
const label = z.string().max(120);
const coord = z.number().finite().min(-1e6).max(1e6);

/** An adapter installed in a server's slot. */
export const InstalledAdapterSchema = z.object({
  id,
  partId: id,
  /** Flow kinds this adapter may carry; absent = any it can reach (teaming across adapters). */
  roles: z.array(FlowKindSchema).min(1).optional(),
});
export type InstalledAdapter = z.infer<typeof InstalledAdapterSchema>;

export const DesignNodeSchema = z.object({
  id,
  partId: id,
  label,
  position: z.object({ x: coord, y: coord }),
  /** One node can stand for N identical parts (the seed's 128 servers). */
  count: z.number().int().min(1).max(100000),
  /** Servers only. */
  adapters: z.array(InstalledAdapterSchema).max(DESIGN_LIMITS.adaptersPerServer).optional(),
  vmsPerServer: z.number().int().min(0).max(1000).optional(),
  workloadId: id.optional(),
  hypervisor: z.string().max(60).optional(),
});
export type DesignNode = z.infer<typeof DesignNodeSchema>;

/**
 * A port handle on a node. Adapter ports: `a/<adapterId>/<port>` (port from 0).
 * Switches, storage and networks: `p`. Gateways: `A` (InfiniBand side) and `B` (other side).
 */
export const PortRefSchema = z.object({ node: id, handle: z.string().min(1).max(120) });
export type PortRef = z.infer<typeof PortRefSchema>;

export const DesignLinkSchema = z.object({
  id,
  a: PortRefSchema,
  b: PortRefSchema,
  /** Parallel cables between each pair of expanded members (switch uplinks); 1 for adapter ports. */
  lanes: z.number().int().min(1).max(64),
  /**
   * How a link between two groups/stacks expands. false (default): members are paired in blocks
   * (server i of 128 goes to switch ⌊i·12/128⌋ of 12). true: every member of one side connects to
   * every member of the other (leaf–spine), `lanes` cables each.
   */
  mesh: z.boolean().optional(),
  cablePartId: id.optional(),
  lengthM: z.number().finite().min(0).max(100000),
});
export type DesignLink = z.infer<typeof DesignLinkSchema>;

export const PriceOverrideSchema = z.object({
  priceUsd: bounded(BOUNDS.priceUsd).optional(),
  powerW: bounded(BOUNDS.powerW).optional(),
});

export const DesignSchema = z.object({
  format: z.literal(DESIGN_FORMAT),
  version: z.literal(DESIGN_VERSION),
  name: z.string().min(1).max(120),
  description: z.string().max(4000).default(''),
  /** The template this design started from, if any. */
  templateId: z.string().max(80).optional(),
  nodes: z.array(DesignNodeSchema).max(DESIGN_LIMITS.nodes),
  links: z.array(DesignLinkSchema).max(DESIGN_LIMITS.links),
  workloads: z.array(WorkloadSchema).min(1).max(DESIGN_LIMITS.workloads),
  settings: SettingsSchema,
  /** The design's own price list: per part id, price and watts that replace the catalog's. */
  priceList: z.record(id, PriceOverrideSchema).default({}),
  /** The price list file the design's prices were last imported from (the design records which prices it uses). */
  priceListSource: z.object({ name: z.string().min(1).max(200), importedAt: z.string().max(40) }).optional(),
  /** Parts the user added to the catalog for this design. */
  customParts: z.array(PartSchema).max(DESIGN_LIMITS.customParts).default([]),
  /** What-if analysis: parts failed on purpose (docs/failures.md). Not in the bill of materials. */
  failures: z.array(FailureSchema).max(MAX_FAILURES).optional(),
  /** Diagram groups (a pod, a tier): presentation only, the simulation ignores them (groups.ts). */
  groups: z.array(GroupSchema).max(MAX_GROUPS).optional(),
}).superRefine((d, ctx) => {
  // A group names nodes of this design, each in one group: checked here so every reader of a
  // file (app, CLI, journal) refuses a dangling or doubled member with its path.
  if (d.groups) groupIssues(d.groups, new Set(d.nodes.map((n) => n.id)), (path, message) => ctx.addIssue({ code: 'custom', path: pathOf(path), message }));
});
export type Design = z.infer<typeof DesignSchema>;
export type DesignInput = z.input<typeof DesignSchema>;

export const adapterHandle = (adapterId: string, port: number): string => `a/${adapterId}/${port}`;

export function parseAdapterHandle(handle: string): { adapterId: string; port: number } | null {
  const m = /^a\/(.+)\/(\d+)$/.exec(handle);
  if (!m) return null;
  return { adapterId: m[1]!, port: Number(m[2]) };
}
