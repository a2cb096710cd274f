// Tidy: the design's nodes placed left to right by role by elkjs, in a Web Worker created on first
// use (elkjs is ~1.5 MB of code: it loads only when someone tidies). If the worker cannot run,
// the core's own layered placement answers instead, so Tidy always does something sensible.
import { wrap, type Remote } from 'comlink';
import type { Catalog } from '../catalog';
import type { Design } from '../domain';
import { elkGraphFor, layeredPositions, positionsFromElk, type Positions, type Size } from '../layout';
import type { TidyApi } from './elk.worker';

let remote: Remote<TidyApi> | null = null;
let worker: Worker | null = null;

function api(): Remote<TidyApi> {
  if (!remote) {
    worker = new Worker(new URL('./elk.worker.ts', import.meta.url), { type: 'module', name: 'tidy' });
    remote = wrap<TidyApi>(worker);
  }
  return remote;
}

export interface TidyOutcome {
  positions: Positions;
  /** 'elk' normally; 'core' when the worker failed (the reason is kept). */
  engine: 'elk' | 'core';
  error?: string;
}

export async function tidyPositions(design: Pick<Design, 'nodes' | 'links'>, catalog: Catalog, sizes?: ReadonlyMap<string, Size>): Promise<TidyOutcome> {
  try {
    const result = await api().layout(elkGraphFor(design, catalog, sizes));
    return { positions: positionsFromElk(result, design), engine: 'elk' };
  } catch (e) {
    worker?.terminate();
    worker = null;
    remote = null;
    return { positions: layeredPositions(design, catalog, sizes), engine: 'core', error: e instanceof Error ? e.message : String(e) };
  }
}
