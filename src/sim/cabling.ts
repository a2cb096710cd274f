// The cabling map: one row per physical cable once groups, stacks, mesh links and lanes are
// expanded — the point-to-point sheet installers and fabric checkers start from. Built on the
// simulator's own topology expansion, so its cables are the ones the results count.
import { catalogFor, type Catalog } from '../catalog';
import { PROTOCOL_LABEL, type Design, type Protocol } from '../domain';
import { cablePicker } from './bom';
import { buildTopology } from './expandDesign';
import { V_GW_A, V_GW_B, V_PORT, type Topology } from './topology';

export interface CableEnd {
  nodeId: string;
  /** The node's label. */
  device: string;
  /** 1-based member of a group or stack (1 for a single part). */
  member: number;
  members: number;
  /** Server adapters: the adapter's id and display name; gateways: the side; else empty. */
  adapterId: string;
  adapter: string;
  /** 1-based port number on the adapter, switch, gateway side, storage or network member. */
  port: number;
  /** Ports that end has (port > ports means the part is oversubscribed: a finding says so). */
  ports: number;
}

export interface CableRow {
  /** 1-based, in design link order. */
  cable: number;
  linkId: string;
  /** 1-based lane of a multi-lane link between the same two members. */
  lane: number;
  a: CableEnd;
  z: CableEnd;
  protocol: Protocol;
  protocolLabel: string;
  rateGbps: number;
  cablePartId: string;
  cablePart: string;
  lengthM: number;
}

/** Above this, a cabling sheet is no longer something to print or open in a spreadsheet. */
export const MAX_CABLING_ROWS = 500_000;

/** Cables the design expands to, counted without building anything (for refusing huge maps fast). */
export function expandedCableCount(design: Design): number {
  const count = new Map(design.nodes.map((n) => [n.id, n.count]));
  let total = 0;
  for (const l of design.links) {
    const n = count.get(l.a.node);
    const m = count.get(l.b.node);
    if (n === undefined || m === undefined) continue;
    total += (l.mesh ? n * m : Math.max(n, m)) * l.lanes;
  }
  return total;
}

/** Display names of a server node's adapters: the part's name, "#2" for a repeated part. */
function adapterNames(design: Design, catalog: Catalog): Map<string, Map<string, string>> {
  const byNode = new Map<string, Map<string, string>>();
  for (const node of design.nodes) {
    if (!node.adapters?.length) continue;
    const total = new Map<string, number>();
    for (const a of node.adapters) total.set(a.partId, (total.get(a.partId) ?? 0) + 1);
    const seen = new Map<string, number>();
    const names = new Map<string, string>();
    for (const a of node.adapters) {
      const name = catalog.byId.get(a.partId)?.name ?? a.partId;
      const n = (seen.get(a.partId) ?? 0) + 1;
      seen.set(a.partId, n);
      names.set(a.id, (total.get(a.partId) ?? 0) > 1 ? `${name} #${n}` : name);
    }
    byNode.set(node.id, names);
  }
  return byNode;
}

/**
 * Every physical cable. Adapter ports keep their own numbers; on switches, gateway sides,
 * storage and networks each cable takes the member's next free port, in design link order.
 */
export function cablingMap(design: Design, catalog: Catalog = catalogFor(design), topo: Topology = buildTopology(design, catalog)): CableRow[] {
  const total = expandedCableCount(design);
  if (total > MAX_CABLING_ROWS) {
    throw new Error(`The design expands to ${total.toLocaleString('en-US')} cables; a cabling map is made for up to ${MAX_CABLING_ROWS.toLocaleString('en-US')}.`);
  }
  const names = adapterNames(design, catalog);
  const nextPort = new Uint32Array(topo.vertexCount);
  const rows: CableRow[] = [];

  const end = (v: number): Omit<CableEnd, 'port' | 'ports'> & { vertex: number; ports: number } => {
    const ni = topo.vNode[v]!;
    const node = design.nodes[ni]!;
    const part = topo.nodeParts[ni]!;
    const base = { nodeId: node.id, device: node.label, member: topo.vMember[v]! + 1, members: node.count, vertex: v };
    const kind = topo.vKind[v];
    if (kind === V_PORT) {
      const inst = topo.adapters[topo.vAdapter[v]!]!;
      const adapterId = node.adapters![inst.slot]!.id;
      return { ...base, adapterId, adapter: names.get(node.id)?.get(adapterId) ?? inst.part.name, ports: inst.part.ports };
    }
    if (part.kind === 'gateway') {
      const side = kind === V_GW_A ? part.sideA : part.sideB;
      const h = kind === V_GW_B ? 'B' : 'A';
      return { ...base, adapterId: h, adapter: `Side ${h} (${PROTOCOL_LABEL[side.protocol]})`, ports: side.ports };
    }
    return { ...base, adapterId: '', adapter: '', ports: 'ports' in part ? part.ports : 0 };
  };
  const portOf = (v: number): number => (topo.vKind[v] === V_PORT ? v - topo.adapters[topo.vAdapter[v]!]!.firstPortVertex + 1 : ++nextPort[v]!);

  const cableOf = cablePicker(topo, catalog);
  for (let e = 0; e < topo.edgeCount; e++) {
    const li = topo.edgeLink[e]!;
    const protocol = li < 0 ? null : topo.linkProtocol[li];
    if (!protocol) continue;
    const link = design.links[li]!;
    const partId = cableOf(e)!;
    const u = topo.edgeU[e]!;
    const v = topo.edgeV[e]!;
    const cablePart = catalog.byId.get(partId)?.name ?? `Unknown part "${partId}"`;
    const ea = end(u);
    const ez = end(v);
    for (let lane = 1; lane <= topo.edgeLanes[e]!; lane++) {
      const { vertex: _va, ...a } = ea;
      const { vertex: _vz, ...z } = ez;
      rows.push({
        cable: rows.length + 1,
        linkId: link.id,
        lane,
        a: { ...a, port: portOf(u) },
        z: { ...z, port: portOf(v) },
        protocol,
        protocolLabel: PROTOCOL_LABEL[protocol],
        rateGbps: topo.edgeRateGbps[e]!,
        cablePartId: partId,
        cablePart,
        lengthM: topo.edgeLengthM[e]!,
      });
    }
  }
  return rows;
}
