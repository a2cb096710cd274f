import type { QueueingHop } from '../domain';
import { constraintText } from './bottleneckWhere';
import type { ConstraintLayout } from './constraints';
import type { FlowLatency } from './latency';
import { KIND_IPC, KIND_LAN, type Routes } from './routes';
import type { FlowSolution } from './solver';
import type { Topology } from './topology';

/** Loaded latency above this multiple of the unloaded one names the hop that causes it. */
export const QUEUEING_RATIO = 2;

/**
 * Per flow kind, the slowest flow under load; when its loaded latency is more than twice its
 * unloaded one, the hop whose queue adds the most to it (latency.ts: delay × (1/(1−ρ) − 1)).
 * Undefined when no kind queues that much.
 */
export function queueingHops(topo: Topology, layout: ConstraintLayout, routes: Routes, lat: FlowLatency, sol: FlowSolution): Partial<Record<'lan' | 'san' | 'ipc', QueueingHop>> | undefined {
  const slowest = [-1, -1, -1];
  for (let f = 0; f < routes.flowCount; f++) {
    const k = routes.flowKind[f]!;
    const s = slowest[k]!;
    if (s < 0 || lat.loaded[f]! > lat.loaded[s]!) slowest[k] = f;
  }
  let out: Partial<Record<'lan' | 'san' | 'ipc', QueueingHop>> | undefined;
  slowest.forEach((f, k) => {
    if (f < 0 || lat.queueAt[f]! < 0 || !(lat.loaded[f]! > QUEUEING_RATIO * lat.unloaded[f]!)) return;
    const c = lat.queueAt[f]!;
    const kind = k === KIND_LAN ? 'lan' : k === KIND_IPC ? 'ipc' : 'san';
    (out ??= {})[kind] = { where: constraintText(topo, layout, c), utilization: sol.utilization[c]!, loadedUs: lat.loaded[f]!, unloadedUs: lat.unloaded[f]!, addedUs: lat.queueUs[f]! };
  });
  return out;
}
