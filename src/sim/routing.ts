import type { FlowKind } from '../domain';
import { V_GW_A, V_GW_B, V_NETWORK, V_PORT, V_STORAGE, V_SWITCH, type Topology } from './topology';

/**
 * Shortest-path routing with ECMP spreading. A reverse breadth-first search from all targets of
 * a kind (every LAN network, every storage array, or one server's ports) gives each vertex its
 * hop distance; a flow then walks downhill from its source port, choosing among equal next
 * hops by a hash of the flow, as ECMP does in real fabrics.
 *
 * Gateways are not switches: traffic entering a gateway side from a cable must cross to the
 * other side (the protocol translation) and leave by a cable there. The search therefore keeps
 * two states per gateway side: reached through a cable, or through the gateway's inside.
 */
const UNREACHED = 0x7fffffff;
/** Scratch list reused by every walk (walks never nest). */
const CANDIDATES: number[] = [];

const isGateway = (kind: number): boolean => kind === V_GW_A || kind === V_GW_B;

/** Vertex kinds a flow of this kind may pass through (not counting its two ends). */
export function transitAllowed(kind: FlowKind, vKind: number): boolean {
  if (vKind === V_SWITCH || vKind === V_GW_A || vKind === V_GW_B) return true;
  return kind === 'ipc' && vKind === V_NETWORK;
}

export function targetsFor(topo: Topology, kind: 'lan' | 'san'): number[] {
  const want = kind === 'lan' ? V_NETWORK : V_STORAGE;
  const out: number[] = [];
  for (let v = 0; v < topo.vertexCount; v++) if (topo.vKind[v] === want) out.push(v);
  return out;
}

/** Reverse BFS from the targets; `dist[2v + flag]` in hops, UNREACHED where no path. */
export function distancesTo(
  topo: Topology,
  kind: FlowKind,
  targets: readonly number[],
  reuse?: { dist: Int32Array; queue: Int32Array },
): Int32Array {
  const { vKind, adjStart, adjVertex, adjEdge, edgeInside } = topo;
  const dist = reuse ? reuse.dist.fill(UNREACHED) : new Int32Array(topo.vertexCount * 2).fill(UNREACHED);
  const queue = reuse ? reuse.queue : new Int32Array(topo.vertexCount * 2);
  let head = 0;
  let tail = 0;
  for (const t of targets) {
    if (dist[2 * t] !== UNREACHED) continue;
    dist[2 * t] = 0;
    queue[tail++] = 2 * t;
  }
  while (head < tail) {
    const state = queue[head++]!;
    const x = state >> 1;
    const viaInside = state & 1;
    const d = dist[state]!;
    const kx = vKind[x]!;
    // Ports are endpoints, and targets are not passed through (except their own seeding).
    if (d > 0 && (kx === V_PORT || !transitAllowed(kind, kx))) continue;
    const gw = isGateway(kx);
    for (let a = adjStart[x]!; a < adjStart[x + 1]!; a++) {
      const inside = edgeInside[adjEdge[a]!] === 1;
      if (gw && d > 0 && (viaInside === 1) === inside) continue; // must alternate cable ↔ inside
      const w = adjVertex[a]!;
      const next = 2 * w + (isGateway(vKind[w]!) && inside ? 1 : 0);
      if (dist[next] !== UNREACHED) continue;
      dist[next] = d + 1;
      queue[tail++] = next;
    }
  }
  return dist;
}

export const reachable = (dist: Int32Array, port: number): boolean => dist[2 * port] !== UNREACHED;

/** 32-bit mix (murmur3 finalizer): deterministic ECMP choice. */
export function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Walk downhill from `port` to the nearest target; pushes directed edges (2·edge + dir, dir 1
 * when traversed v→u) into `out`; returns the vertex reached, or −1 if unreachable.
 */
export function walk(topo: Topology, kind: FlowKind, dist: Int32Array, port: number, hash: number, out: number[]): number {
  const { vKind, adjStart, adjVertex, adjEdge, edges, edgeInside } = topo;
  let x = port;
  let state = 2 * port;
  if (dist[state] === UNREACHED) return -1;
  let fwdViaInside = 0;
  let step = 0;
  const candidates = CANDIDATES;
  while (dist[state]! > 0) {
    const d = dist[state]!;
    const gw = isGateway(vKind[x]!);
    candidates.length = 0;
    for (let a = adjStart[x]!; a < adjStart[x + 1]!; a++) {
      const inside = edgeInside[adjEdge[a]!] === 1;
      if (gw && step > 0 && (fwdViaInside === 1) === inside) continue;
      const w = adjVertex[a]!;
      const wGw = isGateway(vKind[w]!);
      // Forward "arrived through the inside" is reverse "arrived through a cable", and vice versa.
      const rev = wGw ? (inside ? 0 : 1) : 0;
      if (dist[2 * w + rev] === d - 1 && (d - 1 === 0 || transitAllowed(kind, vKind[w]!))) candidates.push(a);
    }
    if (candidates.length === 0) return -1; // cannot happen with a consistent dist; guard anyway
    const a = candidates[candidates.length === 1 ? 0 : mix(hash + step * 0x9e3779b9) % candidates.length]!;
    const ei = adjEdge[a]!;
    const w = adjVertex[a]!;
    const e = edges[ei]!;
    out.push(2 * ei + (e.u === x ? 0 : 1));
    const inside = e.link < 0;
    fwdViaInside = isGateway(vKind[w]!) && inside ? 1 : 0;
    state = 2 * w + (isGateway(vKind[w]!) ? 1 - fwdViaInside : 0);
    x = w;
    step++;
  }
  return x;
}
