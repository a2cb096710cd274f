import { catalogFor, type Catalog } from '../catalog';
import { IOV_MODES, type Design, type Failure, type Finding, type IovMode, type SimulationResult } from '../domain';
import { layoutConstraints } from './constraints';
import { costPowerPorts } from './cost';
import { evaluateMode, type Prepared } from './evaluate';
import { sizeReport } from './expansion';
import { designFindings } from './findings';
import { buildRoutes, TooLargeError } from './routes';
import { noProgress, now, type ProgressSink } from './progress';
import { buildTopology } from './expandDesign';
import { applyFailures } from './failures';

export interface SimulateOptions {
  /** Modes to evaluate; default all three. */
  modes?: readonly IovMode[];
  /** Every flow's demand unlimited: what the design can deliver per VM. */
  saturate?: boolean;
  /** The catalog to use; default the design's own (defaults + its parts and price list). */
  catalog?: Catalog;
  /** Told between stages and inside long loops, so a caller can tell slow honest work from a hang. */
  onProgress?: ProgressSink;
}

/**
 * Why the engine refuses this design (too large to expand, route or solve), or null. Linear in
 * the design's nodes and links, allocates nothing in proportion to the expansion.
 */
export function sizeProblem(design: Design, catalog: Catalog, saturate = false): string | null {
  return sizeReport(design, catalog, { saturate }).problem;
}

/**
 * Expand, route and lay out constraints. The design's failures (what-if) are applied to the
 * topology traffic is routed on; cost, power, ports and design findings come from the intact
 * topology — failed parts are still bought, powered and cabled.
 */
export function prepare(design: Design, catalog: Catalog, saturate: boolean, onProgress: ProgressSink = noProgress, failures: readonly Failure[] = design.failures ?? []): Prepared {
  onProgress({ stage: 'expanding the design', done: 0, total: 1 });
  const intact = buildTopology(design, catalog, onProgress);
  const topo = applyFailures(intact, failures);
  const routes = buildRoutes(topo, { saturate, onProgress });
  const layout = layoutConstraints(intact);
  return { topo, intact, routes, layout, common: costPowerPorts(intact, catalog, routes.vmCount) };
}

const refused = (design: Design, saturate: boolean, message: string, start: number): SimulationResult => ({
  designName: design.name,
  saturate,
  modes: [],
  findings: [{ code: 'too-large', severity: 'error', message } satisfies Finding],
  elapsedMs: now() - start,
});

/** design → expanded topology → routed flows → max-min allocation → metrics, per IOV mode. */
export function simulate(design: Design, options: SimulateOptions = {}): SimulationResult {
  const start = now();
  const catalog = options.catalog ?? catalogFor(design);
  const saturate = options.saturate ?? false;
  const tooLarge = sizeProblem(design, catalog, saturate);
  if (tooLarge) return refused(design, saturate, tooLarge, start);
  const onProgress = options.onProgress ?? noProgress;
  let prep: Prepared;
  try {
    prep = prepare(design, catalog, saturate, onProgress);
  } catch (e) {
    if (e instanceof TooLargeError) return refused(design, saturate, e.message, start);
    throw e;
  }
  const wanted = options.modes ?? IOV_MODES;
  const modes = wanted.map((m) => evaluateMode(prep, m, saturate, onProgress));
  return { designName: design.name, saturate, modes, findings: designFindings(prep.intact), elapsedMs: now() - start };
}
