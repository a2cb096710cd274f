import type { Catalog } from '../catalog';
import type { Design, DesignLink, Part } from '../domain';
import { demandGbps, memberPairCount } from './workloads';

/**
 * How big a design becomes once the engine expands it — estimated from the design alone, in
 * O(nodes + links), before anything is allocated. The simulator, the worker and the CLI refuse
 * a design over the engine's limits with a sentence that names the node or link to blame, so a
 * 3 KB file holding a mesh between two 100,000-member stacks is a message in microseconds rather
 * than an out-of-memory crash.
 */
export interface ExpansionEstimate {
  designNodes: number;
  /** Adapter ports, switch/storage/network members, two per gateway member. */
  vertices: number;
  /** Member-to-member connections after block pairing or mesh (each one or more cables). */
  connections: number;
  /** Physical cables: connections × lanes. */
  cables: number;
  vms: number;
  /** VM flows: one per VM and traffic kind with demand (saturated or not: no demand, no flow). */
  flows: number;
  /** Flow–constraint incidences the solver will see (estimated from design-graph path lengths). */
  incidences: number;
}

/**
 * What one simulation handles: enough for 100,000 servers with a VM each, or 20,000 servers
 * with ten; beyond, memory (not time) runs out in a browser tab.
 */
export const ENGINE_LIMITS: Readonly<ExpansionEstimate> = {
  designNodes: 5000,
  vertices: 500_000,
  connections: 1_000_000,
  cables: 5_000_000,
  vms: 300_000,
  flows: 600_000,
  incidences: 8_000_000,
};

/** The estimate, with the single largest contributor to each measure (for the message). */
export interface SizeReport {
  estimate: ExpansionEstimate;
  /** The first limit exceeded, or null when the design fits. */
  problem: string | null;
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

interface Culprit {
  value: number;
  text: string;
}

const bigger = (a: Culprit | null, value: number, text: () => string): Culprit | null => (a && a.value >= value ? a : { value, text: text() });

/**
 * Estimate the expansion and check it against the limits. Pure and linear: one pass over the
 * nodes, one over the links, and one breadth-first search over the design graph for path lengths.
 */
export function sizeReport(design: Design, catalog: Catalog, options: { limits?: Readonly<ExpansionEstimate> } = {}): SizeReport {
  const limits = options.limits ?? ENGINE_LIMITS;
  const nodes = design.nodes;
  const est: ExpansionEstimate = { designNodes: nodes.length, vertices: 0, connections: 0, cables: 0, vms: 0, flows: 0, incidences: 0 };
  const partOf = (i: number): Part | undefined => catalog.byId.get(nodes[i]!.partId);
  const index = new Map<string, number>();
  nodes.forEach((n, i) => index.set(n.id, i));

  let worstVertices: Culprit | null = null;
  let worstVms: Culprit | null = null;
  let serversWithVms = 0;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    const part = partOf(i);
    if (!part) continue;
    let v = 0;
    if (part.kind === 'server') {
      let ports = 0;
      for (const a of node.adapters ?? []) {
        const ap = catalog.byId.get(a.partId);
        if (ap?.kind === 'adapter') ports += ap.ports;
      }
      v = node.count * ports;
      const vms = node.count * (node.vmsPerServer ?? 0);
      est.vms += vms;
      if (vms > 0) serversWithVms += node.count;
      worstVms = bigger(worstVms, vms, () => `"${node.label}" runs ${fmt(node.count)} servers × ${fmt(node.vmsPerServer ?? 0)} VMs = ${fmt(vms)} VMs`);
    } else if (part.kind !== 'adapter' && part.kind !== 'cable') {
      v = node.count * (part.kind === 'gateway' ? 2 : 1);
    }
    est.vertices += v;
    worstVertices = bigger(worstVertices, v, () => `"${node.label}" expands to ${fmt(v)} ports and members`);
  }

  let worstLink: Culprit | null = null;
  const labelOf = (id: string): string => {
    const i = index.get(id);
    return i === undefined ? id : nodes[i]!.label;
  };
  for (const link of design.links) {
    const a = index.get(link.a.node);
    const b = index.get(link.b.node);
    if (a === undefined || b === undefined) continue;
    const pairs = memberPairCount(nodes[a]!.count, nodes[b]!.count, link.mesh ?? false);
    est.connections += pairs;
    est.cables += pairs * link.lanes;
    worstLink = bigger(worstLink, pairs, () => describeLink(link, labelOf, nodes[a]!.count, nodes[b]!.count, pairs));
  }

