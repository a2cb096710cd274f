// Gateways, storage and LAN uplinks sized to the design's total LAN and SAN demand, and the
// border leaves that carry them on the fabric (services are hosts of the fat tree, as in
// clusterdesign.org's configurator: they sit on leaf downlinks, never on spines).
import { MODEL_PARAMS, type Catalog } from '../../catalog';
import type { GatewayPart, NetworkPart, Protocol, StoragePart } from '../../domain';
import { TARGET_UTILIZATION } from './hostSide';
import type { Service } from './profiles';

const eff = (p: Protocol): number => MODEL_PARAMS.protocolEfficiency[p].value;
const fmt = (x: number): string => (x >= 10 ? Math.round(x).toLocaleString('en-US') : x >= 1 ? x.toFixed(1) : x.toFixed(2));

/**
 * One group of identical members on the fabric's border leaves: `fabricPorts` cables each, and
 * optionally a second hop (gateway → LAN or storage) with its own members and lanes.
 */
export interface ServiceGroup {
  key: 'lan' | 'storage' | 'gweth' | 'gwfc';
  partId: string;
  members: number;
  /** Cables from each member to the border leaves (the fabric side). */
  fabricPorts: number;
  /** Gateways only: what their other side connects to. */
  beyond?: { key: 'lan' | 'san'; partId: string; members: number; lanes: number };
  why: string;
}

const atLeast = (n: number, ha: boolean): number => {
  const m = Math.max(ha ? 2 : 1, n);
  return ha && m % 2 === 1 ? m + 1 : m;
};

/** Ports of `rateGbps` needed to carry `gbps` at the planning ceiling. */
const portsFor = (gbps: number, rateGbps: number, protocol: Protocol): number => Math.max(1, Math.ceil(gbps / (rateGbps * eff(protocol) * TARGET_UTILIZATION) - 1e-9));

