import { catalogFor, type Catalog } from '../catalog';
import { IOV_MODES, type Design, type IovMode, type SimulationResult } from '../domain';
import { layoutConstraints } from './constraints';
import { costPowerPorts } from './cost';
import { evaluateMode, type Prepared } from './evaluate';
import { designFindings } from './findings';
import { buildRoutes } from './routes';
import { noProgress, type ProgressSink } from './progress';
import { buildTopology, expandedVertexCount, MAX_DESIGN_NODES, MAX_VERTICES } from './topology';

export interface SimulateOptions {
  /** Modes to evaluate; default all three. */
  modes?: readonly IovMode[];
  /** Every flow's demand unlimited: what the design can deliver per VM. */
  saturate?: boolean;
  /** The catalog to use; default the design's own (defaults + its parts and price list). */
  catalog?: Catalog;
  /** Told between stages, so a caller can tell slow honest work from a hang. */
  onProgress?: ProgressSink;
}

// The core compiles without DOM or Node types; both runtimes have a global performance clock.
const clock = (globalThis as { performance?: { now(): number } }).performance;
const now = (): number => (clock ? clock.now() : Date.now());

/** Refuse designs beyond what the engine handles interactively, with a reason instead of a frozen tab. */
export function sizeProblem(design: Design, catalog: Catalog): string | null {
  if (design.nodes.length > MAX_DESIGN_NODES) {
    return `The design has ${design.nodes.length} nodes; up to ${MAX_DESIGN_NODES} are supported. Use server groups (one node with a count) instead.`;
  }
  const v = expandedVertexCount(design, catalog);
  if (v > MAX_VERTICES) return `The design expands to ${v} ports and switches; up to ${MAX_VERTICES} are supported.`;
  return null;
}

export function prepare(design: Design, catalog: Catalog, saturate: boolean, onProgress: ProgressSink = noProgress): Prepared {
  onProgress({ stage: 'expanding the design', done: 0, total: 1 });
  const topo = buildTopology(design, catalog);
  onProgress({ stage: 'routing flows', done: 0, total: 1 });
  const routes = buildRoutes(topo, { saturate });
  onProgress({ stage: 'laying out constraints', done: 0, total: 1 });
  const layout = layoutConstraints(topo);
  return { topo, routes, layout, common: costPowerPorts(topo, catalog, routes.vmCount) };
}

/** design → expanded topology → routed flows → max-min allocation → metrics, per IOV mode. */
export function simulate(design: Design, options: SimulateOptions = {}): SimulationResult {
  const start = now();
  const catalog = options.catalog ?? catalogFor(design);
  const saturate = options.saturate ?? false;
  const tooLarge = sizeProblem(design, catalog);
  if (tooLarge) {
    return { designName: design.name, saturate, modes: [], findings: [{ code: 'too-large', severity: 'error', message: tooLarge }], elapsedMs: now() - start };
  }
  const onProgress = options.onProgress ?? noProgress;
  const prep = prepare(design, catalog, saturate, onProgress);
  const wanted = options.modes ?? IOV_MODES;
  const modes = wanted.map((m, i) => {
    onProgress({ stage: `solving ${m} mode`, done: i, total: wanted.length });
    return evaluateMode(prep, m, saturate);
  });
  return { designName: design.name, saturate, modes, findings: designFindings(prep.topo), elapsedMs: now() - start };
}
