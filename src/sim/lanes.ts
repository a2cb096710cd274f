// How many lanes a new cable between two node-level ports can have: the ports still free on the
// busiest member at each end, divided by how many member pairs that member takes part in.
// A newcomer who cabled a 6-port gateway to the LAN got one lane (1 Gb/s out of 6) without
// noticing; the store now proposes what both ends allow and says so.
import type { Catalog } from '../catalog';
import type { Design, DesignNode, PortRef } from '../domain';
import { forEachMemberPair, portRate } from './topology';

const isAdapterHandle = (ref: PortRef): boolean => ref.handle.startsWith('a/');

/** Ports in use on each member of `node`'s `handle`, summed over the design's cables. */
export function memberPortUse(design: Design, node: DesignNode, handle: string): number[] {
  const use = new Array<number>(node.count).fill(0);
  const counts = new Map(design.nodes.map((n) => [n.id, n.count]));
  for (const l of design.links) {
    const onA = l.a.node === node.id && l.a.handle === handle;
    const onB = l.b.node === node.id && l.b.handle === handle;
    if (!onA && !onB) continue;
    const n = counts.get(l.a.node) ?? 0;
    const m = counts.get(l.b.node) ?? 0;
    if (l.mesh) {
      // Every member meets every member of the other side: the same use on all of them.
      for (let i = 0; i < node.count; i++) use[i]! += l.lanes * ((onA ? m : 0) + (onB ? n : 0));
      continue;
    }
    forEachMemberPair(n, m, false, (i, j) => {
      if (onA) use[i]! += l.lanes;
      if (onB) use[j]! += l.lanes;
    });
  }
  return use;
}

export interface LaneProposal {
  lanes: number;
  /** Why this many, for the notice: the end that limits it. */
  limitedBy: string;
  /**
   * Lanes the design's oversubscription asks for: what the ports already cabled on a switch end
   * bring to it (`gbps`), divided by `ratio` (settings.oversubscription; 1 = non-blocking), in
   * lanes of the slower end's rate; and that end's name. Absent when no end is a switch with cables.
   */
  planned?: { lanes: number; end: string; gbps: number; ratio: number };
}

/** Above this many lanes a new cable is proposed, not made: the user picks the count (the UI asks). */
export const ASK_ABOVE_LANES = 4;

/**
 * Lanes for a new block-paired cable a–b between two node-level ports (switch, gateway side,
 * storage, network), or null when either end is an adapter port (one cable per port), when one
 * lane is all the free ports allow, or when there is nothing to go by. An end goes by its free
 * ports when they exist for this cable: a gateway's side or a storage array, or a switch whose
 * other ports are already cabled (a leaf with its servers: what is left are its uplinks). Between
 * switches with no cables yet, or such a switch and a network, the ports could go to servers
 * later, so the cable gets one lane and the user says how many.
 */
export function proposeLanes(design: Design, a: PortRef, b: PortRef, catalog: Catalog, maxLanes = 64): LaneProposal | null {
  if (isAdapterHandle(a) || isAdapterHandle(b)) return null;
  const nodeA = design.nodes.find((x) => x.id === a.node);
  const nodeB = design.nodes.find((x) => x.id === b.node);
  if (!nodeA || !nodeB) return null;
  const n = nodeA.count;
  const m = nodeB.count;
  // Member pairs per member under block pairing (forEachMemberPair): the larger side's members
  // meet one member each; the smaller side's meet ⌈larger / smaller⌉.
  const pairsA = n >= m ? 1 : Math.ceil(m / n);
  const pairsB = n >= m ? Math.ceil(n / m) : 1;
  let best = maxLanes;
  let limitedBy = '';
  let known = false;
  const rates: number[] = [];
  let feeding: { gbps: number; end: string } | null = null;
  for (const [node, ref, pairs] of [
    [nodeA, a, pairsA],
    [nodeB, b, pairsB],
  ] as const) {
    const part = catalog.byId.get(node.partId);
    const rate = part && part.kind !== 'cable' ? portRate(part, ref.handle) : null;
    if (!part || !rate) return null;
    const used = Math.max(0, ...memberPortUse(design, node, ref.handle));
    if (part.kind === 'gateway' || part.kind === 'storage' || (part.kind === 'switch' && used > 0)) known = true;
    rates.push(rate.rate);
    // What the busiest member's cabled ports bring in, shared by the member pairs it meets.
    if (part.kind === 'switch' && used > 0 && (!feeding || (used * rate.rate) / pairs > feeding.gbps)) feeding = { gbps: (used * rate.rate) / pairs, end: node.label || part.name };
    const lanes = Math.floor((rate.ports - used) / pairs);
    if (lanes < best) {
      best = lanes;
      const side = part.kind === 'gateway' ? (ref.handle === 'A' ? ' (InfiniBand side)' : ' (other side)') : '';
      limitedBy = `the ${rate.ports - used} free ports of "${node.label || part.name}"${side}${pairs > 1 ? ` shared by ${pairs} member pairs` : ''}`;
    }
  }
  if (!known || best <= 1) return null;
  const laneGbps = Math.min(...rates);
  const ratio = design.settings.oversubscription ?? 1;
  // A hair under a whole lane is a whole lane: 6 × 1 Gb/s over 1 Gb/s lanes is 6, not 7.
  const planned = feeding && laneGbps > 0 ? { lanes: Math.max(1, Math.ceil(feeding.gbps / ratio / laneGbps - 1e-9)), end: feeding.end, gbps: feeding.gbps, ratio } : null;
  return { lanes: best, limitedBy, ...(planned ? { planned } : {}) };
}
