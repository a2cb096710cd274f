// Fat-tree arithmetic for one fabric whose tiers may use different switch parts (24-port leaves
// under a 288-port director, say). Pure numbers for given parts; plan.ts tries the catalog's parts
// in every shape and keeps the cheapest. The shapes:
// - one switch for every port (no HA), or one switch per rail (each holds its rail's servers and
//   its share of the services: two switches for a small HA design);
// - two tiers: leaves (servers and border leaves) each meet every spine with the same cables;
// - three tiers: pods of leaves under aggregation switches, one core plane per leaf uplink.
import type { SwitchPart } from '../../domain';
import { leafSplit } from './fatTree';

export { leafSplit };

/** The design format bundles at most 64 parallel cables in one link (DesignLinkSchema). */
export const MAX_LANES = 64;

/** One rail of the servers' ports: HA designs have two, on separate switches. */
export interface Rail {
  servers: number;
  /** Ports each server puts on this rail's switches. */
  portsPerServer: number;
}

export interface Pod {
  servers: number;
  /** Leaves of each rail in this pod. */
  leavesPerRail: number[];
  /** Border leaves (services) in this pod: a server pod with room, or a pod of their own. */
  borderLeaves: number;
}

export type Tree =
  | {
      tiers: 1;
      part: SwitchPart;
      /** 1: every rail on one switch; R: one switch per rail. */
      switches: number;
    }
  | {
      tiers: 2;
      leaf: SwitchPart;
      spine: SwitchPart;
      down: number;
      up: number;
      /** Server groups (one unless another fabric splits the servers into pods). */
      pods: Pod[];
      borderLeaves: number;
      spines: number;
      /** Cables from each leaf to each spine. */
      lanes: number;
    }
  | {
      tiers: 3;
      leaf: SwitchPart;
      aggregation: SwitchPart;
      core: SwitchPart;
      down: number;
      up: number;
      pods: Pod[];
      /** One per leaf uplink (a leaf sends one cable to each aggregation switch of its pod). */
      aggregationPerPod: number;
      /** Downlinks of each aggregation switch: the fullest pod's leaves. */
      aggregationDown: number;
      /** Uplinks of each aggregation switch to the cores: at least its downlinks (non-blocking). */
      aggregationUp: number;
      cores: number;
      /** Cables from an aggregation switch to each core it meets. */
      coreLanes: number;
    };

export interface Counts {
  leaves: number;
  border: number;
  spines: number;
  aggregation: number;
  cores: number;
  total: number;
}

/** The largest divisor of n that is at most `max` (1 always qualifies). */
export function largestDivisorAtMost(n: number, max: number): number {
  for (let d = Math.min(n, Math.floor(max)); d > 1; d--) if (n % d === 0) return d;
  return 1;
}

/** Servers one leaf of `down` host ports takes on each rail. */
export const serversPerLeaf = (down: number, rails: readonly Rail[]): number[] => rails.map((r) => Math.floor(down / r.portsPerServer));

/**
 * Spines for `leaves` leaves of `up` uplinks each, on `k`-port spines: every leaf meets every
 * spine with the same number of cables (a divisor of `up`, at most 64); most cables first, so the
 * fewest spines. Null when even one cable per leaf does not fit (more leaves than spine ports).
 */
export function spineLayer(leaves: number, up: number, k: number): { spines: number; lanes: number } | null {
  if (leaves > k) return null;
  const lanes = largestDivisorAtMost(up, Math.min(MAX_LANES, k / leaves));
  return { spines: up / lanes, lanes };
}

/** Server groups → pods of leaves per rail (a leaf never mixes groups: each rounds up alone). */
function serverPods(groups: readonly number[], perLeaf: readonly number[]): Pod[] {
  return groups.map((n) => ({ servers: n, leavesPerRail: perLeaf.map((s) => Math.ceil(n / s)), borderLeaves: 0 }));
}

const podLeaves = (p: Pod): number => p.leavesPerRail.reduce((a, b) => a + b, 0) + p.borderLeaves;

export function twoTier(opts: { leaf: SwitchPart; spine: SwitchPart; oversubscription: number; rails: readonly Rail[]; groups: readonly number[]; borderLeaves: number }): Tree | null {
  const { down, up } = leafSplit(opts.leaf.ports, opts.oversubscription);
  const perLeaf = serversPerLeaf(down, opts.rails);
  if (perLeaf.some((n) => n < 1)) return null;
  const pods = serverPods(opts.groups, perLeaf);
  const leaves = pods.reduce((s, p) => s + podLeaves(p), 0) + opts.borderLeaves;
  const layer = spineLayer(leaves, up, opts.spine.ports);
  if (!layer) return null;
  return { tiers: 2, leaf: opts.leaf, spine: opts.spine, down, up, pods, borderLeaves: opts.borderLeaves, ...layer };
}

/** Servers one pod holds: its aggregation switches take half their ports down, shared by the rails. */
export function serversPerPod(leaf: SwitchPart, aggregation: SwitchPart, oversubscription: number, rails: readonly Rail[]): number {
  const { down } = leafSplit(leaf.ports, oversubscription);
  const railLeaves = Math.floor(Math.floor(aggregation.ports / 2) / rails.length);
  return railLeaves * Math.min(...serversPerLeaf(down, rails));
}

