import type { Catalog } from '../catalog';
import type { Design, Failure } from '../domain';
import { memberPairCount } from './workloads';
import type { Topology } from './topology';

/**
 * Failure semantics on the expanded topology (docs/failures.md). A failed member, adapter or
 * cable loses its own ports and cables and nothing else: what was cabled only to it is cut off.
 * Nothing is re-cabled — unlike shrinking a group, which would re-pair its servers with the
 * surviving members and hide the loss.
 *
 * The result keeps every vertex and edge index of the intact topology (so constraints, link loads
 * and per-VM series line up with the intact design's) and drops the dead edges from the adjacency
 * that routing walks. `vUsed` counts live cables only; `cut` marks vertices that had cables and
 * lost them all, so a reason can say "cut off by a failure" rather than "not cabled".
 */
export function applyFailures(topo: Topology, failures: readonly Failure[]): Topology {
  if (failures.length === 0) return topo;
  const { design } = topo;
  const deadVertex = new Uint8Array(topo.vertexCount);
  const deadEdge = new Uint8Array(topo.edgeCount);
  const vertexEnd = (ni: number): number => (ni + 1 < design.nodes.length ? topo.nodeBase[ni + 1]! : topo.vertexCount);
  for (const f of failures) {
    if (f.kind === 'cable') {
      const li = design.links.findIndex((l) => l.id === f.link);
      if (li < 0) continue;
      const start = topo.linkEdgeStart[li]!;
      const end = topo.linkEdgeStart[li + 1]!;
      if (f.pair === undefined) deadEdge.fill(1, start, end);
      else if (start + f.pair < end) deadEdge[start + f.pair] = 1;
      continue;
    }
    const ni = topo.nodeIndex.get(f.node);
    if (ni === undefined || !topo.nodeParts[ni]) continue;
    if (f.kind === 'adapter') {
      const slot = (design.nodes[ni]!.adapters ?? []).findIndex((a) => a.id === f.adapter);
      const base = topo.adapterBase[ni]!;
      if (slot < 0 || base < 0) continue;
      for (let ai = base; ai < topo.adapters.length && topo.adapters[ai]!.node === ni; ai++) {
        const inst = topo.adapters[ai]!;
        if (inst.slot !== slot || (f.member !== undefined && topo.servers[inst.server]!.member !== f.member)) continue;
        deadVertex.fill(1, inst.firstPortVertex, inst.firstPortVertex + inst.part.ports);
      }
      continue;
    }
    for (let v = topo.nodeBase[ni]!; v < vertexEnd(ni); v++) if (f.member === undefined || topo.vMember[v] === f.member) deadVertex[v] = 1;
  }

  let live = 0;
  const vUsed = new Uint32Array(topo.vertexCount);
  const adjStart = new Uint32Array(topo.vertexCount + 1);
  for (let e = 0; e < topo.edgeCount; e++) {
    const u = topo.edgeU[e]!;
    const v = topo.edgeV[e]!;
    if (deadVertex[u] || deadVertex[v]) deadEdge[e] = 1;
    if (deadEdge[e]) continue;
    live++;
    adjStart[u + 1]!++;
    adjStart[v + 1]!++;
    // Gateway insides are not cables (expandDesign counts only link cables in vUsed).
    if (e >= topo.gatewayInsideCount) {
      vUsed[u]! += topo.edgeLanes[e]!;
      vUsed[v]! += topo.edgeLanes[e]!;
    }
  }
  for (let v = 0; v < topo.vertexCount; v++) adjStart[v + 1]! += adjStart[v]!;
  const fill = adjStart.slice(0, topo.vertexCount);
  const adjVertex = new Uint32Array(2 * live);
  const adjEdge = new Uint32Array(2 * live);
  for (let e = 0; e < topo.edgeCount; e++) {
    if (deadEdge[e]) continue;
    const u = topo.edgeU[e]!;
    const v = topo.edgeV[e]!;
    adjVertex[fill[u]!] = v;
    adjEdge[fill[u]!++] = e;
    adjVertex[fill[v]!] = u;
    adjEdge[fill[v]!++] = e;
  }
  const cut = new Uint8Array(topo.vertexCount);
  for (let v = 0; v < topo.vertexCount; v++) if (topo.vUsed[v]! > 0 && vUsed[v] === 0) cut[v] = 1;
  return { ...topo, vUsed, adjStart, adjVertex, adjEdge, cut };
}

