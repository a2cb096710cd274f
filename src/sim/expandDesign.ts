import type { Catalog } from '../catalog';
import { MODEL_PARAMS } from '../catalog/params';
import { parseAdapterHandle, PROTOCOL_LABEL, type Design, type DesignLink, type DesignNode, type Finding, type NodePart, type Protocol } from '../domain';
import { noProgress, progressTicker, type ProgressSink } from './progress';
import { forEachMemberPair, portRate, V_GW_A, V_GW_B, V_NETWORK, V_PORT, V_STORAGE, V_SWITCH, type AdapterInst, type ServerInst, type Topology } from './topology';
import { memberPairCount } from './workloads';

/** Expands a design into its Topology (topology.ts says what that holds). */
const vertexKindOf = (part: NodePart): number =>
  part.kind === 'switch' ? V_SWITCH : part.kind === 'storage' ? V_STORAGE : part.kind === 'network' ? V_NETWORK : V_GW_A;

interface LinkEnd {
  ni: number;
  node: DesignNode;
  rate: number;
  protocol: Protocol;
  /** Adapter slot for a server end, −1 otherwise; port number on that adapter. */
  slot: number;
  port: number;
  /** Instances skip slots whose part is unknown: the adapter's rank among the known ones. */
  known: number;
  /** Adapter instances per server member. */
  perMember: number;
}

/**
 * Expand a design. Callers check `sizeReport` first: this allocates in proportion to the
 * expansion. Reports progress per design link (a link can expand to a million connections).
 */