export function sizeServices(opts: { services: readonly Service[]; catalog: Catalog; lanGbps: number; sanGbps: number; ha: boolean }): ServiceGroup[] {
  const { catalog, lanGbps, sanGbps, ha } = opts;
  const part = <T>(id: string): T => {
    const p = catalog.byId.get(id);
    if (!p) throw new Error(`the catalog has no part ${id}`);
    return p as T;
  };
  const h = TARGET_UTILIZATION;
  const out: ServiceGroup[] = [];
  for (const s of opts.services) {
    if (s.type === 'lan') {
      const lan = part<NetworkPart>(s.networkPartId);
      const ports = atLeast(portsFor(lanGbps, lan.portDataGbps, lan.protocol), ha);
      out.push({ key: 'lan', partId: lan.id, members: 1, fabricPorts: ports, why: `LAN uplinks: ${fmt(lanGbps)} Gb/s of LAN demand over ${lan.portDataGbps} Gb/s ports at ${Math.round(h * 100)}% → ${ports} ports.` });
    } else if (s.type === 'storage') {
      const st = part<StoragePart>(s.storagePartId);
      const perArray = Math.min((st.throughputMBps * 8) / 1000, st.ports * st.portDataGbps * eff(st.protocol));
      const arrays = atLeast(Math.ceil(sanGbps / (perArray * h) - 1e-9), ha);
      const ports = Math.min(st.ports, portsFor(sanGbps / arrays, st.portDataGbps, st.protocol));
      out.push({
        key: 'storage',
        partId: st.id,
        members: arrays,
        fabricPorts: ports,
        why: `${arrays} × ${st.name}: ${fmt((sanGbps * 1000) / 8)} MB/s of SAN demand, ${fmt((perArray * 1000) / 8)} MB/s each at ${Math.round(h * 100)}%${ha ? ', paired' : ''}; ${ports} port${ports === 1 ? '' : 's'} cabled on each.`,
      });
    } else {
      const gw = part<GatewayPart>(s.gatewayPartId);
      const isLan = s.type === 'lan-gateway';
      const demand = isLan ? lanGbps : sanGbps;
      const perGw = Math.min(gw.throughputGbps, gw.sideB.ports * gw.sideB.portDataGbps * eff(gw.sideB.protocol), gw.sideA.ports * gw.sideA.portDataGbps * eff(gw.sideA.protocol));
      const members = atLeast(Math.ceil(demand / (perGw * h) - 1e-9), ha);
      const load = demand / members;
      const fabricPorts = Math.min(gw.sideA.ports, portsFor(load, gw.sideA.portDataGbps, gw.sideA.protocol));
      const outPorts = Math.min(gw.sideB.ports, portsFor(load, gw.sideB.portDataGbps, gw.sideB.protocol));
      const target = isLan ? part<NetworkPart>(s.networkPartId) : part<StoragePart>(s.storagePartId);
      const beyondMembers = isLan ? Math.ceil((members * outPorts) / (target as NetworkPart).ports) : arraysBehind(members, load, outPorts, target as StoragePart, ha);
      const beyondWhy = isLan ? '' : ` ${beyondMembers} × ${target.name} behind them (${fmt((perArrayGbps(target as StoragePart) * 1000) / 8)} MB/s and ${(target as StoragePart).ports} ports each).`;
      out.push({
        key: isLan ? 'gweth' : 'gwfc',
        partId: gw.id,
        members,
        fabricPorts,
        beyond: { key: isLan ? 'lan' : 'san', partId: target.id, members: beyondMembers, lanes: Math.max(1, Math.floor(outPorts / Math.max(1, Math.ceil(beyondMembers / members)))) },
        why: `${members} × ${gw.name}: ${fmt(isLan ? demand : (demand * 1000) / 8)} ${isLan ? 'Gb/s of LAN' : 'MB/s of SAN'} demand, ${fmt(isLan ? perGw : (perGw * 1000) / 8)} ${isLan ? 'Gb/s' : 'MB/s'} each at ${Math.round(h * 100)}%${ha ? ', in pairs' : ''}; ${outPorts} of ${gw.sideB.ports} ${isLan ? 'Ethernet' : 'FC'} ports used.${beyondWhy}`,
      });
    }
  }
  return out;
}

const perArrayGbps = (st: StoragePart): number => Math.min((st.throughputMBps * 8) / 1000, st.ports * st.portDataGbps * eff(st.protocol));

/**
 * Arrays behind `gateways` FC gateways, each forwarding `loadGbps` on `lanes` ports. Gateways pair
 * with arrays in blocks, so the busiest array takes ⌈gateways / arrays⌉ gateways: sized for it.
 */
export function arraysBehind(gateways: number, loadGbps: number, lanes: number, st: StoragePart, ha: boolean): number {
  for (let a = ha ? 2 : 1; a <= gateways * lanes; a++) {
    const busiest = Math.ceil(gateways / a);
    const share = gateways >= a ? busiest : 1 / Math.floor(a / gateways);
    if (share * loadGbps <= perArrayGbps(st) * TARGET_UTILIZATION && busiest * lanes <= st.ports) return a;
  }
  return gateways * lanes;
}

/** The group with its members changed, and the arrays behind gateways re-sized for them. */
export function withMembers(g: ServiceGroup, members: number, catalog: Catalog, totalGbps: number, ha: boolean): ServiceGroup {
  if (members === g.members) return g;
  const next = { ...g, members };
  if (g.beyond && g.key === 'gwfc') {
    const st = catalog.byId.get(g.beyond.partId) as StoragePart;
    next.beyond = { ...g.beyond, members: arraysBehind(members, totalGbps / members, g.beyond.lanes, st, ha) };
  }
  return next;
}

/** How a service group meets the border leaves: block pairing, or every member to every leaf. */
export interface Attachment {
  mesh: boolean;
  /** Cables per member–leaf pair. */
  lanes: number;
  /** Most ports this group takes on one border leaf. */
  perLeaf: number;
}