/** Members of a link's member pair `k`, in the order expandDesign creates them (topology.forEachMemberPair). */
export function pairMembers(n: number, m: number, mesh: boolean, k: number): [number, number] {
  if (mesh) return [Math.floor(k / m), k % m];
  return n >= m ? [k, Math.floor((k * m) / n)] : [Math.floor((k * n) / m), k];
}

/** Words for a failure: `"IB leaf switches" #4 of 8`, `HCA in "Blade servers" #1`, `cable "A" #2 ↔ "B" #0`. */
export function failureLabel(design: Design, catalog: Catalog, f: Failure): string {
  const member = (label: string, count: number, m: number | undefined): string =>
    count <= 1 ? `"${label}"` : m === undefined ? `"${label}" (all ${count})` : `"${label}" #${m + 1} of ${count}`;
  if (f.kind === 'cable') {
    const link = design.links.find((l) => l.id === f.link);
    if (!link) return `cable ${f.link}`;
    const a = design.nodes.find((n) => n.id === link.a.node);
    const b = design.nodes.find((n) => n.id === link.b.node);
    const na = a?.count ?? 1;
    const nb = b?.count ?? 1;
    const pairs = memberPairCount(na, nb, link.mesh ?? false);
    if (f.pair === undefined) return `cables "${a?.label ?? link.a.node}" ↔ "${b?.label ?? link.b.node}"${pairs > 1 ? ` (all ${pairs})` : ''}`;
    const [i, j] = pairMembers(na, nb, link.mesh ?? false, f.pair);
    const end = (label: string, count: number, m: number): string => (count > 1 ? `"${label}" #${m + 1}` : `"${label}"`);
    return `cable ${end(a?.label ?? '', na, i)} ↔ ${end(b?.label ?? '', nb, j)}`;
  }
  const node = design.nodes.find((n) => n.id === f.node);
  if (!node) return f.node;
  if (f.kind === 'adapter') {
    const ad = node.adapters?.find((a) => a.id === f.adapter);
    const name = (ad && catalog.byId.get(ad.partId)?.name) ?? f.adapter;
    return `${name} (${f.adapter}) in ${member(node.label, node.count, f.member)}`;
  }
  return member(node.label, node.count, f.member);
}

/**
 * Words for a class of twin members of one stack (failureClasses.ts): `"Spines" (any of the 48)`,
 * `"IB↔Eth gateways" #1, #2, #3, … (any of these 56 of 168)`. One failure: its own label, as
 * before classes.
 */
export function classLabel(design: Design, catalog: Catalog, members: readonly Failure[]): string {
  const first = members[0]!;
  if (members.length === 1 || first.kind === 'cable') return failureLabel(design, catalog, first);
  const n = design.nodes.find((x) => x.id === first.node)?.count ?? members.length;
  const whole = failureLabel(design, catalog, { ...first, member: undefined }).replace(/ \(all \d+\)$/, '');
  if (members.length === n) return `${whole} (any of the ${n})`;
  const numbers = members.slice(0, 3).map((f) => `#${(f.kind === 'cable' ? 0 : (f.member ?? 0)) + 1}`);
  return `${whole} ${numbers.join(', ')}${members.length > 3 ? ', …' : ''} (any of these ${members.length} of ${n})`;
}

/**
 * The single failures an n−1 analysis tries: every member of every switch, gateway and storage
 * node (members differ by what is cabled to them); for servers, each adapter of one server (the
 * members of a group are alike: one stands for all); and one cable bundle of each design link.
 * Existing networks stand outside the design and are not failed.
 */
export function failureTargets(design: Design, catalog: Catalog): Failure[] {
  const out: Failure[] = [];
  for (const node of design.nodes) {
    const part = catalog.byId.get(node.partId);
    if (!part) continue;
    if (part.kind === 'server') {
      for (const a of node.adapters ?? []) out.push({ kind: 'adapter', node: node.id, adapter: a.id, member: 0 });
    } else if (part.kind === 'switch' || part.kind === 'gateway' || part.kind === 'storage') {
      for (let m = 0; m < node.count; m++) out.push({ kind: 'node', node: node.id, member: m });
    }
  }
  for (const link of design.links) out.push({ kind: 'cable', link: link.id, pair: 0 });
  return out;
}
