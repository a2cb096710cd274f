// Fat-tree arithmetic for one fabric of identical k-port switches (folded Clos, as in the
// cluster configurators): leaves take the servers' ports on their downlinks and split the rest
// into uplinks by the oversubscription ratio; two tiers (leaf + spine) hold up to k²/2 host ports
// non-blocking, three tiers (leaf + aggregation in pods, + core) up to k³/4. Pure numbers: the
// design builder turns them into nodes and links, and the wizard explains them.

/** A leaf's k ports split into downlinks (hosts) and uplinks, down:up ≤ the ratio. */
export function leafSplit(k: number, oversubscription: number): { down: number; up: number } {
  const down = Math.floor((k * oversubscription) / (oversubscription + 1));
  return { down, up: k - down };
}

/** Leaves for `servers` that each put `portsPerServer` ports on the same leaf, `down` host ports per leaf. */
export function leavesFor(servers: number, portsPerServer: number, down: number): number {
  const perLeaf = Math.floor(down / portsPerServer);
  if (perLeaf < 1) throw new Error(`a leaf with ${down} host ports cannot take ${portsPerServer} ports of one server`);
  return Math.ceil(servers / perLeaf);
}

const divisorsDescending = (n: number): number[] => {
  const out: number[] = [];
  for (let d = n; d >= 1; d--) if (n % d === 0) out.push(d);
  return out;
};

/**
 * Spines for `leaves` leaves of `up` uplinks each: every leaf meets every spine with the same
 * number of parallel cables (lanes), so lanes divide `up`; a spine's k ports take one bundle per
 * leaf. Most lanes first = fewest spines. Null when even one cable per spine does not fit.
 */
export function spineTier(leaves: number, up: number, k: number): { spines: number; lanes: number } | null {
  for (const lanes of divisorsDescending(up)) if (leaves * lanes <= k) return { spines: up / lanes, lanes };
  return null;
}

/** One rail of the servers' ports: HA designs have two, on separate leaves. */
export interface Rail {
  servers: number;
  /** Ports each server puts on this rail's leaves. */
  portsPerServer: number;
}

export interface FatTreeInput {
  /** Switch ports. */
  k: number;
  /** Leaf downlinks per uplink: 1 (non-blocking), 2 or 3. */
  oversubscription: number;
  /** One rail, or two for HA (the same servers, a port on each). */
  rails: readonly Rail[];
  /** Leaves that carry the fabric's services (gateways, storage, LAN uplinks) on their downlinks. */
  borderLeaves: number;
  /**
   * Server groups the design already splits the servers into (pods another fabric of the same
   * servers needs); absent: one group. Leaves never mix groups, so each group rounds up alone.
   */
  groups?: readonly number[];
}

export interface Pod {
  servers: number;
  /** Leaves of each rail in this pod. */
  leavesPerRail: number[];
  /** Border leaves in this pod (a border pod has no servers). */
  borderLeaves: number;
}

export type FatTree =
  | { tiers: 1; down: number; up: number; leaves: 1 }
  | { tiers: 2; down: number; up: number; leavesPerRail: number[]; borderLeaves: number; spines: number; lanes: number; groups: Pod[] }
  | {
      tiers: 3;
      down: number;
      up: number;
      pods: Pod[];
      /** Aggregation switches per pod (one per leaf uplink: lanes 1 leaf → aggregation). */
      aggregationPerPod: number;
      /** Uplinks of each aggregation switch (= its downlinks in the fullest pod: non-blocking). */
      aggregationUp: number;
      cores: number;
      /** Parallel cables from an aggregation switch to each core it meets. */
      coreLanes: number;
    };

/**
 * The smallest fat tree for the rails and border leaves. One tier when a single switch holds
 * every port (one rail only: HA needs two switches); two when every leaf reaches every spine;
 * three beyond. Throws when even three tiers of k-port switches are not enough.
 */
