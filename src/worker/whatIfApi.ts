// What-if jobs (n−1 failures, sweeps) for the pool of what-if workers (whatIfPool.ts). Each call
// takes a chunk of independent items; the expensive part shared by a job's chunks (the intact
// design's expansion and result) is kept per job key, so a worker pays it once per job.
import { DesignSchema, type Design, type Failure, type FailureImpact, type IovMode } from '../domain';
import { compareResults, evaluateWithFailures, sweepBase, sweepPoint, whatIfBase, type SweepAxis, type SweepBase, type SweepPoint, type WhatIfBase } from '../sim';

export interface ImpactsRequest {
  /** Same key = same design and mode: the worker reuses its base. */
  key: string;
  design: Design;
  mode: IovMode;
  /** Each set is failed on its own and compared with the intact design. */
  sets: Failure[][];
}

export interface SweepRequest {
  key: string;
  design: Design;
  axis: SweepAxis;
  values: number[];
}

let impactBase: { key: string; base: WhatIfBase } | null = null;
let sweepCache: { key: string; base: SweepBase } | null = null;

export const whatIfApi = {
  impacts(req: ImpactsRequest): FailureImpact[] {
    if (impactBase?.key !== `${req.key}|${req.mode}`) {
      // The design crossed a boundary: validate it as a file would be.
      const design = DesignSchema.parse(req.design);
      impactBase = { key: `${req.key}|${req.mode}`, base: whatIfBase({ ...design, failures: [] }, req.mode) };
    }
    const base = impactBase.base;
    return req.sets.map((set) => compareResults(base, set, evaluateWithFailures(base, set)));
  },
  sweep(req: SweepRequest): SweepPoint[] {
    if (sweepCache?.key !== req.key) sweepCache = { key: req.key, base: sweepBase(DesignSchema.parse(req.design)) };
    const base = sweepCache.base;
    return req.values.map((v) => sweepPoint(base, req.axis, v));
  },
};

export type WhatIfApi = typeof whatIfApi;
