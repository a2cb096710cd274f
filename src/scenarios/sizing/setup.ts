// What sizing needs besides the server count (parts, IOV mode, adapters per server), and every
// fabric's plan for a count: the refusal's limit search calls it over and over, so it is cheap.
import type { Catalog } from '../../catalog';
import { DEFAULT_SETTINGS, type AdapterPart, type IovMode, type ServerPart, type Settings, type SwitchPart } from '../../domain';
import { sizeHost, type HostSizing, type VmDemand } from './hostSide';
import type { SizingInput } from './inputs';
import { adapterForMode, profileFor, type Profile } from './profiles';
import { switchCandidates } from './costs';
import { planFabric, type FabricNeeds, type FabricPlan } from './plan';
import { fillPods } from './tree';

const MODES_BEST_FIRST: IovMode[] = ['passthrough', 'native', 'software'];

function pick<T extends { kind: string }>(catalog: Catalog, id: string, kind: T['kind']): T {
  const p = catalog.byId.get(id);
  if (!p || p.kind !== kind) throw new Error(`the catalog has no ${kind} "${id}"`);
  return p as unknown as T;
}

/** Everything that does not depend on the server count: parts, IOV mode, adapters per server. */
export interface Setup {
  input: SizingInput;
  catalog: Catalog;
  settings: Settings;
  profile: Profile;
  server: ServerPart;
  mode: IovMode;
  hosts: HostSizing[];
  candidates: SwitchPart[][];
  demand: VmDemand;
}

export function setup(input: SizingInput, catalog: Catalog): Setup {
  const profile = profileFor(input.fabric, input.era);
  if ('why' in profile) throw new Error(profile.why);
  const server = pick<ServerPart>(catalog, input.serverPartId ?? profile.serverPartId, 'server');
  // Default mode: the best the adapters carrying the VMs' network traffic support. FC HBAs run
  // software IOV whatever the mode (MODEL.md §2); the design's findings say so.
  const netAdapters = profile.fabrics.filter((f) => f.host.kinds.includes('lan') || f.host.kinds.includes('ipc'));
  const mode =
    input.mode ?? MODES_BEST_FIRST.find((m) => netAdapters.every((f) => pick<AdapterPart>(catalog, f.host.adapterPartId, 'adapter').iovModes.includes(m))) ?? 'software';
  const rails = input.ha ? 2 : 1;
  const demand: VmDemand = { lanGbps: input.lanMbps / 1000, sanGbps: (input.sanMBps * 8) / 1000, ipcGbps: input.ipcMbps / 1000 };

  // Host side: each fabric's adapters, sharing the server's slots (HA falls back to one
  // dual-port adapter split over two rails when two adapters per fabric do not fit).
  const parts = profile.fabrics.map((f) => pick<AdapterPart>(catalog, adapterForMode(f.host.adapterPartId, mode), 'adapter'));
  const minimum = parts.map(() => rails);
  for (let i = 0; i < parts.length && minimum.reduce((a, b) => a + b, 0) > server.slots; i++) if (rails === 2 && parts[i]!.ports >= 2) minimum[i] = 1;
  const hosts = profile.fabrics.map((f, i) =>
    sizeHost({ part: parts[i]!, kinds: f.host.kinds, server, mode, vms: input.vmsPerServer, demand, rails, slots: server.slots - minimum.reduce((s, m, j) => (j === i ? s : s + m), 0) }),
  );
  const slotsUsed = hosts.reduce((s, h) => s + h.adapters, 0);
  if (slotsUsed > server.slots) {
    throw new Error(`each server needs ${slotsUsed} adapters (${hosts.map((h) => `${h.adapters} × ${pick<AdapterPart>(catalog, h.adapterPartId, 'adapter').name}`).join(', ')}); ${server.name} has ${server.slots} slots.`);
  }
  // The user's switch, when chosen (one-fabric designs), else every fitting switch of the catalog.
  const candidates = profile.fabrics.map((f) => {
    const fallback = pick<SwitchPart>(catalog, f.switchPartId, 'switch');
    const chosen = input.switchPartId && profile.fabrics.length === 1 ? pick<SwitchPart>(catalog, input.switchPartId, 'switch') : undefined;
    if (chosen && chosen.protocol !== f.protocol) throw new Error(`${chosen.name} is not an ${f.protocol} switch.`);
    return switchCandidates(catalog, fallback, chosen);
  });
  return { input, catalog, settings: { ...DEFAULT_SETTINGS, mode, ...(input.oversubscription > 1 ? { oversubscription: input.oversubscription } : {}) }, profile, server, mode, hosts, candidates, demand };
}

export const needsFor = (s: Setup, i: number, servers: number): FabricNeeds => {
  const f = s.profile.fabrics[i]!;
  const V = s.input.vmsPerServer;
  const lanGbps = f.host.kinds.includes('lan') ? servers * V * s.demand.lanGbps : 0;
  const sanGbps = f.host.kinds.includes('san') ? servers * V * s.demand.sanGbps : 0;
  return {
    profile: f,
    candidates: s.candidates[i]!,
    rails: s.hosts[i]!.portsPerRail.map((p) => ({ servers, portsPerServer: p })),
    oversubscription: s.input.oversubscription,
    ha: s.input.ha,
    lanGbps,
    sanGbps,
    flows: servers * V * ((lanGbps > 0 ? 1 : 0) + (sanGbps > 0 ? 1 : 0)),
    catalog: s.catalog,
    settings: s.settings,
  };
};

/**
 * Every fabric's plan for `servers`. If one needs pods, every fabric splits the servers the same
 * way (a server group is one node, cabled to both fabrics): the pod size that costs least in
 * total, among the pod sizes of the fabrics' three-tier trees. Null: some fabric cannot be built.
 */
export function planAll(s: Setup, servers: number): { plans: FabricPlan[]; groups: number[] } | null {
  const needs = s.profile.fabrics.map((_, i) => needsFor(s, i, servers));
  const own = needs.map((n) => planFabric(n));
  if (!own.every((p): p is FabricPlan => p !== null)) return null;
  const podsOf = (p: FabricPlan): number[] => (p.tree.tiers === 3 ? p.tree.pods.filter((x) => x.servers > 0).map((x) => x.servers) : [servers]);
  const podded = own.find((p) => podsOf(p).length > 1);
  if (!podded) return { plans: own, groups: [servers] };
  if (own.length === 1) return { plans: own, groups: podsOf(podded) };
  let best: { plans: FabricPlan[]; groups: number[]; usd: number } | null = null;
  for (const size of new Set(own.flatMap((p) => p.podSizes).filter((x) => x < servers))) {
    const groups = fillPods(servers, size);
    const plans = needs.map((n) => planFabric(n, groups));
    if (!plans.every((p): p is FabricPlan => p !== null)) continue;
    const usd = plans.reduce((t, p) => t + p.costUsd, 0);
    if (!best || usd < best.usd) best = { plans, groups, usd };
  }
  return best && { plans: best.plans, groups: best.groups };
}
