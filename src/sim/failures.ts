import { catalogFor, type Catalog } from '../catalog';
import type { Design, FailureImpact, FailureTarget, IovMode } from '../domain';
import { evaluateMode } from './evaluate';
import { prepare } from './simulate';

/**
 * n−1 what-if: fail each component once and measure what the VMs lose. Members of a group are
 * identical, so failing one adapter of one server stands for any of them; a switch, gateway or
 * storage member is failed one at a time only through its design node when it is a single part,
 * and as "one member" (the first) when it is a stack.
 */
export function failureTargets(design: Design, catalog: Catalog = catalogFor(design)): FailureTarget[] {
  const out: FailureTarget[] = [];
  for (const node of design.nodes) {
    const part = catalog.byId.get(node.partId);
    if (!part) continue;
    if (part.kind === 'server') {
      for (const a of node.adapters ?? []) {
        const ap = catalog.byId.get(a.partId);
        out.push({ id: `adapter:${node.id}:${a.id}`, kind: 'adapter', nodeId: node.id, adapterId: a.id, label: `${ap?.name ?? a.partId} in "${node.label}"${node.count > 1 ? ' (one server)' : ''}` });
      }
    } else if (part.kind !== 'network') {
      out.push({ id: `node:${node.id}`, kind: 'node', nodeId: node.id, label: `"${node.label}"${node.count > 1 ? ' (one member)' : ''}` });
    }
  }
  for (const link of design.links) {
    const a = design.nodes.find((n) => n.id === link.a.node)?.label ?? link.a.node;
    const b = design.nodes.find((n) => n.id === link.b.node)?.label ?? link.b.node;
    out.push({ id: `link:${link.id}`, kind: 'link', linkId: link.id, label: `Cable "${a}" ↔ "${b}"` });
  }
  return out;
}

/** The design with one member of the target failed: split it off its group, then remove it. */
export function withFailure(design: Design, target: FailureTarget): Design {
  if (target.kind === 'link') return { ...design, links: design.links.filter((l) => l.id !== target.linkId) };
  const node = design.nodes.find((n) => n.id === target.nodeId);
  if (!node) return design;
  const failedId = `${node.id}~failed`;
  const rest = node.count > 1 ? [{ ...node, count: node.count - 1 }] : [];
  const nodes = design.nodes.flatMap((n) => (n.id !== node.id ? [n] : rest));
  if (target.kind === 'adapter') {
    // The failed server keeps running its VMs without that adapter.
    const failed = { ...node, id: failedId, count: 1, adapters: (node.adapters ?? []).filter((a) => a.id !== target.adapterId) };
    const touchesNode = (l: Design['links'][number]): boolean => l.a.node === node.id || l.b.node === node.id;
    const touchesAdapter = (l: Design['links'][number]): boolean =>
      [l.a, l.b].some((r) => r.node === node.id && r.handle.startsWith(`a/${target.adapterId}/`));
    // The rest of the group keeps its cables; the failed server keeps those of its other adapters.
    const kept = node.count > 1 ? design.links : design.links.filter((l) => !touchesNode(l));
    const moved = design.links.filter((l) => touchesNode(l) && !touchesAdapter(l)).map((l) => reroute(l, node.id, failedId));
    const links = [...kept, ...moved];
    return { ...design, nodes: [...nodes, failed], links };
  }
  // A failed switch/gateway/storage member: the group shrinks by one; single parts disappear.
  const links = node.count > 1 ? design.links : design.links.filter((l) => l.a.node !== node.id && l.b.node !== node.id);
  return { ...design, nodes: node.count > 1 ? design.nodes.map((n) => (n.id === node.id ? { ...n, count: n.count - 1 } : n)) : nodes, links };
}

function reroute(l: Design['links'][number], from: string, to: string): Design['links'][number] {
  return {
    ...l,
    id: `${l.id}~${to}`,
    a: l.a.node === from ? { ...l.a, node: to } : l.a,
    b: l.b.node === from ? { ...l.b, node: to } : l.b,
  };
}

export function failureSweep(design: Design, mode: IovMode, options: { catalog?: Catalog; saturate?: boolean } = {}): FailureImpact[] {
  const catalog = options.catalog ?? catalogFor(design);
  const saturate = options.saturate ?? false;
  const base = evaluateMode(prepare(design, catalog, saturate), mode, saturate);
  const lostOf = (series: Float64Array): number => series.reduce((n, v) => n + (v === 0 ? 1 : 0), 0);
  const baseLost = { lan: lostOf(base.perVm.lanGbps), san: lostOf(base.perVm.sanMBps), ipc: lostOf(base.perVm.ipcGbps) };
  const rel = (after: number, before: number): number => (before > 0 ? after / before - 1 : 0);
  return failureTargets(design, catalog).map((target) => {
    const r = evaluateMode(prepare(withFailure(design, target), catalog, saturate), mode, saturate);
    return {
      target,
      vmsLosing: {
        lan: Math.max(0, lostOf(r.perVm.lanGbps) - baseLost.lan),
        san: Math.max(0, lostOf(r.perVm.sanMBps) - baseLost.san),
        ipc: Math.max(0, lostOf(r.perVm.ipcGbps) - baseLost.ipc),
      },
      totals: r.totals,
      change: { lan: rel(r.totals.lanGbps, base.totals.lanGbps), san: rel(r.totals.sanMBps, base.totals.sanMBps), ipc: rel(r.totals.ipcGbps, base.totals.ipcGbps) },
    };
  });
}
