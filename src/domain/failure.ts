import { z } from 'zod';

/**
 * A failure is analysis state on the expanded topology (docs/failures.md), not a part of the
 * design's bill of materials. `member` absent = every member of the node (the whole group or
 * stack); `pair` absent = every cable of the design link.
 *
 * - node: one member (or all) of a switch, gateway, storage, network or server node: its ports
 *   and cables go, nothing else; what was cabled only to it is cut off (no re-cabling).
 * - adapter: one server's adapter (or that adapter in every server of the group).
 * - cable: one member pair of a design link — the bundle of `lanes` cables between two members.
 */
const ref = z.string().min(1).max(80);
const index = z.number().int().min(0).max(10_000_000);

export const FailureSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('node'), node: ref, member: index.optional() }),
  z.object({ kind: z.literal('adapter'), node: ref, adapter: ref, member: index.optional() }),
  z.object({ kind: z.literal('cable'), link: ref, pair: index.optional() }),
]);
export type Failure = z.infer<typeof FailureSchema>;

export const MAX_FAILURES = 1000;

/** A stable key for a failure (list keys, equality, CLI output). */
export function failureKey(f: Failure): string {
  switch (f.kind) {
    case 'node':
      return `node:${f.node}${f.member === undefined ? '' : `#${f.member}`}`;
    case 'adapter':
      return `adapter:${f.node}${f.member === undefined ? '' : `#${f.member}`}/${f.adapter}`;
    case 'cable':
      return `cable:${f.link}${f.pair === undefined ? '' : `#${f.pair}`}`;
  }
}

export const sameFailure = (a: Failure, b: Failure): boolean => failureKey(a) === failureKey(b);

/** What one failure (or one set of failures) does to the VMs, against the intact design. */
export interface FailureImpact {
  /** failureKey of the failure, or of the set joined by " + ". */
  target: string;
  kind: Failure['kind'] | 'set';
  /** What a person reads: `IB leaf switches #3 (of 8)`. */
  label: string;
  failures: Failure[];
  /** VMs that had such a flow in the intact design and have no path now. */
  vmsCutOff: { lan: number; san: number; ipc: number };
  /** VMs cut off from at least one of LAN, SAN and server-to-server; and from LAN and SAN both. */
  vmsAffected: number;
  vmsLostLanAndSan: number;
  /** Relative change of the total delivered per flow kind (−1 = all lost, 0 = no change). */
  bandwidthChange: { lan: number; san: number; ipc: number };
  /** Delivered totals after the failure: LAN and server-to-server Gb/s, SAN MB/s. */
  totals: { lanGbps: number; sanMBps: number; ipcGbps: number };
  /** Per-VM minimum and median after the failure, over VMs that still have the flow (LAN, IPC Gb/s; SAN MB/s). */
  perVm: { lan: { min: number; median: number }; san: { min: number; median: number }; ipc: { min: number; median: number } };
  /** Bottlenecks that were not among the intact design's. */
  newBottlenecks: string[];
  /**
   * n−1 by class (docs/failures.md): the single failures this impact stands for, `failures[0]`
   * (the one simulated) first, when more than one; each of them has these figures.
   */
  members?: Failure[];
}

/**
 * Failures that still name something in the design: an edit that deletes a node, a link or an
 * adapter, or shrinks a group, drops the failures of what is gone (a failed member #8 of a stack
 * cut to 4). Returns the same design when nothing changes.
 */
export function pruneFailures<D extends { nodes: readonly { id: string; count: number; adapters?: readonly { id: string }[] | undefined }[]; links: readonly { id: string; a: { node: string }; b: { node: string }; mesh?: boolean | undefined }[]; failures?: Failure[] | undefined }>(design: D): D {
  const failures = design.failures;
  if (!failures || failures.length === 0) return design;
  const nodes = new Map(design.nodes.map((n) => [n.id, n]));
  const keep = failures.filter((f) => {
    if (f.kind === 'cable') {
      const link = design.links.find((l) => l.id === f.link);
      if (!link) return false;
      const a = nodes.get(link.a.node)?.count ?? 1;
      const b = nodes.get(link.b.node)?.count ?? 1;
      return f.pair === undefined || f.pair < (link.mesh ? a * b : Math.max(a, b));
    }
    const node = nodes.get(f.node);
    if (!node || (f.member !== undefined && f.member >= node.count)) return false;
    return f.kind !== 'adapter' || (node.adapters ?? []).some((a) => a.id === f.adapter);
  });
  if (keep.length === failures.length) return design;
  const { failures: _drop, ...rest } = design;
  return (keep.length ? { ...rest, failures: keep } : rest) as D;
}

/** The design with `f` failed (added) or restored (removed); `undefined` failures when none are left. */
export function toggleFailure<D extends { failures?: Failure[] | undefined }>(design: D, f: Failure, failed: boolean): D {
  const current = design.failures ?? [];
  const has = current.some((x) => sameFailure(x, f));
  if (has === failed) return design;
  const next = failed ? [...current, f] : current.filter((x) => !sameFailure(x, f));
  const { failures: _drop, ...rest } = design;
  return (next.length ? { ...rest, failures: next } : rest) as D;
}
