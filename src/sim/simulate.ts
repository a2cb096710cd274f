import { catalogFor, type Catalog } from '../catalog';
import { IOV_MODES, type CapabilityResult, type Design, type Failure, type Finding, type IovMode, type SimulationResult } from '../domain';
import { layoutConstraints } from './constraints';
import { costPowerPorts } from './cost';
import { capabilityOf, copySeries } from './capability';
import { evaluateMode, type ModeSolve, type Prepared } from './evaluate';
import { sizeReport } from './expansion';
import { designFindings } from './findings';
import { buildRoutes, TooLargeError } from './routes';
import { noProgress, now, type ProgressSink } from './progress';
import { buildTopology } from './expandDesign';
import { applyFailures } from './failures';
import { borrowBuffers, giveBack, type Buffers } from './buffers';

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
export function sizeProblem(design: Design, catalog: Catalog): string | null {
  return sizeReport(design, catalog).problem;
}

/**
 * Expand, route and lay out constraints. The design's failures (what-if) are applied to the
 * topology traffic is routed on; cost, power, ports and design findings come from the intact
 * topology — failed parts are still bought, powered and cabled.
 */
export function prepare(design: Design, catalog: Catalog, saturate: boolean, onProgress: ProgressSink = noProgress, failures: readonly Failure[] = design.failures ?? [], buffers?: Buffers): Prepared {
  onProgress({ stage: 'expanding the design', done: 0, total: 1 });
  const intact = buildTopology(design, catalog, onProgress);
  const topo = applyFailures(intact, failures);
  const routes = buildRoutes(topo, { saturate, onProgress, ...(buffers ? { buffers } : {}) });
  const layout = layoutConstraints(intact);
  return { topo, intact, routes, layout, common: costPowerPorts(intact, catalog, routes.vmCount), ...(buffers ? { buffers } : {}) };
}

const refused = (design: Design, saturate: boolean, message: string, start: number): SimulationResult => ({
  designName: design.name,
  saturate,
  modes: [],
  findings: [{ code: 'too-large', severity: 'error', message } satisfies Finding],
  elapsedMs: now() - start,
});

/** A simulation whose capability runs can follow its result, from the same routes and solutions. */
export interface SimulationSession {
  result: SimulationResult;
  /** Per mode, what each VM could get per flow kind (capability.ts); [] when nothing was simulated. */
  capability(onProgress?: ProgressSink): CapabilityResult[];
  /**
   * For a caller that will not ask for capability: the run's working arrays go back for the next
   * run to reuse (capability gives them back itself once computed).
   */
  release(): void;
}

/** design → expanded topology → routed flows → max-min allocation → metrics, per IOV mode. */
export function simulate(design: Design, options: SimulateOptions = {}): SimulationResult {
  const session = runSession(design, options, false);
  session.release();
  return session.result;
}

/** The delivered result and, in a second step, its capability (simulate + capabilityOf per mode). */
export function simulateWithCapability(design: Design, options: SimulateOptions = {}): SimulationResult {
  const session = simulateSession(design, options);
  return { ...session.result, capability: session.capability(options.onProgress) };
}

/**
 * The delivered result first; the state its capability runs need is kept in the closure, so a
 * caller (the worker) can show the result before spending the capability's solves.
 */
export function simulateSession(design: Design, options: SimulateOptions = {}): SimulationSession {
  return runSession(design, options, true);
}

/** `forCapability` false: no capability will be asked, so nothing is kept or copied for it. */
function runSession(design: Design, options: SimulateOptions, forCapability: boolean): SimulationSession {
  const start = now();
  const catalog = options.catalog ?? catalogFor(design);
  const saturate = options.saturate ?? false;
  const tooLarge = sizeProblem(design, catalog);
  const nothing = (result: SimulationResult): SimulationSession => ({ result, capability: () => [], release: () => {} });
  if (tooLarge) return nothing(refused(design, saturate, tooLarge, start));
  const onProgress = options.onProgress ?? noProgress;
  // Working arrays from the last finished run (buffers.ts), held until this one's capability is
  // computed or released; a run that throws simply drops them (the next run allocates anew).
  const buffers = borrowBuffers();
  let prep: Prepared;
  try {
    prep = prepare(design, catalog, saturate, onProgress, design.failures ?? [], buffers);
  } catch (e) {
    if (e instanceof TooLargeError) {
      giveBack(buffers);
      return nothing(refused(design, saturate, e.message, start));
    }
    throw e;
  }
  const wanted = options.modes ?? IOV_MODES;
  const solves: ModeSolve[] = [];
  const modes = wanted.map((m) => evaluateMode(prep, m, saturate, onProgress, forCapability ? (solve) => solves.push(solve) : undefined));
  const result = { designName: design.name, saturate, modes, findings: designFindings(prep.intact, catalog), elapsedMs: now() - start };
  // Copies, not the result's arrays: the worker transfers those to the page before this runs.
  const delivered = saturate || !forCapability ? [] : modes.map((m) => copySeries(m.perVm));
  let capability: CapabilityResult[] | null = null;
  let released = false;
  const release = (): void => {
    if (!released) giveBack(buffers);
    released = true;
  };
  return {
    result,
    capability: (sink = noProgress) => {
      // Every flow unlimited already: capability is the result itself, nothing more to push.
      if (saturate) {
        release();
        return [];
      }
      if (capability === null && released) throw new Error('capability asked of a released simulation: its routes and flow problems now belong to another run');
      capability ??= modes.map((m, i) => {
        sink({ stage: `capability: ${m.mode} mode`, done: i, total: modes.length });
        return capabilityOf(prep, solves[i]!, delivered[i]!, m.mode);
      });
      release();
      return capability;
    },
    release,
  };
}
