// The planned fabrics as a design: server groups, switch nodes per tier (each with its own part),
// the services on the border leaves — or a copy of the services per rail's switch, or per border
// pod — and the links, with as many cables per link as the arithmetic says.
import type { Catalog } from '../../catalog';
import { adapterHandle, DESIGN_FORMAT, DESIGN_VERSION, type Design, type DesignLink, type DesignNode, type IovMode, type ServerPart, type Settings } from '../../domain';
import { FABRIC_SHORT, type SizingInput } from './inputs';
import type { ServiceGroup } from './services';
import type { FabricReport } from './sizer';

export const railName = (r: number): string => String.fromCharCode(65 + r);

interface Assembly {
  input: SizingInput;
  catalog: Catalog;
  server: ServerPart;
  mode: IovMode;
  settings: Settings;
  reports: FabricReport[];
  groups: number[];
}

/**
 * Members of the existing LAN behind the gateways of every copy: they share one network, whose
 * members each take `ports` cables (gateways never outnumber its ports, so one member each).
 */
function sharedLanMembers(g: ServiceGroup, copies: number, catalog: Catalog): number {
  const lan = catalog.byId.get(g.beyond!.partId);
  const ports = lan && 'ports' in lan ? lan.ports : 1;
  return Math.max(1, Math.ceil((copies * g.members * g.beyond!.lanes) / ports));
}

/** The services of every copy together, as the bill of materials counts them. */
export function serviceTotals(r: FabricReport, catalog: Catalog): Array<{ key: ServiceGroup['key']; partId: string; members: number; ports: number; beyond?: { partId: string; members: number } }> {
  const c = r.copies;
  return r.services.map((g) => ({
    key: g.key,
    partId: g.partId,
    // The existing LAN is one network, shared by every copy; its uplinks add up.
    members: g.key === 'lan' ? g.members : g.members * c,
    ports: g.fabricPorts * c * (g.key === 'lan' ? 1 : g.members),
    ...(g.beyond ? { beyond: { partId: g.beyond.partId, members: g.beyond.key === 'lan' && c > 1 ? sharedLanMembers(g, c, catalog) : g.beyond.members * c } } : {}),
  }));
}

