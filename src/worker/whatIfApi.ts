// What-if jobs (n−1 failures, sweeps) for the pool of what-if workers (whatIfPool.ts). Each call
// takes a chunk of independent items; the expensive part shared by a job's chunks (the intact
// design's expansion and result) is kept per job key, so a worker pays it once per job. The design
// crosses over once per worker and job (`load`), not with every chunk: a structured clone of a
// large design on the main thread for each chunk is main-thread time the pool exists to avoid.
import { DesignSchema, type Design, type Failure, type FailureImpact, type IovMode } from '../domain';
import { compareResults, failedFigures, sweepBase, sweepPoint, whatIfBase, type SweepAxis, type SweepBase, type SweepPoint, type WhatIfBase } from '../sim';

export interface ImpactsRequest {
  /** The job's key, given to `load` with the design first: the worker reuses its base. */
  key: string;
  mode: IovMode;
  /** Each set is failed on its own and compared with the intact design. */
  sets: Failure[][];
}

export interface SweepRequest {
  key: string;
  axis: SweepAxis;
  values: number[];
}

let loaded: { key: string; design: Design } | null = null;
let impactBase: { key: string; base: WhatIfBase } | null = null;
let sweepCache: { key: string; base: SweepBase } | null = null;

function designOf(key: string): Design {
  if (loaded?.key !== key) throw new Error(`What-if job ${key}: no design loaded (call load first).`);
  return loaded.design;
}

export const whatIfApi = {
  /** The job's design, once per worker: validated as a file would be, since it crossed a boundary. */
  load(key: string, design: Design): void {
    loaded = { key, design: DesignSchema.parse(design) };
  },
  impacts(req: ImpactsRequest): FailureImpact[] {
    if (impactBase?.key !== `${req.key}|${req.mode}`) impactBase = { key: `${req.key}|${req.mode}`, base: whatIfBase({ ...designOf(req.key), failures: [] }, req.mode) };
    const base = impactBase.base;
    return req.sets.map((set) => compareResults(base, set, failedFigures(base, set)));
  },
  sweep(req: SweepRequest): SweepPoint[] {
    if (sweepCache?.key !== req.key) sweepCache = { key: req.key, base: sweepBase(designOf(req.key)) };
    const base = sweepCache.base;
    return req.values.map((v) => sweepPoint(base, req.axis, v));
  },
};

export type WhatIfApi = typeof whatIfApi;
