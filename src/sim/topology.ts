import type { AdapterPart, Design, Finding, FlowKind, NodePart, Protocol } from '../domain';

/**
 * The expanded topology: what traffic really crosses once groups are unfolded.
 *
 * Vertices. A design node of count N becomes N members. A server member contributes one vertex
 * per adapter port (V_PORT); a switch, storage or network member one vertex; a gateway member two
 * (its side A and side B, V_GW_A / V_GW_B). Vertices of one design node are contiguous from
 * `nodeBase[node]`: member m of a switch is `nodeBase + m`, of a gateway `nodeBase + 2m (+1 for B)`,
 * and the ports of a server member follow its adapters in slot order.
 *
 * Edges (undirected, each one or more cables). Edges [0, gatewayInsideCount) are the insides of
 * gateway members (side A ↔ side B), in member order; then each design link's expansion in link
 * order: link li owns edges [linkEdgeStart[li], linkEdgeStart[li + 1]), one per member pair, each
 * of `edgeLanes` cables. `vMember` of an edge's two ends names the members it joins, so a failure
 * model can remove one member, one adapter port or one cable bundle by index.
 *
 * `buildTopology` (expandDesign.ts) builds it; this module holds its shape and small helpers.
 */
export const V_PORT = 0, V_SWITCH = 1, V_GW_A = 2, V_GW_B = 3, V_STORAGE = 4, V_NETWORK = 5;

/** One adapter installed in one server member. Instances of a server are contiguous. */
export interface AdapterInst {
  /** Server instance (index into `servers`). */
  server: number;
  /** Design node of the server. */
  node: number;
  /** Index of the adapter in `node.adapters`. */
  slot: number;
  part: AdapterPart;
  firstPortVertex: number;
  /** Ordinal of its first port among all adapter ports of the design (per-port constraints). */
  firstPort: number;
  roles: readonly FlowKind[] | undefined;
}

/** One server member. */
export interface ServerInst {
  node: number;
  member: number;
  /** Its adapters are `adapters[firstAdapter .. firstAdapter + adapterCount)`. */
  firstAdapter: number;
  adapterCount: number;
}

export interface Topology {
  design: Design;
  nodeParts: (NodePart | undefined)[];
  nodeIndex: ReadonlyMap<string, number>;
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
  edgeCount: number;
  edgeU: Int32Array;
  edgeV: Int32Array;
  /** Design link index, or −1 for the inside of a gateway (side A ↔ side B). */
  edgeLink: Int32Array;
  /** Per direction, Gb/s of payload (lanes × rate × protocol efficiency; a gateway's throughput). */
  edgeCapacityGbps: Float64Array;
  edgeLanes: Int32Array;
  edgeRateGbps: Float64Array;
  edgeLengthM: Float64Array;
  gatewayInsideCount: number;
  /** Edges of design link li: [linkEdgeStart[li], linkEdgeStart[li + 1]). */
  linkEdgeStart: Int32Array;
  /** Protocol of each design link; null when the link is invalid (and expands to nothing). */
  linkProtocol: (Protocol | null)[];
  servers: ServerInst[];
  adapters: AdapterInst[];
  /** Per adapter instance, for hot loops: its server node, and firstPort − firstPortVertex (port vertex + delta = port ordinal). */
  adapterNode: Int32Array;
  adapterPortDelta: Int32Array;
  portCount: number;
  /** First vertex of each design node (members follow; gateways use two per member). */
  nodeBase: Int32Array;
  /** First adapter instance of each server node, −1 for other nodes. */
  adapterBase: Int32Array;
  findings: Finding[];
  /** With failures applied (failures.ts): vertices whose cables all failed; absent when intact. */
  cut?: Uint8Array;
}

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

/** Calls `visit(i, j)` for each member pair of a link (see memberPairCount for the rule). */
export function forEachMemberPair(n: number, m: number, mesh: boolean, visit: (i: number, j: number) => void): void {
  if (mesh) {
    for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) visit(i, j);
  } else if (n >= m) {
    for (let i = 0; i < n; i++) visit(i, Math.floor((i * m) / n));
  } else {
    for (let j = 0; j < m; j++) visit(Math.floor((j * n) / m), j);
  }
}

/** The adapters of the first member of a server node (members of a group are alike), in slot order. */
export function memberAdapters(topo: Topology, nodeIndex: number): AdapterInst[] {
  const base = topo.adapterBase[nodeIndex]!;
  const first = base >= 0 ? topo.adapters[base] : undefined;
  if (!first || first.node !== nodeIndex) return [];
  return topo.adapters.slice(base, base + topo.servers[first.server]!.adapterCount);
}
