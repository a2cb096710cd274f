// A design as the changes from another (the last one saved): what the compact journal keeps
// when the browser's storage is too full for the whole design. Edits replace the objects they
// change and keep the others (the store never mutates), so the changes are found by reference:
// the parts and cables that changed, those removed, and their order where it is not the one the
// rest implies. A move of one node is a patch of one node, whatever the design's size.
import type { Design } from '../domain';

interface ListPatch<T> {
  upsert: T[];
  remove: string[];
  /** Every id in order, only where it differs from the base's order with new items appended. */
  order?: string[];
}

export interface DesignPatch {
  /** Top-level fields that changed (nodes and links excepted), whole. */
  set: Partial<Record<keyof Design, unknown>>;
  nodes?: ListPatch<Design['nodes'][number]>;
  links?: ListPatch<Design['links'][number]>;
}

function diffList<T extends { id: string }>(base: readonly T[], next: readonly T[]): ListPatch<T> | undefined {
  if (base === next) return undefined;
  const before = new Map(base.map((item) => [item.id, item]));
  const ids = new Set(next.map((item) => item.id));
  const upsert = next.filter((item) => before.get(item.id) !== item);
  const remove = base.filter((item) => !ids.has(item.id)).map((item) => item.id);
  const implied = [...base.filter((item) => ids.has(item.id)).map((item) => item.id), ...next.filter((item) => !before.has(item.id)).map((item) => item.id)];
  const order = next.map((item) => item.id);
  const sameOrder = implied.length === order.length && implied.every((id, i) => id === order[i]);
  return { upsert, remove, ...(sameOrder ? {} : { order }) };
}

function applyList<T extends { id: string }>(base: readonly T[], patch: ListPatch<T> | undefined): T[] {
  if (!patch) return [...base];
  const removed = new Set(patch.remove);
  const byId = new Map<string, T>(base.filter((item) => !removed.has(item.id)).map((item) => [item.id, item]));
  const fresh: string[] = [];
  for (const item of patch.upsert) {
    if (!byId.has(item.id)) fresh.push(item.id);
    byId.set(item.id, item);
  }
  const order = patch.order ?? [...base.filter((item) => byId.has(item.id)).map((item) => item.id), ...fresh];
  return order.flatMap((id) => {
    const item = byId.get(id);
    return item ? [item] : [];
  });
}

export function diffDesign(base: Design, next: Design): DesignPatch {
  const set: DesignPatch['set'] = {};
  const keys = new Set([...Object.keys(base), ...Object.keys(next)] as Array<keyof Design>);
  for (const key of keys) if (key !== 'nodes' && key !== 'links' && base[key] !== next[key]) set[key] = next[key] ?? null;
  const nodes = diffList(base.nodes, next.nodes);
  const links = diffList(base.links, next.links);
  return { set, ...(nodes ? { nodes } : {}), ...(links ? { links } : {}) };
}

/** The design the patch was made from; the result is still to be checked (importDesignValue) like any stored design. */
export function applyDesignPatch(base: Design, patch: DesignPatch): unknown {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch.set)) {
    if (value === null) delete out[key];
    else out[key] = value;
  }
  out.nodes = applyList(base.nodes, patch.nodes);
  out.links = applyList(base.links, patch.links);
  return out;
}