export function assemble(a: Assembly): Design {
  const { input, reports, groups } = a;
  const nodes: DesignNode[] = [];
  const links: DesignLink[] = [];
  /** The pod (server group) each node serves, for the diagram's groups. */
  const podOf = new Map<string, number>();
  const node = (id: string, partId: string, label: string, count: number, pod?: number): void => {
    nodes.push({ id, partId, label, position: { x: 0, y: 0 }, count });
    if (pod !== undefined) podOf.set(id, pod);
  };
  const link = (an: string, ah: string, bn: string, bh: string, opts: { lanes?: number; mesh?: boolean; lengthM?: number } = {}): void => {
    const l: DesignLink = { id: `l${links.length + 1}`, a: { node: an, handle: ah }, b: { node: bn, handle: bh }, lanes: opts.lanes ?? 1, lengthM: opts.lengthM ?? 3 };
    if (opts.mesh) l.mesh = true;
    links.push(l);
  };
  const grouped = groups.length > 1;
  const serverId = (g: number): string => (grouped ? `servers-${g + 1}` : 'servers');
  groups.forEach((n, g) => {
    podOf.set(serverId(g), g);
    nodes.push({
      id: serverId(g),
      partId: a.server.id,
      label: grouped ? `Servers, pod ${g + 1}` : 'Servers',
      position: { x: 0, y: 0 },
      count: n,
      vmsPerServer: input.vmsPerServer,
      workloadId: 'sized',
      adapters: reports.flatMap((r) =>
        Array.from({ length: r.host.adapters }, (_, i) => ({
          id: `${r.profile.id}${i + 1}`,
          partId: r.host.adapterPartId,
          ...(r.profile.host.kinds.length < 3 ? { roles: [...r.profile.host.kinds] } : {}),
        })),
      ),
    });
  });

  reports.forEach((r) => {
    const f = r.profile;
    const t = r.tree;
    const name = f.name;
    const rails = r.host.portsPerRail.length;
    const railText = (rail: number): string => (rails > 1 ? `, rail ${railName(rail)}` : '');
    const podText = (g: number): string => (grouped ? `, pod ${g + 1}` : '');
    // Server ports of group g on `rail` (every rail when null) → switch node.
    const cableServers = (g: number, rail: number | null, switchId: string): void => {
      r.host.rails.forEach((ports, ai) =>
        ports.forEach((rl, p) => {
          if (rail === null || rl === rail) link(serverId(g), adapterHandle(`${f.id}${ai + 1}`, p), switchId, 'p');
        }),
      );
    };
    // Where each copy of the services is cabled: the border leaves, or each rail's switch.
    const borderIds: string[] = [];
    /** Per copy: id suffix and label suffix of its service nodes. */
    const copyNames: Array<[string, string]> = [];
    if (t.tiers === 1 && t.switches === 1) {
      const id = `${f.id}-switch`;
      node(id, t.part.id, `${name} switch`, 1);
      groups.forEach((_, g) => cableServers(g, null, id));
      borderIds.push(id);
    } else if (t.tiers === 1) {
      for (let rail = 0; rail < t.switches; rail++) {
        const id = `${f.id}-switch-${railName(rail).toLowerCase()}`;
        node(id, t.part.id, `${name} switch${railText(rail)}`, 1);
        groups.forEach((_, g) => cableServers(g, rail, id));
        borderIds.push(id);
        copyNames.push([`-${railName(rail).toLowerCase()}`, `, rail ${railName(rail)}`]);
      }
    } else if (t.tiers === 2) {
      const spine = `${f.id}-spine`;
      const leafIds: string[] = [];
      t.pods.forEach((pod, g) =>
        pod.leavesPerRail.forEach((count, rail) => {
          const id = `${f.id}-leaf-${railName(rail).toLowerCase()}${grouped ? `-${g + 1}` : ''}`;
          node(id, t.leaf.id, `${name} leaves${railText(rail)}${podText(g)}`, count, g);
          cableServers(g, rail, id);
          leafIds.push(id);
        }),
      );
      const border = `${f.id}-border`;
      node(border, t.leaf.id, `${name} border leaves`, t.borderLeaves);
      node(spine, t.spine.id, `${name} spines`, t.spines);
      for (const id of [...leafIds, border]) link(id, 'p', spine, 'p', { mesh: true, lanes: t.lanes, lengthM: 10 });
      borderIds.push(border);
    } else {
      const core = `${f.id}-core`;
      t.pods.forEach((pod, p) => {
        const agg = `${f.id}-agg-${p + 1}`;
        const serversHere = pod.servers > 0;
        node(agg, t.aggregation.id, serversHere ? `${name} aggregation, pod ${p + 1}` : `${name} border aggregation`, t.aggregationPerPod, serversHere ? p : undefined);
        if (serversHere) {
          pod.leavesPerRail.forEach((count, rail) => {
            const id = `${f.id}-leaf-${railName(rail).toLowerCase()}-${p + 1}`;
            node(id, t.leaf.id, `${name} leaves${railText(rail)}, pod ${p + 1}`, count, p);
            cableServers(p, rail, id);
            link(id, 'p', agg, 'p', { mesh: true, lengthM: 10 });
          });
        }
        if (pod.borderLeaves > 0) {
          const border = r.copies > 1 ? `${f.id}-border-${p + 1}` : `${f.id}-border`;
          node(border, t.leaf.id, `${name}${r.copies > 1 ? ` pod ${p + 1}` : ''} border leaves`, pod.borderLeaves);
          link(border, 'p', agg, 'p', { mesh: true, lengthM: 10 });
          borderIds.push(border);
          copyNames.push([`-${p + 1}`, `, pod ${p + 1}`]);
        }
      });
      node(core, t.core.id, `${name} cores`, t.cores);
      t.pods.forEach((_, p) => link(`${f.id}-agg-${p + 1}`, 'p', core, 'p', { lanes: t.coreLanes, lengthM: 20 }));
    }

    // Services: one copy on the border leaves (or the one switch), or one per rail's switch.
    const prefix = reports.length > 1 ? `${f.id}-` : '';
    const sharedLan = `${prefix}lan`;
    borderIds.forEach((borderId, c) => {
      const [copy, copyText] = r.copies > 1 ? copyNames[c]! : ['', ''];
      r.services.forEach((g, gi) => {
        const att = r.plan.attachments[gi]!;
        if (g.key === 'lan') {
          if (c === 0) node(sharedLan, g.partId, 'Existing LAN', g.members);
          link(borderId, 'p', sharedLan, 'p', { lanes: att.lanes, lengthM: 30 });
        } else if (g.key === 'storage') {
          const id = `${prefix}storage${copy}`;
          node(id, g.partId, `${f.protocol === 'fc' ? 'FC storage' : f.protocol === 'infiniband' ? 'InfiniBand storage' : 'NVMe/TCP storage'}${copyText}`, g.members);
          link(id, 'p', borderId, 'p', { lanes: att.lanes, lengthM: 10 });
        } else {
          const gw = `${prefix}${g.key}${copy}`;
          node(gw, g.partId, `${g.key === 'gweth' ? 'IB↔Eth gateways' : 'IB↔FC gateways'}${copyText}`, g.members);
          link(gw, 'A', borderId, 'p', { lanes: att.lanes, lengthM: 10 });
          const beyond = g.beyond!;
          if (beyond.key === 'lan') {
            if (c === 0) node(sharedLan, beyond.partId, 'Existing LAN', r.copies > 1 ? sharedLanMembers(g, r.copies, a.catalog) : beyond.members);
            link(gw, 'B', sharedLan, 'p', { lanes: beyond.lanes, lengthM: 30 });
          } else {
            const san = `${prefix}san${copy}`;
            node(san, beyond.partId, `FC storage${copyText}`, beyond.members);
            link(gw, 'B', san, 'p', { lanes: beyond.lanes, lengthM: 30 });
          }
        }
      });
    });
  });

  const fabricName = `${FABRIC_SHORT[input.fabric]}${input.ha ? ', HA' : ''}${input.oversubscription > 1 ? `, ${input.oversubscription}:1` : ''}`;
  return {
    format: DESIGN_FORMAT,
    version: DESIGN_VERSION,
    name: `${input.servers.toLocaleString('en-US')} server${input.servers === 1 ? '' : 's'} × ${input.vmsPerServer} VM${input.vmsPerServer === 1 ? '' : 's'}: ${fabricName} (${input.era === '2007' ? '2007' : 'current'})`.slice(0, 120),
    description: '',
    nodes,
    links,
    workloads: [
      { id: 'sized', name: 'Sized workload', lanMbps: input.lanMbps, sanMBps: input.sanMBps, ipcMbps: input.ipcMbps, cpuGhz: input.cpuGhz, memoryGb: input.memoryGb, ibTransport: 'rdma' },
    ],
    settings: a.settings,
    priceList: {},
    customParts: [],
    ...podGroups(groups, podOf, nodes.length),
  };
}

/** Above this many nodes a sized design opens with its pods collapsed, one box each. */
export const COLLAPSE_ABOVE_NODES = 24;

/**
 * One diagram group per pod that holds servers: its servers and the leaves and aggregation
 * switches that serve only it. Spines, cores, border pods and services stay outside.
 */
function podGroups(groups: readonly number[], podOf: ReadonlyMap<string, number>, nodeCount: number): Pick<Design, 'groups'> | Record<string, never> {
  if (groups.length < 2) return {};
  const members = groups.map((): string[] => []);
  for (const [id, pod] of podOf) if (pod < groups.length) members[pod]!.push(id);
  const collapsed = nodeCount > COLLAPSE_ABOVE_NODES;
  return { groups: members.map((m, g) => ({ id: `pod-${g + 1}`, label: `Pod ${g + 1}`, members: m, ...(collapsed ? { collapsed } : {}) })) };
}
