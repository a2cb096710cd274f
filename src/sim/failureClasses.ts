import type { Catalog } from '../catalog';
import type { Design, Failure } from '../domain';

/**
 * n−1 by equivalence class (docs/failures.md, "Classes of alike parts"). Failing spine #1 of a
 * stack of 48 spines meshed to every leaf does exactly what failing spine #2 does: one simulation
 * stands for all of them. This module partitions the single-failure targets of n−1 into classes
 * whose members give the same figures, so n−1 simulates one representative per class.
 *
 * The rule is exact, not a likeness: two members of a switch, gateway or storage stack are alike
 * when they are **twins** — the same node (so the same part), cabled to exactly the same members
 * by the same links (mesh links, links to a single partner, the same block of a block link) — and
 * so is every member between them. Why exactly that: routing is not symmetric under reordering.
 * ECMP hands out a vertex's parents in turn and the storage split is greedy, both in vertex and
 * flow order (docs/model.md §3), so two leaves that look alike (16 servers each, the same
 * spines) but hold different servers can give different figures once the fabric is congested
 * (a first version that merged look-alikes by colour refinement failed the property test on such
 * leaves, cables and adapters, by as much as 14%). A failed member loses all its cables
 * and drops out of routing; with twins between i and j, the live fabric without member i maps onto
 * the live fabric without member j, keeping every vertex, edge and flow in order (members i+1…j
 * shift by one, each onto its twin), so routing, solving and every figure come out the same.
 *
 * So: a stack meshed to its neighbours (spines, directors) is one class; members on a block link
 * split by block (gateways by the border leaf they hang off); a member with a block of servers of
 * its own (a leaf) is its own class, as is a member the design's own failures name one by one.
 * A server's adapter or one cable bundle never drops out of routing whole (the server, the ends
 * stay live), so those targets are not merged: as before classes, n−1 fails the adapters of one
 * server per group and one bundle per link (failures.ts, `failureTargets`).
 */
export interface FailureClass {
  /** The failure simulated for the class (its first member). */
  representative: Failure;
  /** Every single failure the class stands for, the representative first. */
  members: Failure[];
}

/**
 * Per member of design node `id` (of `count` members): what it is cabled to, as a string — for
 * each link at the node, the member(s) at the other end (forEachMemberPair's rule): all of them on
 * a mesh or when the other end is a single member (nothing to tell members apart), the one member
 * of its block when the node is the larger end, a block of its own when it is the smaller end.
 */
function partnerKeys(design: Design, id: string, count: number, counts: ReadonlyMap<string, number>, linksAt: ReadonlyMap<string, number[]>): string[] {
  const keys: string[] = Array.from({ length: count }, () => '');
  for (const li of linksAt.get(id) ?? []) {
    const link = design.links[li]!;
    for (const [here, there] of [[link.a, link.b], [link.b, link.a]] as const) {
      if (here.node !== id) continue;
      const p = counts.get(there.node) ?? 1;
      // A link from the node to itself, not a mesh: every member its own (conservative).
      const self = link.a.node === link.b.node && !link.mesh;
      if ((link.mesh || p === 1) && !self) continue;
      for (let m = 0; m < count; m++) keys[m] += ` ${li}${here === link.a ? 'a' : 'b'}>${!self && count >= p ? Math.floor((m * p) / count) : `own ${m}`}`;
    }
  }
  return keys;
}

/**
 * Every single failure of n−1 by class: runs of twin members of each switch, gateway and storage
 * stack; the adapters of a server group's first member and one cable bundle of each link, each a
 * class of its own — in the order failureTargets lists them, which the classes' members make up.
 * Read from the design alone (cheap enough for the page to list the classes before a run); the
 * design's own failures make the members they name classes of their own.
 */
export function failureClasses(design: Design, catalog: Catalog): FailureClass[] {
  const pinned = new Set((design.failures ?? []).flatMap((f) => (f.kind !== 'cable' && f.member !== undefined ? [`${f.node}#${f.member}`] : [])));
  const out: FailureClass[] = [];
  const counts = new Map(design.nodes.map((n) => [n.id, n.count]));
  // Each node's links, once (a design may hold 20,000 nodes and 100,000 links).
  const linksAt = new Map<string, number[]>();
  design.links.forEach((link, li) => {
    for (const id of new Set([link.a.node, link.b.node])) {
      const at = linksAt.get(id);
      if (at) at.push(li);
      else linksAt.set(id, [li]);
    }
  });
  for (const node of design.nodes) {
    const kind = catalog.byId.get(node.partId)?.kind;
    if (kind === 'server') {
      for (const a of node.adapters ?? []) out.push(single({ kind: 'adapter', node: node.id, adapter: a.id, member: 0 }));
      continue;
    }
    if (kind !== 'switch' && kind !== 'gateway' && kind !== 'storage') continue;
    const keys = partnerKeys(design, node.id, node.count, counts, linksAt);
    let run: Failure[] = [];
    for (let m = 0; m < node.count; m++) {
      const f: Failure = { kind: 'node', node: node.id, member: m };
      // A run of twins: consecutive members, cabled alike, none named by the design's failures.
      const joins = m > 0 && keys[m] === keys[m - 1] && !pinned.has(`${node.id}#${m}`) && !pinned.has(`${node.id}#${m - 1}`);
      if (!joins && run.length) {
        out.push({ representative: run[0]!, members: run });
        run = [];
      }
      run.push(f);
    }
    if (run.length) out.push({ representative: run[0]!, members: run });
  }
  for (const link of design.links) out.push(single({ kind: 'cable', link: link.id, pair: 0 }));
  return out;
}

const single = (f: Failure): FailureClass => ({ representative: f, members: [f] });