export function buildTopology(design: Design, catalog: Catalog, onProgress: ProgressSink = noProgress): Topology {
  const findings: Finding[] = [];
  const nodes = design.nodes;
  const nodeParts = nodes.map((n) => {
    const p = catalog.byId.get(n.partId);
    return p && p.kind !== 'adapter' && p.kind !== 'cable' ? p : undefined;
  });
  const nodeIndex = new Map(nodes.map((n, i) => [n.id, i]));
  const adapterPartsOf = nodes.map((n, i) =>
    nodeParts[i]?.kind === 'server' ? (n.adapters ?? []).map((a) => catalog.byId.get(a.partId)).map((p) => (p?.kind === 'adapter' ? p : undefined)) : [],
  );

  // Pass 1: count vertices, adapters and gateway insides.
  const nodeBase = new Int32Array(nodes.length);
  const adapterBase = new Int32Array(nodes.length).fill(-1);
  let vertexCount = 0;
  let adapterCount = 0;
  let insideCount = 0;
  nodes.forEach((node, i) => {
    const part = nodeParts[i];
    nodeBase[i] = vertexCount;
    if (!part) return;
    if (part.kind === 'server') {
      adapterBase[i] = adapterCount;
      const parts = adapterPartsOf[i]!;
      adapterCount += parts.filter(Boolean).length * node.count;
      vertexCount += parts.reduce((sum, p) => sum + (p?.ports ?? 0), 0) * node.count;
    } else {
      vertexCount += node.count * (part.kind === 'gateway' ? 2 : 1);
      if (part.kind === 'gateway') insideCount += node.count;
    }
  });

  // Links: validate each once, count its member pairs.
  const ends: Array<[LinkEnd, LinkEnd] | null> = design.links.map((link) => checkLink(link));
  const linkEdgeStart = new Int32Array(design.links.length + 1);
  let edgeCount = insideCount;
  ends.forEach((pair, li) => {
    linkEdgeStart[li] = edgeCount;
    if (pair) edgeCount += memberPairCount(pair[0].node.count, pair[1].node.count, design.links[li]!.mesh ?? false);
  });
  linkEdgeStart[design.links.length] = edgeCount;

  const vKind = new Uint8Array(vertexCount);
  const vNode = new Int32Array(vertexCount);
  const vMember = new Int32Array(vertexCount);
  const vAdapter = new Int32Array(vertexCount).fill(-1);
  const vUsed = new Uint32Array(vertexCount);
  const edgeU = new Int32Array(edgeCount);
  const edgeV = new Int32Array(edgeCount);
  const edgeLink = new Int32Array(edgeCount);
  const edgeCapacityGbps = new Float64Array(edgeCount);
  const edgeLanes = new Int32Array(edgeCount);
  const edgeRateGbps = new Float64Array(edgeCount);
  const edgeLengthM = new Float64Array(edgeCount);
  const servers: ServerInst[] = [];
  const adapters: AdapterInst[] = [];

  // Pass 2: vertices, server and adapter instances, gateway insides.
  let e = 0;
  let portOrdinal = 0;
  nodes.forEach((node, i) => {
    const part = nodeParts[i];
    if (!part) return;
    let v = nodeBase[i]!;
    if (part.kind === 'server') {
      const ads = node.adapters ?? [];
      const parts = adapterPartsOf[i]!;
      for (let m = 0; m < node.count; m++) {
        const inst: ServerInst = { node: i, member: m, firstAdapter: adapters.length, adapterCount: 0 };
        for (let slot = 0; slot < ads.length; slot++) {
          const ap = parts[slot];
          if (!ap) continue;
          const idx = adapters.length;
          adapters.push({ server: servers.length, node: i, slot, part: ap, firstPortVertex: v, firstPort: portOrdinal, roles: ads[slot]!.roles });
          inst.adapterCount++;
          for (let p = 0; p < ap.ports; p++, v++) {
            vKind[v] = V_PORT;
            vNode[v] = i;
            vMember[v] = m;
            vAdapter[v] = idx;
          }
          portOrdinal += ap.ports;
        }
        servers.push(inst);
      }
      return;
    }
    const kind = vertexKindOf(part);
    for (let m = 0; m < node.count; m++) {
      vNode[v] = i;
      vMember[v] = m;
      if (part.kind === 'gateway') {
        vKind[v] = V_GW_A;
        vKind[v + 1] = V_GW_B;
        vNode[v + 1] = i;
        vMember[v + 1] = m;
        edgeU[e] = v;
        edgeV[e] = v + 1;
        edgeLink[e] = -1;
        edgeCapacityGbps[e] = edgeRateGbps[e] = part.throughputGbps;
        edgeLanes[e] = 1;
        e++;
        v += 2;
      } else {
        vKind[v] = kind;
        v += 1;
      }
    }
  });

  // Pass 3: expand the links.
  const vertexOf = (end: LinkEnd, member: number): number => {
    if (end.slot >= 0) {
      const inst = adapters[adapterBase[end.ni]! + member * end.perMember + end.known]!;
      return inst.firstPortVertex + end.port;
    }
    return nodeBase[end.ni]! + (nodeParts[end.ni]!.kind === 'gateway' ? 2 * member : member);
  };
  const tick = progressTicker(onProgress, 'expanding the design', design.links.length, 1);
  design.links.forEach((link, li) => {
    tick(li);
    const pair = ends[li];
    if (!pair) return;
    const [a, b] = pair;
    const rate = Math.min(a.rate, b.rate);
    const capacity = link.lanes * rate * MODEL_PARAMS.protocolEfficiency[a.protocol].value;
    const sideB = (end: LinkEnd, handle: string): number => (nodeParts[end.ni]!.kind === 'gateway' && handle === 'B' ? 1 : 0);
    const offA = sideB(a, link.a.handle);
    const offB = sideB(b, link.b.handle);
    forEachMemberPair(a.node.count, b.node.count, link.mesh ?? false, (ma, mb) => {
      const u = vertexOf(a, ma) + offA;
      const v = vertexOf(b, mb) + offB;
      vUsed[u]! += link.lanes;
      vUsed[v]! += link.lanes;
      edgeU[e] = u;
      edgeV[e] = v;
      edgeLink[e] = li;
      edgeCapacityGbps[e] = capacity;
      edgeLanes[e] = link.lanes;
      edgeRateGbps[e] = rate;
      edgeLengthM[e] = link.lengthM;
      e++;
    });
  });

  function endOf(ref: DesignLink['a']): LinkEnd | null {
    const ni = nodeIndex.get(ref.node);
    if (ni === undefined) return null;
    const node = nodes[ni]!;
    const part = nodeParts[ni];
    if (!part) return null;
    if (part.kind === 'server') {
      const parsed = parseAdapterHandle(ref.handle);
      const slot = parsed ? (node.adapters ?? []).findIndex((a) => a.id === parsed.adapterId) : -1;
      const ap = slot >= 0 ? adapterPartsOf[ni]![slot] : undefined;
      if (!parsed || !ap || parsed.port >= ap.ports) return null;
      const known = adapterPartsOf[ni]!.slice(0, slot).filter(Boolean).length;
      return { ni, node, rate: ap.portDataGbps, protocol: ap.protocol, slot, port: parsed.port, known, perMember: adapterPartsOf[ni]!.filter(Boolean).length };
    }
    const info = portRate(part, ref.handle);
    return info && { ni, node, rate: info.rate, protocol: info.protocol, slot: -1, port: 0, known: 0, perMember: 0 };
  }

  function checkLink(link: DesignLink): [LinkEnd, LinkEnd] | null {
    const a = endOf(link.a);
    const b = endOf(link.b);
    if (!a || !b) {
      findings.push({ code: 'protocol-mismatch', severity: 'error', message: 'Link ends at a port that does not exist.', linkId: link.id });
      return null;
    }
    if (a.protocol !== b.protocol) {
      findings.push({
        code: 'protocol-mismatch',
        severity: 'error',
        message: `${PROTOCOL_LABEL[a.protocol]} port of "${a.node.label}" cannot connect to ${PROTOCOL_LABEL[b.protocol]} port of "${b.node.label}".`,
        linkId: link.id,
      });
      return null;
    }
    if (a.rate !== b.rate) {
      findings.push({
        code: 'rate-mismatch',
        severity: 'warning',
        message: `"${a.node.label}" (${a.rate} Gb/s) and "${b.node.label}" (${b.rate} Gb/s) differ: the link runs at ${Math.min(a.rate, b.rate)} Gb/s.`,
        linkId: link.id,
      });
    }
    return [a, b];
  }

  // Adjacency (CSR) over undirected edges.
  const adjStart = new Uint32Array(vertexCount + 1);
  for (let k = 0; k < edgeCount; k++) {
    adjStart[edgeU[k]! + 1]!++;
    adjStart[edgeV[k]! + 1]!++;
  }
  for (let v = 0; v < vertexCount; v++) adjStart[v + 1]! += adjStart[v]!;
  const fill = adjStart.slice(0, vertexCount);
  const adjVertex = new Uint32Array(adjStart[vertexCount]!);
  const adjEdge = new Uint32Array(adjStart[vertexCount]!);
  for (let k = 0; k < edgeCount; k++) {
    const u = edgeU[k]!;
    const v = edgeV[k]!;
    adjVertex[fill[u]!] = v;
    adjEdge[fill[u]!++] = k;
    adjVertex[fill[v]!] = u;
    adjEdge[fill[v]!++] = k;
  }

  return {
    design, nodeParts, nodeIndex, vertexCount, vKind, vNode, vMember, vAdapter, vUsed, adjStart, adjVertex, adjEdge,
    edgeCount, edgeU, edgeV, edgeLink, edgeCapacityGbps, edgeLanes, edgeRateGbps, edgeLengthM, gatewayInsideCount: insideCount,
    linkEdgeStart, linkProtocol: ends.map((p) => (p ? p[0].protocol : null)), servers, adapters,
    adapterNode: Int32Array.from(adapters, (a) => a.node), adapterPortDelta: Int32Array.from(adapters, (a) => a.firstPort - a.firstPortVertex),
    portCount: portOrdinal, nodeBase, adapterBase, findings,
  };
}

