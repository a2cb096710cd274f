// Requirements → a right-sized design: adapters per server for the host path, gateways and
// storage for the total LAN and SAN demand, border leaves for those services, and leaf, spine
// (or pod and core) counts by fat-tree arithmetic — with the reasons, laid out left to right.
import { DEFAULT_CATALOG, type Catalog } from '../../catalog';
import {
  adapterHandle,
  DEFAULT_SETTINGS,
  DESIGN_FORMAT,
  DESIGN_VERSION,
  DesignSchema,
  type AdapterPart,
  type Design,
  type DesignLink,
  type DesignNode,
  type FlowKind,
  type IovMode,
  type ServerPart,
  type SwitchPart,
} from '../../domain';
import { withLayeredLayout } from '../../layout';
import { evenSplit, fatTree, serversPerPod, switchCounts, type FatTree } from './fatTree';
import { sizeHost, type HostSizing, type VmDemand } from './hostSide';
import { FABRIC_SHORT, type SizingInput } from './inputs';
import { adapterForMode, profileFor, type FabricProfile } from './profiles';
import { attach, borderLeavesFor, sizeServices, uplinkLeaves, withMembers, type Attachment, type ServiceGroup } from './services';
import { fabricNotes } from './notes';

export interface FabricReport {
  profile: FabricProfile;
  switchPart: SwitchPart;
  tree: FatTree;
  counts: ReturnType<typeof switchCounts>;
  host: HostSizing;
  services: ServiceGroup[];
}

export interface SizingResult {
  design: Design;
  mode: IovMode;
  fabrics: FabricReport[];
  /** "Why these counts", one line each. */
  notes: string[];
  /** Where the design cannot give every VM its demand. */
  warnings: string[];
}

export type SizingOutcome = { ok: true; result: SizingResult } | { ok: false; error: string };

const MODES_BEST_FIRST: IovMode[] = ['passthrough', 'native', 'software'];
const railName = (r: number): string => String.fromCharCode(65 + r);

function pick<T extends { kind: string }>(catalog: Catalog, id: string, kind: T['kind']): T {
  const p = catalog.byId.get(id);
  if (!p || p.kind !== kind) throw new Error(`the catalog has no ${kind} "${id}"`);
  return p as unknown as T;
}

