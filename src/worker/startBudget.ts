// How long a fresh worker may take to say its first word, and how long to wait before starting
// another after workers failed to start. Starting is fetching and compiling the script, then taking
// the first call (the design crosses over as a structured clone): a few hundred milliseconds on a
// quiet machine, seconds on two cores busy elsewhere. A worker silent past its budget did not start
// (a script that spins at start, answers garbage, or never arrives): it is reported, with Retry.
import type { Design } from '../domain';

/** The start-up budget of an ordinary design. */
export const START_BUDGET_MS = 20_000;
/** The budget of a large design (a clone of thousands of nodes to send and check before the first word). */
export const LARGE_START_BUDGET_MS = 60_000;
/**
 * Large for starting, as for the canvas's size guard: over 1,500 canvas nodes (where the canvas
 * mounts only what is in view, src/canvas/largeDesign.ts) or as many links.
 */
export const LARGE_DESIGN_NODES = 1500;

export const isLargeDesign = (design: Pick<Design, 'nodes' | 'links'>): boolean => design.nodes.length > LARGE_DESIGN_NODES || design.links.length > LARGE_DESIGN_NODES;

export const startBudgetMs = (design: Pick<Design, 'nodes' | 'links'>): number => (isLargeDesign(design) ? LARGE_START_BUDGET_MS : START_BUDGET_MS);

/**
 * The wait before starting a worker after `failures` workers in a row failed to start: none after
 * none, then 0.5 s, 1 s, 2 s … up to 8 s — a redeploy or a network blip is given time, and a server
 * that keeps failing is not hammered by a user pressing Retry.
 */
export function startBackoffMs(failures: number): number {
  return failures <= 0 ? 0 : Math.min(8000, 500 * 2 ** (failures - 1));
}

export const seconds = (ms: number): string => `${Math.round(ms / 1000)} s`;
