// Lookups the canvas makes many times per store update (one per node or cable), built once per
// result or links array and memoized by identity, so a selector stays O(1) per node.
import { facingSides } from '../io/export/layout';
import type { DesignLink, DesignNode, Finding, IovMode, LinkLoad, ModeResult, SimulationResult } from '../domain';
import type { AppState } from '../store';

export interface NodeFindings {
  errors: number;
  warnings: number;
  /** One line per finding, errors first. */
  messages: string[];
}

const findingsMemo = new WeakMap<SimulationResult, Map<IovMode, ReadonlyMap<string, NodeFindings>>>();
const EMPTY: ReadonlyMap<string, NodeFindings> = new Map();

/** Errors and warnings per node id: the mode's findings plus those that hold in every mode. */
export function findingsByNode(result: SimulationResult | null, mode: IovMode): ReadonlyMap<string, NodeFindings> {
  if (!result) return EMPTY;
  let perMode = findingsMemo.get(result);
  if (!perMode) findingsMemo.set(result, (perMode = new Map()));
  const cached = perMode.get(mode);
  if (cached) return cached;
  const modeFindings = result.modes.find((m) => m.mode === mode)?.findings ?? [];
  const index = new Map<string, NodeFindings>();
  const seen = new Set<string>();
  const sorted = [...result.findings, ...modeFindings].sort((a, b) => rank(a) - rank(b));
  for (const f of sorted) {
    if (!f.nodeId || f.severity === 'info') continue;
    const key = `${f.nodeId}|${f.code}|${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const entry = index.get(f.nodeId) ?? { errors: 0, warnings: 0, messages: [] };
    if (f.severity === 'error') entry.errors++;
    else entry.warnings++;
    entry.messages.push(f.message);
    index.set(f.nodeId, entry);
  }
  perMode.set(mode, index);
  return index;
}
const rank = (f: Finding): number => (f.severity === 'error' ? 0 : f.severity === 'warning' ? 1 : 2);

export function currentMode(s: AppState): ModeResult | undefined {
  return s.sim.result?.modes.find((m) => m.mode === s.design.settings.mode);
}

export const linkLoadOf = (s: AppState, linkId: string): LinkLoad | undefined => {
  const links = currentMode(s)?.links;
  return links && Object.hasOwn(links, linkId) ? links[linkId] : undefined;
};

/** A result exists but was computed for an older design. */
export const isStale = (s: AppState): boolean => s.sim.result !== null && s.sim.resultRevision !== s.sim.revision;

const usedMemo = new WeakMap<readonly DesignLink[], Map<string, string>>();

/** The cabled handles of a node as one string ("a/x/0|p"): a stable selector value. */
export function cabledHandles(links: readonly DesignLink[], nodeId: string): string {
  let index = usedMemo.get(links);
  if (!index) {
    const sets = new Map<string, Set<string>>();
    for (const l of links) {
      for (const end of [l.a, l.b]) {
        let set = sets.get(end.node);
        if (!set) sets.set(end.node, (set = new Set()));
        set.add(end.handle);
      }
    }
    index = new Map([...sets].map(([id, set]) => [id, [...set].sort().join('|')]));
    usedMemo.set(links, index);
  }
  return index.get(nodeId) ?? '';
}

let sidesFor: { nodes: readonly DesignNode[]; links: readonly DesignLink[]; sides: Map<string, 'left' | 'right'> } | null = null;

/** Which side of a server its adapter ports face (layout.ts facingSides): one pass per design change, shared by every node's selector. */
export function facingSide(nodes: readonly DesignNode[], links: readonly DesignLink[], nodeId: string): 'left' | 'right' {
  if (!sidesFor || sidesFor.nodes !== nodes || sidesFor.links !== links) sidesFor = { nodes, links, sides: facingSides(nodes, links) };
  return sidesFor.sides.get(nodeId) ?? 'right';
}
