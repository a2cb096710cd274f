import type { Design } from './design';
import { parseAdapterHandle } from './design';
import type { Issue } from './importDesign';
import type { Part, PartKind } from './part';

/**
 * Reference checks the schema cannot express: every id a design names must exist and be of the
 * right kind. A design that fails them is refused on import (with the path of each problem);
 * the simulator would otherwise have to guess.
 */
export function checkReferences(design: Design, lookup: (partId: string) => Part | undefined): Issue[] {
  const issues: Issue[] = [];
  const nodes = new Map<string, Design['nodes'][number]>();
  const kindOf = (partId: string): PartKind | undefined => lookup(partId)?.kind;

  design.nodes.forEach((node, i) => {
    if (nodes.has(node.id)) issues.push({ path: `nodes[${i}].id`, message: `duplicate node id "${node.id}"` });
    nodes.set(node.id, node);
    const kind = kindOf(node.partId);
    if (!kind) issues.push({ path: `nodes[${i}].partId`, message: `unknown part "${node.partId}"` });
    else if (kind === 'adapter' || kind === 'cable') {
      issues.push({ path: `nodes[${i}].partId`, message: `"${node.partId}" is ${kind === 'adapter' ? 'an adapter' : 'a cable'}, not a node part` });
    }
    const adapterIds = new Set<string>();
    node.adapters?.forEach((ad, j) => {
      if (adapterIds.has(ad.id)) issues.push({ path: `nodes[${i}].adapters[${j}].id`, message: `duplicate adapter id "${ad.id}"` });
      adapterIds.add(ad.id);
      if (kindOf(ad.partId) !== 'adapter') {
        issues.push({ path: `nodes[${i}].adapters[${j}].partId`, message: `"${ad.partId}" is not an adapter in the catalog` });
      }
    });
    if (node.workloadId && !design.workloads.some((w) => w.id === node.workloadId)) {
      issues.push({ path: `nodes[${i}].workloadId`, message: `unknown workload "${node.workloadId}"` });
    }
  });

  const linkIds = new Set<string>();
  design.links.forEach((link, i) => {
    if (linkIds.has(link.id)) issues.push({ path: `links[${i}].id`, message: `duplicate link id "${link.id}"` });
    linkIds.add(link.id);
    for (const end of ['a', 'b'] as const) {
      const ref = link[end];
      const node = nodes.get(ref.node);
      const path = `links[${i}].${end}`;
      if (!node) {
        issues.push({ path: `${path}.node`, message: `no node "${ref.node}"` });
        continue;
      }
      const problem = handleProblem(node, ref.handle, lookup);
      if (problem) issues.push({ path: `${path}.handle`, message: problem });
    }
    if (link.cablePartId && kindOf(link.cablePartId) !== 'cable') {
      issues.push({ path: `links[${i}].cablePartId`, message: `"${link.cablePartId}" is not a cable in the catalog` });
    }
  });
  return issues;
}

function handleProblem(node: Design['nodes'][number], handle: string, lookup: (id: string) => Part | undefined): string | null {
  const part = lookup(node.partId);
  if (!part) return null; // already reported on the node
  if (part.kind === 'server') {
    const parsed = parseAdapterHandle(handle);
    const adapter = parsed && node.adapters?.find((a) => a.id === parsed.adapterId);
    if (!parsed || !adapter) return `no adapter port "${handle}" on "${node.label || node.id}"`;
    const adapterPart = lookup(adapter.partId);
    if (adapterPart?.kind === 'adapter' && parsed.port >= adapterPart.ports) {
      return `adapter "${adapterPart.name}" has ${adapterPart.ports} port(s); port ${parsed.port} does not exist`;
    }
    return null;
  }
  if (part.kind === 'gateway') return handle === 'A' || handle === 'B' ? null : `a gateway's handles are "A" and "B", not "${handle}"`;
  return handle === 'p' ? null : `the handle of a ${part.kind} is "p", not "${handle}"`;
}