export function attach(g: ServiceGroup, leaves: number, memberPorts: number): Attachment | null {
  if (g.members >= leaves) return { mesh: false, lanes: g.fabricPorts, perLeaf: Math.ceil(g.members / leaves) * g.fabricPorts };
  // Fewer members than leaves: each leaf pairs with one member, whose ports are shared out.
  const leavesPerMember = Math.ceil(leaves / g.members);
  const lanes = Math.max(1, Math.ceil(g.fabricPorts / leavesPerMember));
  if (leavesPerMember * lanes > memberPorts) return null;
  return { mesh: false, lanes, perLeaf: lanes };
}

/**
 * Border leaves for the groups: enough downlinks for every group's cables, at least one per rail
 * (HA: services reachable from either rail's side of the fabric), every group attachable.
 */
export function borderLeavesFor(
  groups: readonly ServiceGroup[],
  down: number,
  ha: boolean,
  memberPorts: (g: ServiceGroup) => number,
  /** Fewest border leaves whose uplinks carry the services' traffic (see uplinkLeaves). */
  minLeaves = 1,
  /** The group with more members (arrays behind gateways re-sized): see withMembers. */
  resize: (g: ServiceGroup, members: number) => ServiceGroup = (g, members) => ({ ...g, members }),
): { leaves: number; attachments: Attachment[]; groups: ServiceGroup[] } {
  const total = groups.reduce((s, g) => s + g.members * g.fabricPorts, 0);
  for (let b = Math.max(ha ? 2 : 1, minLeaves, Math.ceil(total / down)); b <= total + minLeaves + 2; b++) {
    const balanced = groups.map((g) => balance(g, b, resize));
    const att = balanced.map((g) => attach(g, b, memberPorts(g)));
    if (att.every((a): a is Attachment => a !== null) && att.reduce((s, a) => s + a.perLeaf, 0) <= down) return { leaves: b, attachments: att, groups: balanced };
  }
  throw new Error('the services cannot be spread over border leaves: add members or choose switches with more ports');
}

/**
 * Flows are spread over equal paths by a per-flow hash (ECMP), so a link's share is uneven: with
 * M flows per link on average, the busiest carries about M + 3√M (a Poisson tail). Sized
 * capacity is multiplied by this factor so the busiest link, not the average one, fits.
 */
export function hashSpread(flows: number, links: number): number {
  const m = flows / Math.max(1, links);
  return m <= 0 ? 1 : Math.min(2, 1 + 3 / Math.sqrt(m));
}

/** Leaves whose `up` uplinks of `rateGbps` carry `gbps` over `flows` flows at the planning ceiling. */
export function uplinkLeaves(gbps: number, flows: number, up: number, rateGbps: number, protocol: Protocol): number {
  if (gbps <= 0) return 1;
  for (let b = 1; b < 100_000; b++) {
    if (gbps * hashSpread(flows, b * up) <= b * up * rateGbps * eff(protocol) * TARGET_UTILIZATION) return b;
  }
  return 100_000;
}


/**
 * Block pairing spreads members over leaves evenly only when one count divides the other: 7
 * gateways on 4 leaves put two on some leaves and one on others, and since traffic reaches every
 * leaf equally (ECMP), the lone ones carry double. Members are rounded up so the counts divide
 * (gateways also divide evenly over the arrays behind them); the reason says so.
 */
export function balance(g: ServiceGroup, leaves: number, resize: (g: ServiceGroup, members: number) => ServiceGroup): ServiceGroup {
  let members = g.members;
  if (members >= leaves) {
    members = Math.ceil(members / leaves) * leaves;
  } else {
    while (leaves % members !== 0) members++;
  }
  if (members === g.members) return g;
  return { ...resize(g, members), why: `${g.why} Rounded up to ${members} so they spread evenly over ${leaves} border leaves.` };
}
