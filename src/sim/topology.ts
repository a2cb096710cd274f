import type { Catalog } from '../catalog';
import {
  parseAdapterHandle,
  PROTOCOL_LABEL,
  type AdapterPart,
  type Design,
  type DesignLink,
  type DesignNode,
  type Finding,
  type FlowKind,
  type NodePart,
  type Protocol,
} from '../domain';
import { MODEL_PARAMS } from '../catalog/params';

/**
 * The expanded topology: a design node of count N becomes N members; a design link between
 * groups becomes one edge per member pair (block pairing, or all pairs when `mesh`). Vertices
 * are the things traffic passes: adapter ports, switch members, gateway sides, storage
 * members, network members.
 */
export const V_PORT = 0, V_SWITCH = 1, V_GW_A = 2, V_GW_B = 3, V_STORAGE = 4, V_NETWORK = 5;

export interface Edge {
  u: number;
  v: number;
  /** Design link index, or −1 for the inside of a gateway (side A ↔ side B). */
  link: number;
  /** Per direction, Gb/s of payload. */
  capacityGbps: number;
  lanes: number;
  rateGbps: number;
  lengthM: number;
  protocol: Protocol | null;
}

export interface AdapterInst {
  server: number;
  node: number;
  /** Index of the adapter in `node.adapters`. */
  slot: number;
  part: AdapterPart;
  firstPortVertex: number;
  roles: readonly FlowKind[] | undefined;
}

export interface ServerInst {
  node: number;
  member: number;
  adapters: number[];
}

export interface Topology {
  design: Design;
  nodeParts: (NodePart | undefined)[];
  vertexCount: number;
  vKind: Uint8Array;
  vNode: Int32Array;
  vMember: Int32Array;
  /** Adapter instance of a port vertex, −1 otherwise. */
  vAdapter: Int32Array;
  /** Cables (lanes) attached to each vertex. */
  vUsed: Uint32Array;
  adjStart: Uint32Array;
  adjVertex: Uint32Array;
  adjEdge: Uint32Array;
  edges: Edge[];
  /** 1 where the edge is a gateway's inside (typed copy of `edge.link < 0` for hot loops). */
  edgeInside: Uint8Array;
  servers: ServerInst[];
  adapters: AdapterInst[];
  /** First vertex of each design node (members follow; gateways use two per member). */
  nodeBase: Int32Array;
  /** First adapter instance of each server node. */
  adapterBase: Int32Array;
  findings: Finding[];
}

export const MAX_DESIGN_NODES = 5000;
export const MAX_VERTICES = 400_000;

export function portRate(part: NodePart | AdapterPart, handle: string): { rate: number; protocol: Protocol; ports: number } | null {
  switch (part.kind) {
    case 'adapter':
      return { rate: part.portDataGbps, protocol: part.protocol, ports: 1 };
    case 'gateway': {
      const side = handle === 'A' ? part.sideA : handle === 'B' ? part.sideB : null;
      return side && { rate: side.portDataGbps, protocol: side.protocol, ports: side.ports };
    }
    case 'server':
      return null;
    default:
      return handle === 'p' ? { rate: part.portDataGbps, protocol: part.protocol, ports: part.ports } : null;
  }
}

/** Member pairs of a link between a side of n members and a side of m members. */
export function memberPairs(n: number, m: number, mesh: boolean): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  if (mesh) {
    for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) pairs.push([i, j]);
  } else if (n >= m) {
    for (let i = 0; i < n; i++) pairs.push([i, Math.floor((i * m) / n)]);
  } else {
    for (let j = 0; j < m; j++) pairs.push([Math.floor((j * n) / m), j]);
  }
  return pairs;
}

const vertexKindOf = (part: NodePart): number =>
  part.kind === 'switch' ? V_SWITCH : part.kind === 'storage' ? V_STORAGE : part.kind === 'network' ? V_NETWORK : V_GW_A;