export function sizeDesign(input: SizingInput, catalog: Catalog = DEFAULT_CATALOG): SizingOutcome {
  try {
    return { ok: true, result: build(input, catalog) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

function build(input: SizingInput, catalog: Catalog): SizingResult {
  const profile = profileFor(input.fabric, input.era);
  if ('why' in profile) throw new Error(profile.why);
  const server = pick<ServerPart>(catalog, input.serverPartId ?? profile.serverPartId, 'server');
  // Default mode: the best the adapters carrying the VMs' network traffic support. FC HBAs run
  // software IOV whatever the mode (MODEL.md §2); the design's findings say so.
  const netAdapters = profile.fabrics.filter((f) => f.host.kinds.includes('lan') || f.host.kinds.includes('ipc'));
  const mode =
    input.mode ?? MODES_BEST_FIRST.find((m) => netAdapters.every((f) => pick<AdapterPart>(catalog, f.host.adapterPartId, 'adapter').iovModes.includes(m))) ?? 'software';
  const rails = input.ha ? 2 : 1;
  const N = input.servers;
  const V = input.vmsPerServer;
  const demand: VmDemand = { lanGbps: input.lanMbps / 1000, sanGbps: (input.sanMBps * 8) / 1000, ipcGbps: input.ipcMbps / 1000 };

  // Host side: each fabric's adapters, sharing the server's slots (HA falls back to one
  // dual-port adapter split over two rails when two adapters per fabric do not fit).
  const parts = profile.fabrics.map((f) => pick<AdapterPart>(catalog, adapterForMode(f.host.adapterPartId, mode), 'adapter'));
  const minimum = parts.map(() => rails);
  for (let i = 0; i < parts.length && minimum.reduce((a, b) => a + b, 0) > server.slots; i++) if (rails === 2 && parts[i]!.ports >= 2) minimum[i] = 1;
  const hosts = profile.fabrics.map((f, i) =>
    sizeHost({ part: parts[i]!, kinds: f.host.kinds, server, mode, vms: V, demand, rails, slots: server.slots - minimum.reduce((s, m, j) => (j === i ? s : s + m), 0) }),
  );
  const slotsUsed = hosts.reduce((s, h) => s + h.adapters, 0);
  if (slotsUsed > server.slots) {
    throw new Error(`each server needs ${slotsUsed} adapters (${hosts.map((h) => `${h.adapters} × ${pick<AdapterPart>(catalog, h.adapterPartId, 'adapter').name}`).join(', ')}); ${server.name} has ${server.slots} slots.`);
  }

  const carries = (f: FabricProfile, k: FlowKind): boolean => f.host.kinds.includes(k);
  const reports: FabricReport[] = profile.fabrics.map((f, i) => {
    const sw = pick<SwitchPart>(catalog, input.switchPartId && profile.fabrics.length === 1 ? input.switchPartId : f.switchPartId, 'switch');
    if (sw.protocol !== f.protocol) throw new Error(`${sw.name} is not an ${f.protocol} switch.`);
    const services = sizeServices({
      services: f.services,
      catalog,
      lanGbps: carries(f, 'lan') ? N * V * demand.lanGbps : 0,
      sanGbps: carries(f, 'san') ? N * V * demand.sanGbps : 0,
      ha: input.ha,
    });
    return { profile: f, switchPart: sw, tree: { tiers: 1, down: 0, up: 0, leaves: 1 } as FatTree, counts: switchCounts({ tiers: 1, down: 0, up: 0, leaves: 1 }), host: hosts[i]!, services };
  });

  // Fabric trees; if one needs pods, every fabric splits the servers the same way.
  const treeFor = (r: FabricReport, groups?: number[]): { tree: FatTree; attachments: Attachment[]; services: ServiceGroup[] } => {
    const k = r.switchPart.ports;
    const railsIn = r.host.portsPerRail.map((p) => ({ servers: N, portsPerServer: p }));
    const svcPorts = r.services.reduce((s, g) => s + g.members * g.fabricPorts, 0);
    const single = fatTree({ k, oversubscription: input.oversubscription, rails: railsIn, borderLeaves: 0, ...(groups ? { groups } : {}) });
    if (single.tiers === 1 && svcPorts <= single.up) {
      return { tree: single, attachments: r.services.map((g) => attach(g, 1, memberPorts(g))!), services: r.services };
    }
    const { down, up } = single;
    const lan = carries(r.profile, 'lan') ? N * V * demand.lanGbps : 0;
    const san = carries(r.profile, 'san') ? N * V * demand.sanGbps : 0;
    const flows = N * V * ((lan > 0 ? 1 : 0) + (san > 0 ? 1 : 0));
    const minLeaves = uplinkLeaves(lan + san, flows, up, r.switchPart.portDataGbps, r.switchPart.protocol);
    const border = borderLeavesFor(r.services, down, input.ha, memberPorts, minLeaves, (g, m) => withMembers(g, m, catalog, g.key === 'gwfc' ? san : lan, input.ha));
    return { tree: fatTree({ k, oversubscription: input.oversubscription, rails: railsIn, borderLeaves: border.leaves, ...(groups ? { groups } : {}) }), attachments: border.attachments, services: border.groups };
  };
  const memberPorts = (g: ServiceGroup): number => {
    const p = catalog.byId.get(g.partId);
    return !p ? 0 : p.kind === 'gateway' ? p.sideA.ports : 'ports' in p ? p.ports : 0;
  };
  let trees = reports.map((r) => treeFor(r));
  const pods = Math.max(1, ...trees.map((t) => (t.tree.tiers === 3 ? t.tree.pods.filter((p) => p.servers > 0).length : 1)));
  const groups = pods > 1 ? evenSplit(N, pods) : undefined;
  if (groups) {
    trees = reports.map((r) => treeFor(r, groups));
    // A two-tier fabric pushed to three tiers by the split uses the same groups as pods.
    for (const [i, t] of trees.entries()) {
      if (t.tree.tiers === 3 && t.tree.pods.filter((p) => p.servers > 0).length !== groups.length) {
        throw new Error(`the ${reports[i]!.profile.name} fabric cannot use the pods of the other fabric (${serversPerPod(reports[i]!.switchPart.ports, input.oversubscription, reports[i]!.host.portsPerRail.map((p) => ({ servers: N, portsPerServer: p })))} servers per pod)`);
      }
    }
  }
  reports.forEach((r, i) => {
    r.tree = trees[i]!.tree;
    r.services = trees[i]!.services;
    r.counts = switchCounts(r.tree);
  });

  const design = assemble({ input, catalog, server, mode, reports, attachments: trees.map((t) => t.attachments), groups: groups ?? [N] });
  const notes: string[] = [];
  const warnings: string[] = [];
  for (const r of reports) {
    notes.push(r.host.why);
    if (r.host.shortfall) warnings.push(r.host.shortfall);
    notes.push(...fabricNotes(r, input, r.host.portsPerRail.length));
    for (const g of r.services) notes.push(g.why);
  }
  const laid = withLayeredLayout({ ...design, description: `Sized for ${mode} IOV. ${notes.join(' ')}`.slice(0, 4000) }, catalog);
  return { design: DesignSchema.parse(laid), mode, fabrics: reports, notes, warnings };
}

interface Assembly {
  input: SizingInput;
  catalog: Catalog;
  server: ServerPart;
  mode: IovMode;
  reports: FabricReport[];
  attachments: Attachment[][];
  groups: number[];
}

function assemble(a: Assembly): Design {
  const { input, reports, groups } = a;
  const nodes: DesignNode[] = [];
  const links: DesignLink[] = [];
  const node = (id: string, partId: string, label: string, count: number): void => {
    nodes.push({ id, partId, label, position: { x: 0, y: 0 }, count });
  };
  const link = (an: string, ah: string, bn: string, bh: string, opts: { lanes?: number; mesh?: boolean; lengthM?: number } = {}): void => {
    const l: DesignLink = { id: `l${links.length + 1}`, a: { node: an, handle: ah }, b: { node: bn, handle: bh }, lanes: opts.lanes ?? 1, lengthM: opts.lengthM ?? 3 };
    if (opts.mesh) l.mesh = true;
    links.push(l);
  };
  const grouped = groups.length > 1;
  const serverId = (g: number): string => (grouped ? `servers-${g + 1}` : 'servers');
  groups.forEach((n, g) => {
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

  reports.forEach((r, fi) => {
    const f = r.profile;
    const sw = r.switchPart.id;
    const t = r.tree;
    const name = f.name;
    const railText = (rail: number): string => (r.host.portsPerRail.length > 1 ? `, rail ${railName(rail)}` : '');
    const podText = (g: number): string => (grouped ? `, pod ${g + 1}` : '');
    // Server ports of group g on `rail` → leaf node.
    const cableServers = (g: number, rail: number, leafId: string): void => {
      r.host.rails.forEach((ports, ai) =>
        ports.forEach((rl, p) => {
          if (rl === rail) link(serverId(g), adapterHandle(`${f.id}${ai + 1}`, p), leafId, 'p');
        }),
      );
    };
    let borderId: string;
    if (t.tiers === 1) {
      borderId = `${f.id}-switch`;
      node(borderId, sw, `${name} switch`, 1);
      groups.forEach((_, g) => cableServers(g, 0, borderId));
    } else if (t.tiers === 2) {
      const spine = `${f.id}-spine`;
      const leafIds: string[] = [];
      t.groups.forEach((pod, g) =>
        pod.leavesPerRail.forEach((count, rail) => {
          const id = `${f.id}-leaf-${railName(rail).toLowerCase()}${grouped ? `-${g + 1}` : ''}`;
          node(id, sw, `${name} leaves${railText(rail)}${podText(g)}`, count);
          cableServers(g, rail, id);
          leafIds.push(id);
        }),
      );
      borderId = `${f.id}-border`;
      node(borderId, sw, `${name} border leaves`, t.borderLeaves);
      node(spine, sw, `${name} spines`, t.spines);
      for (const id of [...leafIds, borderId]) link(id, 'p', spine, 'p', { mesh: true, lanes: t.lanes, lengthM: 10 });
    } else {
      const core = `${f.id}-core`;
      borderId = '';
      t.pods.forEach((pod, p) => {
        const agg = `${f.id}-agg-${p + 1}`;
        const border = pod.servers === 0;
        node(agg, sw, border ? `${name} border aggregation` : `${name} aggregation, pod ${p + 1}`, t.aggregationPerPod);
        if (border) {
          if (borderId) throw new Error(`the services need more than one border pod of ${r.switchPart.ports}-port switches: choose switches with more ports`);
          borderId = `${f.id}-border`;
          node(borderId, sw, `${name} border leaves`, pod.borderLeaves);
          link(borderId, 'p', agg, 'p', { mesh: true, lengthM: 10 });
        } else {
          pod.leavesPerRail.forEach((count, rail) => {
            const id = `${f.id}-leaf-${railName(rail).toLowerCase()}-${p + 1}`;
            node(id, sw, `${name} leaves${railText(rail)}, pod ${p + 1}`, count);
            cableServers(p, rail, id);
            link(id, 'p', agg, 'p', { mesh: true, lengthM: 10 });
          });
        }
      });
      node(core, sw, `${name} cores`, t.cores);
      t.pods.forEach((_, p) => link(`${f.id}-agg-${p + 1}`, 'p', core, 'p', { lanes: t.coreLanes, lengthM: 20 }));
    }

    // Services on the border leaves (or the single switch).
    r.services.forEach((g, gi) => {
      const att = a.attachments[fi]![gi]!;
      const idOf = (key: string): string => (reports.length > 1 ? `${f.id}-${key}` : key);
      if (g.key === 'lan') {
        node(idOf('lan'), g.partId, 'Existing LAN', g.members);
        link(borderId, 'p', idOf('lan'), 'p', { lanes: att.lanes, lengthM: 30 });
      } else if (g.key === 'storage') {
        node(idOf('storage'), g.partId, f.protocol === 'fc' ? 'FC storage' : f.protocol === 'infiniband' ? 'InfiniBand storage' : 'NVMe/TCP storage', g.members);
        link(idOf('storage'), 'p', borderId, 'p', { lanes: att.lanes, lengthM: 10 });
      } else {
        const gw = idOf(g.key);
        node(gw, g.partId, g.key === 'gweth' ? 'IB↔Eth gateways' : 'IB↔FC gateways', g.members);
        link(gw, 'A', borderId, 'p', { lanes: att.lanes, lengthM: 10 });
        const beyond = g.beyond!;
        const target = idOf(beyond.key === 'lan' ? 'lan' : 'san');
        node(target, beyond.partId, beyond.key === 'lan' ? 'Existing LAN' : 'FC storage', beyond.members);
        link(gw, 'B', target, 'p', { lanes: beyond.lanes, lengthM: 30 });
      }
    });
  });

  const fabricName = `${FABRIC_SHORT[input.fabric]}${input.ha ? ', HA' : ''}${input.oversubscription > 1 ? `, ${input.oversubscription}:1` : ''}`;
  return {
    format: DESIGN_FORMAT,
    version: DESIGN_VERSION,
    name: `${input.servers.toLocaleString('en-US')} servers × ${input.vmsPerServer} VMs: ${fabricName} (${input.era === '2007' ? '2007' : 'current'})`.slice(0, 120),
    description: '',
    nodes,
    links,
    workloads: [
      { id: 'sized', name: 'Sized workload', lanMbps: input.lanMbps, sanMBps: input.sanMBps, ipcMbps: input.ipcMbps, cpuGhz: input.cpuGhz, memoryGb: input.memoryGb, ibTransport: 'rdma' },
    ],
    settings: { ...DEFAULT_SETTINGS, mode: a.mode },
    priceList: {},
    customParts: [],
  };
}
