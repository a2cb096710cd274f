// One fabric's switches: every shape (one switch, one per rail, two tiers, three tiers) with every
// candidate part in every tier, costed as the results will cost it, the cheapest kept. A seed
// catalog has two InfiniBand switches, so this is at most 2 + 2 + 4 + 8 trees: arithmetic only,
// fast enough to run on each keystroke.
import type { Catalog } from '../../catalog';
import type { Settings, SwitchPart } from '../../domain';
import type { FabricProfile } from './profiles';
import { attach, borderLeavesFor, sizeServices, uplinkLeaves, withMembers, type Attachment, type ServiceGroup } from './services';
import { defaultCable, energyUsdPerW, ownUsd } from './costs';
import { fabricCables, leafSplit, MAX_LANES, serversPerPod, shapeKey, switchCounts, switchesByPart, threeTier, twoTier, type Counts, type Rail, type Tree } from './tree';

export interface FabricNeeds {
  profile: FabricProfile;
  /** Switch parts to try, in every tier. */
  candidates: readonly SwitchPart[];
  rails: readonly Rail[];
  oversubscription: number;
  ha: boolean;
  /** What the fabric carries to its services, Gb/s, and how many flows (hash spread on uplinks). */
  lanGbps: number;
  sanGbps: number;
  flows: number;
  catalog: Catalog;
  settings: Settings;
}

export interface FabricPlan {
  tree: Tree;
  counts: Counts;
  /** The services of one copy: all of them, or one rail's share when each rail has its own switch. */
  services: ServiceGroup[];
  copies: number;
  /** How each group meets the border leaves (or its copy's one switch). */
  attachments: Attachment[];
  /** Switches, cables between them and to the services, and gateways: price plus energy. */
  costUsd: number;
  /** Fabrics the catalog's switches could build for this, and the cheapest one not chosen. */
  options: number;
  runnerUp?: { tree: Tree; costUsd: number };
  /** Servers per pod of every three-tier tree that fits: pod sizes another fabric may share. */
  podSizes: number[];
}

export function memberPorts(catalog: Catalog, g: ServiceGroup): number {
  const p = catalog.byId.get(g.partId);
  return !p ? 0 : p.kind === 'gateway' ? p.sideA.ports : 'ports' in p ? p.ports : 0;
}