export function buildTopology(design: Design, catalog: Catalog): Topology {
  const findings: Finding[] = [];
  const nodes = design.nodes;
  const nodeParts = nodes.map((n) => {
    const p = catalog.byId.get(n.partId);
    return p && p.kind !== 'adapter' && p.kind !== 'cable' ? p : undefined;
  });
  const nodeIndex = new Map(nodes.map((n, i) => [n.id, i]));

  // Pass 1: count vertices and adapter instances.
  const nodeBase = new Int32Array(nodes.length);
  const adapterBase = new Int32Array(nodes.length).fill(-1);
  let vertexCount = 0;
  let adapterCount = 0;
  nodes.forEach((node, i) => {
    const part = nodeParts[i];
    nodeBase[i] = vertexCount;
    if (!part) return;
    if (part.kind === 'server') {
      adapterBase[i] = adapterCount;
      const ads = node.adapters ?? [];
      adapterCount += ads.length * node.count;
      const portsPerServer = ads.reduce((sum, a) => sum + adapterPorts(catalog, a.partId), 0);
      vertexCount += portsPerServer * node.count;
    } else {
      vertexCount += node.count * (part.kind === 'gateway' ? 2 : 1);
    }
  });

  const vKind = new Uint8Array(vertexCount);
  const vNode = new Int32Array(vertexCount);
  const vMember = new Int32Array(vertexCount);
  const vAdapter = new Int32Array(vertexCount).fill(-1);
  const vUsed = new Uint32Array(vertexCount);
  const servers: ServerInst[] = [];
  const adapters: AdapterInst[] = [];
  const edges: Edge[] = [];

  // Pass 2: vertices, server and adapter instances, gateway inside edges.
  nodes.forEach((node, i) => {
    const part = nodeParts[i];
    if (!part) return;
    let v = nodeBase[i]!;
    if (part.kind === 'server') {
      const ads = node.adapters ?? [];
      for (let m = 0; m < node.count; m++) {
        const inst: ServerInst = { node: i, member: m, adapters: [] };
        ads.forEach((a, slot) => {
          const ap = catalog.byId.get(a.partId);
          if (!ap || ap.kind !== 'adapter') return;
          const idx = adapters.length;
          adapters.push({ server: servers.length, node: i, slot, part: ap, firstPortVertex: v, roles: a.roles });
          inst.adapters.push(idx);
          for (let p = 0; p < ap.ports; p++, v++) {
            vKind[v] = V_PORT;
            vNode[v] = i;
            vMember[v] = m;
            vAdapter[v] = idx;
          }
        });
        servers.push(inst);
      }
      return;
    }
    const kind = vertexKindOf(part);
    for (let m = 0; m < node.count; m++) {
      if (part.kind === 'gateway') {
        vKind[v] = V_GW_A;
        vKind[v + 1] = V_GW_B;
        vNode[v] = vNode[v + 1] = i;
        vMember[v] = vMember[v + 1] = m;
        edges.push({ u: v, v: v + 1, link: -1, capacityGbps: part.throughputGbps, lanes: 1, rateGbps: part.throughputGbps, lengthM: 0, protocol: null });
        v += 2;
      } else {
        vKind[v] = kind;
        vNode[v] = i;
        vMember[v] = m;
        v += 1;
      }
    }
  });

  // Pass 3: expand design links.
  const vertexOf = (ni: number, node: DesignNode, member: number, handle: string): number => {
    const part = nodeParts[ni]!;
    if (part.kind === 'server') {
      const parsed = parseAdapterHandle(handle);
      if (!parsed) return -1;
      const slot = (node.adapters ?? []).findIndex((a) => a.id === parsed.adapterId);
      if (slot < 0) return -1;
      const perMember = (node.adapters ?? []).length;
      const inst = adapters[adapterBase[ni]! + member * perMember + slot];
      return inst && parsed.port < inst.part.ports ? inst.firstPortVertex + parsed.port : -1;
    }
    if (part.kind === 'gateway') return nodeBase[ni]! + 2 * member + (handle === 'B' ? 1 : 0);
    return nodeBase[ni]! + member;
  };

  design.links.forEach((link, li) => expandLink(link, li));

  function endInfo(ref: DesignLink['a']) {
    const ni = nodeIndex.get(ref.node);
    if (ni === undefined) return null;
    const node = nodes[ni]!;
    const part = nodeParts[ni];
    if (!part) return null;
    let rateInfo: ReturnType<typeof portRate>;
    if (part.kind === 'server') {
      const parsed = parseAdapterHandle(ref.handle);
      const ad = parsed && node.adapters?.find((a) => a.id === parsed.adapterId);
      const ap = ad && catalog.byId.get(ad.partId);
      rateInfo = ap && ap.kind === 'adapter' ? portRate(ap, ref.handle) : null;
    } else rateInfo = portRate(part, ref.handle);
    return rateInfo && { ni, node, part, ...rateInfo };
  }

  function expandLink(link: DesignLink, li: number): void {
    const a = endInfo(link.a);
    const b = endInfo(link.b);
    if (!a || !b) {
      findings.push({ code: 'protocol-mismatch', severity: 'error', message: 'Link ends at a port that does not exist.', linkId: link.id });
      return;
    }
    if (a.protocol !== b.protocol) {
      findings.push({
        code: 'protocol-mismatch',
        severity: 'error',
        message: `${PROTOCOL_LABEL[a.protocol]} port of "${a.node.label}" cannot connect to ${PROTOCOL_LABEL[b.protocol]} port of "${b.node.label}".`,
        linkId: link.id,
      });
      return;
    }
    if (a.rate !== b.rate) {
      findings.push({
        code: 'rate-mismatch',
        severity: 'warning',
        message: `"${a.node.label}" (${a.rate} Gb/s) and "${b.node.label}" (${b.rate} Gb/s) differ: the link runs at ${Math.min(a.rate, b.rate)} Gb/s.`,
        linkId: link.id,
      });
    }
    const rate = Math.min(a.rate, b.rate);
    const capacity = link.lanes * rate * MODEL_PARAMS.protocolEfficiency[a.protocol].value;
    for (const [ma, mb] of memberPairs(a.node.count, b.node.count, link.mesh ?? false)) {
      const u = vertexOf(a.ni, a.node, ma, link.a.handle);
      const v = vertexOf(b.ni, b.node, mb, link.b.handle);
      if (u < 0 || v < 0) continue;
      vUsed[u]! += link.lanes;
      vUsed[v]! += link.lanes;
      edges.push({ u, v, link: li, capacityGbps: capacity, lanes: link.lanes, rateGbps: rate, lengthM: link.lengthM, protocol: a.protocol });
    }
  }

  // Adjacency (CSR) over undirected edges.
  const degree = new Uint32Array(vertexCount + 1);
  for (const e of edges) {
    degree[e.u]!++;
    degree[e.v]!++;
  }
  const adjStart = new Uint32Array(vertexCount + 1);
  for (let v = 0; v < vertexCount; v++) adjStart[v + 1] = adjStart[v]! + degree[v]!;
  const fill = adjStart.slice(0, vertexCount);
  const adjVertex = new Uint32Array(adjStart[vertexCount]!);
  const adjEdge = new Uint32Array(adjStart[vertexCount]!);
  edges.forEach((e, ei) => {
    adjVertex[fill[e.u]!] = e.v;
    adjEdge[fill[e.u]!++] = ei;
    adjVertex[fill[e.v]!] = e.u;
    adjEdge[fill[e.v]!++] = ei;
  });

  return {
    design, nodeParts, vertexCount, vKind, vNode, vMember, vAdapter, vUsed, adjStart, adjVertex, adjEdge,
    edges, edgeInside: Uint8Array.from(edges, (e) => (e.link < 0 ? 1 : 0)), servers, adapters, nodeBase, adapterBase, findings,
  };
}

function adapterPorts(catalog: Catalog, partId: string): number {
  const p = catalog.byId.get(partId);
  return p && p.kind === 'adapter' ? p.ports : 0;
}

/** Expanded size without building: for refusing designs too large to simulate. */
export function expandedVertexCount(design: Design, catalog: Catalog): number {
  let total = 0;
  for (const node of design.nodes) {
    const part = catalog.byId.get(node.partId);
    if (!part) continue;
    if (part.kind === 'server') total += node.count * (node.adapters ?? []).reduce((s, a) => s + adapterPorts(catalog, a.partId), 0);
    else total += node.count * (part.kind === 'gateway' ? 2 : 1);
  }
  return total;
}