/** Full pods first, the rest in the last: no pod rounds up leaves it does not need. */
export function fillPods(servers: number, perPod: number): number[] {
  const pods = Math.ceil(servers / perPod);
  return Array.from({ length: pods }, (_, i) => (i < pods - 1 ? perPod : servers - perPod * (pods - 1)));
}

/**
 * Three tiers. Servers fill the fewest pods that hold them (or take the groups another fabric
 * already uses). The border leaves go into the server pod with most room (`shared`, when they fit
 * there) or into pods of their own: `pods` of them, `leaves` each — services too many for one pod
 * are split into copies, one per border pod, all equally near every server pod through the cores.
 * Null when the parts cannot hold the servers.
 */
export function threeTier(opts: {
  leaf: SwitchPart;
  aggregation: SwitchPart;
  core: SwitchPart;
  oversubscription: number;
  rails: readonly Rail[];
  groups?: readonly number[];
  border: { leaves: number; pods: number; shared: boolean };
}): Tree | null {
  const { leaf, aggregation, core, rails, border } = opts;
  const { down, up } = leafSplit(leaf.ports, opts.oversubscription);
  const perLeaf = serversPerLeaf(down, rails);
  const perPod = serversPerPod(leaf, aggregation, opts.oversubscription, rails);
  if (perPod < 1 || perLeaf.some((n) => n < 1)) return null;
  const servers = rails[0]!.servers;
  const groups = opts.groups ?? fillPods(servers, perPod);
  if (groups.some((n) => n > perPod)) return null;
  const half = Math.floor(aggregation.ports / 2);
  const pods = serverPods(groups, perLeaf);
  if (border.leaves > half) return null;
  const roomiest = pods.reduce((best, p, i) => (podLeaves(p) < podLeaves(pods[best]!) ? i : best), 0);
  if (border.shared && border.pods === 1 && half - podLeaves(pods[roomiest]!) >= border.leaves) pods[roomiest]!.borderLeaves = border.leaves;
  else for (let b = 0; b < border.pods; b++) pods.push({ servers: 0, leavesPerRail: rails.map(() => 0), borderLeaves: border.leaves });
  // Each core meets one aggregation switch of every pod (a plane per leaf uplink): at most
  // `core.ports` pods. An aggregation switch needs as many uplinks as its fullest pod has leaves
  // (non-blocking); it may use more of its free ports when that lets each bundle to a core carry
  // more cables — 13 uplinks go one by one to 13 cores, 15 as 5 cables to each of 3.
  if (pods.length > core.ports) return null;
  const aggregationDown = Math.max(...pods.map(podLeaves));
  const maxLanes = Math.min(MAX_LANES, Math.floor(core.ports / pods.length));
  let best: { perPlane: number; lanes: number } | null = null;
  for (let u = aggregationDown; u <= aggregation.ports - aggregationDown; u++) {
    const lanes = largestDivisorAtMost(u, maxLanes);
    if (!best || u / lanes < best.perPlane) best = { perPlane: u / lanes, lanes };
  }
  if (!best) return null;
  return { tiers: 3, leaf, aggregation, core, down, up, pods, aggregationPerPod: up, aggregationDown, aggregationUp: best.perPlane * best.lanes, cores: up * best.perPlane, coreLanes: best.lanes };
}

export function switchCounts(t: Tree): Counts {
  if (t.tiers === 1) return { leaves: t.switches, border: 0, spines: 0, aggregation: 0, cores: 0, total: t.switches };
  const leaves = t.pods.reduce((s, p) => s + p.leavesPerRail.reduce((a, b) => a + b, 0), 0);
  if (t.tiers === 2) return { leaves, border: t.borderLeaves, spines: t.spines, aggregation: 0, cores: 0, total: leaves + t.borderLeaves + t.spines };
  const border = t.pods.reduce((s, p) => s + p.borderLeaves, 0);
  const aggregation = t.pods.length * t.aggregationPerPod;
  return { leaves, border, spines: 0, aggregation, cores: t.cores, total: leaves + border + aggregation + t.cores };
}

/** Shape and parts: trees with the same key differ only in where the border leaves sit. */
export function shapeKey(t: Tree): string {
  if (t.tiers === 1) return `1:${t.part.id}×${t.switches}`;
  return t.tiers === 2 ? `2:${t.leaf.id}/${t.spine.id}` : `3:${t.leaf.id}/${t.aggregation.id}/${t.core.id}`;
}

/** Cables between switches (each priced like any cable). */
export function fabricCables(t: Tree): number {
  if (t.tiers === 1) return 0;
  const c = switchCounts(t);
  const leafUplinks = (c.leaves + c.border) * t.up;
  return t.tiers === 2 ? leafUplinks : leafUplinks + c.aggregation * t.aggregationUp;
}

/** Switches of each part, for costing and the bill of materials. */
export function switchesByPart(t: Tree): Array<[SwitchPart, number]> {
  const c = switchCounts(t);
  if (t.tiers === 1) return [[t.part, t.switches]];
  if (t.tiers === 2) return [[t.leaf, c.leaves + c.border], [t.spine, c.spines]];
  return [[t.leaf, c.leaves + c.border], [t.aggregation, c.aggregation], [t.core, c.cores]];
}
