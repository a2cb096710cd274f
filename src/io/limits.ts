// What the importer accepts, in one place: every limit has its own message, and the store's edit
// operations check the same numbers so that no edit produces a design the importer would refuse.
import { DESIGN_LIMITS } from '../domain';

export const IMPORT_LIMITS = {
  /** Bytes of a design file (UTF-8); bigger files are refused before they are read. */
  bytes: 20 * 1024 * 1024,
  /** Nesting of arrays and objects in the JSON text; a design needs 6. */
  depth: 64,
  nodes: DESIGN_LIMITS.nodes,
  links: DESIGN_LIMITS.links,
  workloads: DESIGN_LIMITS.workloads,
  customParts: DESIGN_LIMITS.customParts,
  /** Entries in a design's price list. */
  priceList: 5000,
} as const;

/** A price list is a few hundred rows; 5 MB is far beyond any real one. */
export const MAX_PRICE_LIST_BYTES = 5 * 1024 * 1024;

/** Longest share link we make; longer ones break in mail and chat clients. */
export const SHARE_LINK_MAX_CHARS = 32_000;

export type CountedThing = 'nodes' | 'links' | 'workloads' | 'customParts' | 'priceList';

const NOUN: Record<CountedThing, string> = {
  nodes: 'nodes',
  links: 'cables (links)',
  workloads: 'workload profiles',
  customParts: 'custom parts',
  priceList: 'price list entries',
};

const int = (n: number): string => Math.round(n).toLocaleString('en-US');
export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function tooManyMessage(thing: CountedThing, found: number): string {
  return `The design has ${int(found)} ${NOUN[thing]}; up to ${int(IMPORT_LIMITS[thing])} are supported.`;
}

export function tooLargeMessage(bytes: number): string {
  return `The file is ${megabytes(bytes)}; designs up to ${megabytes(IMPORT_LIMITS.bytes)} can be opened.`;
}

/** Counts over the limits, first one found (the store refuses an edit with this message). */
export function countProblem(design: { nodes: unknown[]; links: unknown[]; workloads: unknown[]; customParts: unknown[]; priceList: object }): { thing: CountedThing; found: number } | null {
  const counts: Record<CountedThing, number> = {
    nodes: design.nodes.length,
    links: design.links.length,
    workloads: design.workloads.length,
    customParts: design.customParts.length,
    priceList: Object.keys(design.priceList).length,
  };
  for (const thing of Object.keys(counts) as CountedThing[]) {
    if (counts[thing] > IMPORT_LIMITS[thing]) return { thing, found: counts[thing] };
  }
  return null;
}