/** The groups on one switch each (lanes within the format's limit), or null. */
function onOneSwitch(groups: readonly ServiceGroup[], catalog: Catalog): Attachment[] | null {
  const att = groups.map((g) => attach(g, 1, memberPorts(catalog, g)));
  return att.every((a): a is Attachment => a !== null && a.lanes <= MAX_LANES) ? att : null;
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

export function planFabric(n: FabricNeeds, groups?: readonly number[]): FabricPlan | null {
  const { catalog, candidates, rails } = n;
  const perW = energyUsdPerW(n.settings);
  const cableUsd = ownUsd(defaultCable(catalog, candidates[0]!), perW);
  const servers = rails[0]!.servers;
  const hostPorts = rails.map((r) => servers * r.portsPerServer);
  const all = sizeServices({ services: n.profile.services, catalog, lanGbps: n.lanGbps, sanGbps: n.sanGbps, ha: n.ha });

  // Gateways are I/O capex; storage only when the settings count it (src/sim/bom.ts).
  const serviceUsd = (g: ServiceGroup): number => {
    const own = (id: string, count: number): number => count * ownUsd(catalog.byId.get(id), perW);
    const counted = (id: string): boolean => catalog.byId.get(id)?.kind === 'gateway' || (n.settings.includeServersAndStorage && catalog.byId.get(id)?.kind === 'storage');
    return (counted(g.partId) ? own(g.partId, g.members) : 0) + (g.beyond && counted(g.beyond.partId) ? own(g.beyond.partId, g.beyond.members) : 0);
  };
  const serviceCables = (groups: readonly ServiceGroup[], att: readonly Attachment[], leaves: number): number =>
    sum(groups.map((g, i) => (g.members >= leaves ? g.members : leaves) * att[i]!.lanes));

  let best = null as FabricPlan | null;
  let options = 0;
  const podSizes = new Set<number>();
  /** The cheapest tree of each shape and parts, for the runner-up. */
  const byShape = new Map<string, { tree: Tree; costUsd: number }>();
  const offer = (tree: Tree, services: ServiceGroup[], copies: number, attachments: Attachment[], attachLeaves: number): void => {
    options++;
    const counts = switchCounts(tree);
    const switchUsd = sum(switchesByPart(tree).map(([p, k]) => k * ownUsd(p, perW)));
    const cables = fabricCables(tree) + copies * serviceCables(services, attachments, attachLeaves);
    const costUsd = switchUsd + cables * cableUsd + copies * sum(services.map(serviceUsd));
    const key = shapeKey(tree);
    if (!byShape.has(key) || costUsd < byShape.get(key)!.costUsd) byShape.set(key, { tree, costUsd });
    // Ties: fewer switches, then fewer tiers (candidates come smallest first).
    const better = (b: FabricPlan): boolean =>
      costUsd < b.costUsd - 1e-6 || (Math.abs(costUsd - b.costUsd) <= 1e-6 && (counts.total < b.counts.total || (counts.total === b.counts.total && tree.tiers < b.tree.tiers)));
    if (!best || better(best)) best = { tree, counts, services, copies, attachments, costUsd, options: 0, podSizes: [] };
  };

  // One switch for every port: no uplinks, no spines (HA needs two switches).
  const single = n.ha ? null : onOneSwitch(all, catalog);
  if (single) {
    const ports = sum(hostPorts) + sum(single.map((a) => a.perLeaf));
    for (const part of candidates) if (ports <= part.ports) offer({ tiers: 1, part, switches: 1 }, all, 1, single, 1);
  }

  // One switch per rail, each with its rail's share of the services (the rails pair up for HA).
  const R = rails.length;
  if (R > 1 && hostPorts.every((h) => h === hostPorts[0])) {
    const share = sizeServices({ services: n.profile.services, catalog, lanGbps: n.lanGbps / R, sanGbps: n.sanGbps / R, ha: false });
    const att = onOneSwitch(share, catalog);
    // The existing LAN is one network every rail reaches: its ports are shared.
    const lanFits = share.every((g) => g.key !== 'lan' || R * g.fabricPorts <= memberPorts(catalog, g));
    if (att && lanFits) {
      const ports = hostPorts[0]! + sum(att.map((a) => a.perLeaf));
      for (const part of candidates) if (ports <= part.ports) offer({ tiers: 1, part, switches: R }, share, R, att, 1);
    }
  }

  // Two and three tiers. Border leaves depend on the leaf part (and the copies) only.
  const memo = new Map<string, Border | null>();
  const borderOf = (leaf: SwitchPart, copies: number): Border | null => {
    const key = `${leaf.id}|${copies}`;
    if (!memo.has(key)) memo.set(key, borderLeaves(n, leaf, copies, copies === 1 ? all : undefined));
    return memo.get(key)!;
  };
  for (const leaf of candidates) {
    const border = borderOf(leaf, 1);
    if (!border) continue;
    const split = { oversubscription: n.oversubscription, rails };
    for (const spine of candidates) {
      const t = twoTier({ ...split, leaf, spine, borderLeaves: border.leaves, groups: groups ?? [servers] });
      if (t) offer(t, border.groups, 1, border.attachments, border.leaves);
    }
    for (const aggregation of candidates) {
      // Border leaves in a server pod with room, or in a pod of their own: whichever is cheaper.
      // More than a pod holds: the fewest copies of the services whose border leaves each fit one.
      const half = Math.floor(aggregation.ports / 2);
      const pods = border.leaves <= half ? [border] : borderPods(half, Math.ceil(border.leaves / half), (copies) => borderOf(leaf, copies));
      for (const b of pods) {
        for (const core of candidates) {
          for (const shared of b.copies === 1 ? [true, false] : [false]) {
            const t = threeTier({ ...split, leaf, aggregation, core, border: { leaves: b.leaves, pods: b.copies, shared }, ...(groups && groups.length > 1 ? { groups } : {}) });
            if (!t) continue;
            offer(t, b.groups, b.copies, b.attachments, b.leaves);
            podSizes.add(serversPerPod(leaf, aggregation, n.oversubscription, rails));
          }
        }
      }
    }
  }
  if (!best) return null;
  const bestKey = shapeKey(best.tree);
  const runnerUp = [...byShape].filter(([k]) => k !== bestKey).sort(([, a], [, b]) => a.costUsd - b.costUsd)[0]?.[1];
  return { ...best, options, podSizes: [...podSizes], ...(runnerUp ? { runnerUp } : {}) };
}

/**
 * Border leaves of `leaf` parts for one of `copies` equal shares of the services (`all` of them
 * when already sized): enough downlinks
 * for their cables, enough uplinks for their traffic (hash spread), at least one per rail with
 * HA, and no bundle over the format's 64 cables (a single LAN member's ports spread over more
 * leaves). Null if impossible.
 */
function borderLeaves(n: FabricNeeds, leaf: SwitchPart, copies: number, all?: ServiceGroup[]): Border | null {
  const { down, up } = leafSplit(leaf.ports, n.oversubscription);
  const lanGbps = n.lanGbps / copies;
  const sanGbps = n.sanGbps / copies;
  const groups = all ?? sizeServices({ services: n.profile.services, catalog: n.catalog, lanGbps, sanGbps, ha: n.ha });
  let min = uplinkLeaves(lanGbps + sanGbps, n.flows / copies, up, leaf.portDataGbps, leaf.protocol);
  for (const g of groups) if (g.members === 1) min = Math.max(min, Math.ceil(g.fabricPorts / MAX_LANES));
  try {
    const b = borderLeavesFor(groups, down, n.ha, (g) => memberPorts(n.catalog, g), min, (g, m) => withMembers(g, m, n.catalog, g.key === 'gwfc' ? sanGbps : lanGbps, n.ha));
    return b.attachments.every((a) => a.lanes <= MAX_LANES) ? { ...b, copies } : null;
  } catch {
    return null;
  }
}

interface Border {
  leaves: number;
  attachments: Attachment[];
  groups: ServiceGroup[];
  copies: number;
}

/** The fewest copies (from `from`) whose border leaves fit a pod of `half` leaves; a few tries. */
function borderPods(half: number, from: number, border: (copies: number) => Border | null): Border[] {
  for (let copies = from; copies < from + 4; copies++) {
    const b = border(copies);
    if (b && b.leaves <= half) return [b];
  }
  return [];
}
