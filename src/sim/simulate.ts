import { catalogFor, type Catalog } from '../catalog';
import { IOV_MODES, type Design, type IovMode, type SimulationResult } from '../domain';
import { layoutConstraints } from './constraints';
import { costPowerPorts } from './cost';
import { evaluateMode, type Prepared } from './evaluate';
import { designFindings } from './findings';
import { buildRoutes } from './routes';
import { buildTopology, expandedVertexCount, MAX_DESIGN_NODES, MAX_VERTICES } from './topology';

export interface SimulateOptions {
  /** Modes to evaluate; default all three. */
  modes?: readonly IovMode[];
  /** Every flow's demand unlimited: what the design can deliver per VM. */
  saturate?: boolean;
  /** The catalog to use; default the design's own (defaults + its parts and price list). */
  catalog?: Catalog;
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

export function prepare(design: Design, catalog: Catalog, saturate: boolean): Prepared {
  const topo = buildTopology(design, catalog);
  const routes = buildRoutes(topo, { saturate });
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
  const prep = prepare(design, catalog, saturate);
  const modes = (options.modes ?? IOV_MODES).map((m) => evaluateMode(prep, m, saturate));
  return { designName: design.name, saturate, modes, findings: designFindings(prep.topo), elapsedMs: now() - start };
}