export function fatTree(input: FatTreeInput): FatTree {
  const { k, oversubscription, rails, borderLeaves } = input;
  const { down, up } = leafSplit(k, oversubscription);
  const groups = input.groups ?? [rails[0]!.servers];
  const perLeaf = rails.map((r) => Math.floor(down / r.portsPerServer));
  if (perLeaf.some((n) => n < 1)) throw new Error(`a leaf with ${down} host ports cannot take all the ports of one server on one rail`);
  const pods: Pod[] = groups.map((n) => ({ servers: n, leavesPerRail: perLeaf.map((s) => Math.ceil(n / s)), borderLeaves: 0 }));
  const leavesPerRail = rails.map((_, r) => pods.reduce((sum, p) => sum + p.leavesPerRail[r]!, 0));
  const leaves = leavesPerRail.reduce((a, b) => a + b, 0) + borderLeaves;
  if (rails.length === 1 && leaves === 1) return { tiers: 1, down, up, leaves: 1 };
  const two = spineTier(leaves, up, k);
  if (two) return { tiers: 2, down, up, leavesPerRail, borderLeaves, spines: two.spines, lanes: two.lanes, groups: pods };
  return threeTier(input, down, up, perLeaf);
}

/** Even split of n into parts (the first parts one larger). */
export function evenSplit(n: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(n / parts) + (i < n % parts ? 1 : 0));
}

/** Servers one pod holds: its aggregation switches take half their ports down, shared by the rails. */
export function serversPerPod(k: number, oversubscription: number, rails: readonly Rail[]): number {
  const { down } = leafSplit(k, oversubscription);
  const railLeavesPerPod = Math.floor(Math.floor(k / 2) / rails.length);
  return railLeavesPerPod * Math.min(...rails.map((r) => Math.floor(down / r.portsPerServer)));
}

function threeTier(input: FatTreeInput, down: number, up: number, perLeaf: number[]): FatTree {
  const { k, rails, borderLeaves } = input;
  const half = Math.floor(k / 2);
  const perPod = serversPerPod(k, input.oversubscription, rails);
  if (perPod < 1) throw new Error(`${k}-port switches cannot form pods for ${rails.length} rails`);
  const servers = rails[0]!.servers;
  const groups = input.groups && input.groups.length > 1 ? input.groups : evenSplit(servers, Math.ceil(servers / perPod));
  if (groups.some((n) => n > perPod)) throw new Error(`a server group of ${Math.max(...groups)} is larger than a pod of ${k}-port switches holds (${perPod})`);
  const pods: Pod[] = groups.map((n) => ({ servers: n, leavesPerRail: perLeaf.map((s) => Math.ceil(n / s)), borderLeaves: 0 }));
  for (const n of evenSplit(borderLeaves, Math.ceil(borderLeaves / half))) pods.push({ servers: 0, leavesPerRail: rails.map(() => 0), borderLeaves: n });
  const podLeaves = (p: Pod): number => p.leavesPerRail.reduce((a, b) => a + b, 0) + p.borderLeaves;
  const aggregationUp = Math.max(...pods.map(podLeaves));
  // Each core meets one aggregation switch of every pod; most lanes first = fewest cores.
  for (const coreLanes of divisorsDescending(aggregationUp)) {
    if (pods.length * coreLanes <= k) {
      return { tiers: 3, down, up, pods, aggregationPerPod: up, aggregationUp, cores: (up * aggregationUp) / coreLanes, coreLanes };
    }
  }
  // A core has k ports, one per pod at least: k pods at most.
  throw new Error(`more than three tiers of ${k}-port switches would be needed: three tiers hold ${(k * perPod).toLocaleString('en-US')} servers at this oversubscription (${k} pods of ${perPod})`);
}

/** Switches of each tier, for notes and tests. */
export function switchCounts(t: FatTree): { leaves: number; border: number; spines: number; aggregation: number; cores: number; total: number } {
  if (t.tiers === 1) return { leaves: 1, border: 0, spines: 0, aggregation: 0, cores: 0, total: 1 };
  if (t.tiers === 2) {
    const leaves = t.leavesPerRail.reduce((a, b) => a + b, 0);
    return { leaves, border: t.borderLeaves, spines: t.spines, aggregation: 0, cores: 0, total: leaves + t.borderLeaves + t.spines };
  }
  const leaves = t.pods.reduce((s, p) => s + p.leavesPerRail.reduce((a, b) => a + b, 0), 0);
  const border = t.pods.reduce((s, p) => s + p.borderLeaves, 0);
  const aggregation = t.pods.length * t.aggregationPerPod;
  return { leaves, border, spines: 0, aggregation, cores: t.cores, total: leaves + border + aggregation + t.cores };
}