  // Flows and their incidences: per server group, per kind with demand, the path length from
  // the design graph (an expanded member path is as long as the design path it projects to).
  const hops = pathHops(design, catalog, index);
  let worstFlows: Culprit | null = null;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (partOf(i)?.kind !== 'server') continue;
    const vms = node.count * (node.vmsPerServer ?? 0);
    if (vms === 0) continue;
    const w = design.workloads.find((x) => x.id === node.workloadId) ?? design.workloads[0];
    let kinds = 0;
    let perVm = 0;
    for (let k = 0; k < 3; k++) {
      if (!w || demandGbps(w, k) === 0) continue;
      if (k === 2 && serversWithVms < 2) continue;
      kinds++;
      // Adapter bus and host path at each end (4 for server-to-server, 2 otherwise), then each hop
      // and at most one switch, storage or backplane constraint per hop.
      perVm += (k === 2 ? 4 : 2) + 2 * (k === 2 ? hops.ipc : (hops.toTarget[k]!.get(i) ?? 0));
    }
    est.flows += vms * kinds;
    est.incidences += vms * perVm;
    worstFlows = bigger(worstFlows, vms * kinds, () => `"${node.label}" has ${fmt(vms)} VMs × ${kinds} traffic kinds = ${fmt(vms * kinds)} flows`);
  }

  const over = (measure: keyof ExpansionEstimate, what: string, culprit: Culprit | null, advice: string): string | null =>
    est[measure] > limits[measure]
      ? `The design is too large to simulate: it expands to ${fmt(est[measure])} ${what}; up to ${fmt(limits[measure])} are supported.${culprit ? ` ${culprit.text}.` : ''} ${advice}`
      : null;
  const problem =
    over('designNodes', 'canvas nodes', null, 'Use server groups (one node with a count) instead of one node per server.') ??
    over('connections', 'member-to-member connections', worstLink, 'Use fewer members, or pair the members in blocks instead of a mesh.') ??
    over('cables', 'cables', worstLink, 'Use fewer lanes or fewer members.') ??
    over('vertices', 'ports and members', worstVertices, 'Use fewer members or adapters.') ??
    over('vms', 'VMs', worstVms, 'Plan fewer servers or fewer VMs per server.') ??
    over('flows', 'VM flows', worstFlows, 'Plan fewer VMs, or drop a traffic kind the VMs do not use.') ??
    over('incidences', 'flow-resource crossings', worstFlows, 'Plan fewer VMs or shorten the paths through the fabric.');
  return { estimate: est, problem };
}

function describeLink(link: DesignLink, labelOf: (id: string) => string, n: number, m: number, pairs: number): string {
  const how = link.mesh ? `a mesh of ${fmt(n)} × ${fmt(m)} members` : `${fmt(Math.max(n, m))} member pairs`;
  return `The link "${labelOf(link.a.node)}" ↔ "${labelOf(link.b.node)}" is ${how}: ${fmt(pairs)} connections`;
}

/**
 * Hop counts over the design graph (each node one vertex, a gateway two — its sides — joined by
 * its inside), from each server node to the nearest LAN network and storage; server-to-server
 * paths are estimated as up to a spine and back down (4 hops), their usual shape.
 */
function pathHops(design: Design, catalog: Catalog, index: ReadonlyMap<string, number>): { toTarget: Map<number, number>[]; ipc: number } {
  const n = design.nodes.length;
  const kindOf = design.nodes.map((node) => catalog.byId.get(node.partId)?.kind);
  // Design-graph adjacency over handles: vertex 2i (node i, or its side A), 2i + 1 (side B).
  const deg = new Uint32Array(2 * n + 1);
  const ends: number[] = [];
  const vertexOf = (node: number, handle: string): number => 2 * node + (kindOf[node] === 'gateway' && handle === 'B' ? 1 : 0);
  for (const link of design.links) {
    const a = index.get(link.a.node);
    const b = index.get(link.b.node);
    if (a === undefined || b === undefined) continue;
    ends.push(vertexOf(a, link.a.handle), vertexOf(b, link.b.handle));
  }
  for (let i = 0; i < n; i++) if (kindOf[i] === 'gateway') ends.push(2 * i, 2 * i + 1);
  for (const v of ends) deg[v + 1]!++;
  for (let v = 0; v < 2 * n; v++) deg[v + 1]! += deg[v]!;
  const adj = new Uint32Array(ends.length);
  const fill = deg.slice(0, 2 * n);
  for (let k = 0; k < ends.length; k += 2) {
    adj[fill[ends[k]!]!++] = ends[k + 1]!;
    adj[fill[ends[k + 1]!]!++] = ends[k]!;
  }
  const bfs = (target: 'network' | 'storage'): Map<number, number> => {
    const dist = new Int32Array(2 * n).fill(-1);
    const queue = new Int32Array(2 * n);
    let tail = 0;
    for (let i = 0; i < n; i++) {
      if (kindOf[i] !== target) continue;
      dist[2 * i] = 0;
      queue[tail++] = 2 * i;
    }
    const out = new Map<number, number>();
    for (let head = 0; head < tail; head++) {
      const x = queue[head]!;
      const k = kindOf[x >> 1];
      if (k === 'server') {
        if (!out.has(x >> 1)) out.set(x >> 1, dist[x]!);
        continue;
      }
      if (dist[x]! > 0 && k !== 'switch' && k !== 'gateway') continue;
      for (let e = deg[x]!; e < deg[x + 1]!; e++) {
        const w = adj[e]!;
        if (dist[w] !== -1) continue;
        dist[w] = dist[x]! + 1;
        queue[tail++] = w;
      }
    }
    return out;
  };
  return { toTarget: [bfs('network'), bfs('storage')], ipc: 4 };
}
