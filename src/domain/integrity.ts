import type { Design, DesignNode } from './design';
import { parseAdapterHandle } from './design';
import type { Issue } from './importDesign';
import type { Part, PartKind } from './part';

/** At most this many problems are listed; a file with thousands of broken links says so once. */
const MAX_ISSUES = 50;

const name = (node: DesignNode): string => `'${node.id}'`;

/**
 * Reference checks the schema cannot express: every id a design names exists, is of the right
 * kind and is unique; cables join two different nodes. A design that fails them is refused on
 * import with the path of each problem ("links[3].b: no port 'p9' on node 'ib-leaf'"): the
 * simulator would otherwise have to guess, and duplicate ids make one edit hit several items.
 */
export function checkReferences(design: Design, lookup: (partId: string) => Part | undefined): Issue[] {
  const issues: Issue[] = [];
  const add = (path: string, message: string): void => {
    if (issues.length < MAX_ISSUES) issues.push({ path, message });
  };
  const nodes = new Map<string, DesignNode>();
  const kindOf = (partId: string): PartKind | undefined => lookup(partId)?.kind;

  const workloadIds = new Set<string>();
  design.workloads.forEach((w, i) => {
    if (workloadIds.has(w.id)) add(`workloads[${i}].id`, `duplicate workload id '${w.id}'`);
    workloadIds.add(w.id);
  });
  const customIds = new Set<string>();
  design.customParts.forEach((p, i) => {
    if (customIds.has(p.id)) add(`customParts[${i}].id`, `duplicate custom part id '${p.id}'`);
    customIds.add(p.id);
  });

  design.nodes.forEach((node, i) => {
    const at = `nodes[${i}]`;
    if (nodes.has(node.id)) add(`${at}.id`, `duplicate node id '${node.id}'`);
    else nodes.set(node.id, node);
    const kind = kindOf(node.partId);
    if (!kind) add(`${at}.partId`, `unknown part '${node.partId}'`);
    else if (kind === 'adapter' || kind === 'cable') add(`${at}.partId`, `'${node.partId}' is ${kind === 'adapter' ? 'an adapter' : 'a cable'}, not a node part`);
    if (node.adapters?.length && kind && kind !== 'server') add(`${at}.adapters`, `only servers hold adapters; node ${name(node)} is a ${kind}`);
    const adapterIds = new Set<string>();
    node.adapters?.forEach((ad, j) => {
      if (adapterIds.has(ad.id)) add(`${at}.adapters[${j}].id`, `duplicate adapter id '${ad.id}' on node ${name(node)}`);
      adapterIds.add(ad.id);
      const adKind = kindOf(ad.partId);
      if (!adKind) add(`${at}.adapters[${j}].partId`, `unknown part '${ad.partId}'`);
      else if (adKind !== 'adapter') add(`${at}.adapters[${j}].partId`, `'${ad.partId}' is not an adapter`);
    });
    if (node.workloadId !== undefined && !workloadIds.has(node.workloadId)) add(`${at}.workloadId`, `unknown workload '${node.workloadId}'`);
  });

  const linkIds = new Set<string>();
  design.links.forEach((link, i) => {
    const at = `links[${i}]`;
    if (linkIds.has(link.id)) add(`${at}.id`, `duplicate link id '${link.id}'`);
    linkIds.add(link.id);
    for (const end of ['a', 'b'] as const) {
      const ref = link[end];
      const node = nodes.get(ref.node);
      if (!node) {
        add(`${at}.${end}`, `no node '${ref.node}'`);
        continue;
      }
      const problem = handleProblem(node, ref.handle, lookup);
      if (problem) add(`${at}.${end}`, problem);
    }
    if (link.a.node === link.b.node) add(at, `the cable joins node '${link.a.node}' to itself`);
    if (link.cablePartId !== undefined) {
      const kind = kindOf(link.cablePartId);
      if (!kind) add(`${at}.cablePartId`, `unknown part '${link.cablePartId}'`);
      else if (kind !== 'cable') add(`${at}.cablePartId`, `'${link.cablePartId}' is not a cable`);
    }
  });
  // A price for a part the design cannot use: a list meant for another design, or a typo. Listed
  // rather than kept silently (it would never show, and never be noticed).
  for (const partId of Object.keys(design.priceList)) {
    if (!lookup(partId)) add(`priceList.${partId}`, `unknown part '${partId}'`);
  }
  design.failures?.forEach((f, i) => {
    const at = `failures[${i}]`;
    if (f.kind === 'cable') {
      const link = design.links.find((l) => l.id === f.link);
      if (!link) return add(`${at}.link`, `no link '${f.link}'`);
      const a = nodes.get(link.a.node)?.count ?? 1;
      const b = nodes.get(link.b.node)?.count ?? 1;
      const pairs = link.mesh ? a * b : Math.max(a, b);
      if (f.pair !== undefined && f.pair >= pairs) add(`${at}.pair`, `link '${f.link}' has ${pairs} member pair${pairs === 1 ? '' : 's'}, numbered from 0`);
      return;
    }
    const node = nodes.get(f.node);
    if (!node) return add(`${at}.node`, `no node '${f.node}'`);
    if (f.member !== undefined && f.member >= node.count) add(`${at}.member`, `node ${name(node)} has ${node.count} member${node.count === 1 ? '' : 's'}, numbered from 0`);
    if (f.kind === 'adapter' && !node.adapters?.some((a) => a.id === f.adapter)) add(`${at}.adapter`, `no adapter '${f.adapter}' on node ${name(node)}`);
  });
  return issues;
}

function handleProblem(node: DesignNode, handle: string, lookup: (id: string) => Part | undefined): string | null {
  const part = lookup(node.partId);
  if (!part) return null; // already reported on the node
  const missing = `no port '${handle}' on node ${name(node)}`;
  if (part.kind === 'server') {
    const parsed = parseAdapterHandle(handle);
    const adapter = parsed && node.adapters?.find((a) => a.id === parsed.adapterId);
    if (!parsed || !adapter) return missing;
    const adapterPart = lookup(adapter.partId);
    if (adapterPart?.kind === 'adapter' && parsed.port >= adapterPart.ports) {
      return `${missing}: adapter '${adapter.id}' (${adapterPart.name}) has ${adapterPart.ports} port${adapterPart.ports === 1 ? '' : 's'}, numbered from 0`;
    }
    return null;
  }
  if (part.kind === 'gateway') return handle === 'A' || handle === 'B' ? null : `${missing} (a gateway's ports are 'A' and 'B')`;
  if (part.kind === 'adapter' || part.kind === 'cable') return null; // the node itself is already refused
  return handle === 'p' ? null : `${missing} (a ${part.kind}'s ports are 'p')`;
}
