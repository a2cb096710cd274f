import { gbpsToMBps, type CapabilityResult, type IovMode, type PerVmSeries, type Stat } from '../domain';
import type { ModeSolve, Prepared } from './evaluate';
import { flowDemands } from './flowProblem';
import { solveMaxMin } from './solver';
import { stat } from './stats';
import { demandsByNode, KIND_IPC, KIND_LAN, KIND_SAN } from './workloads';

const KINDS = [
  { kind: KIND_LAN, name: 'lan', key: 'lanGbps', toUnit: (gbps: number) => gbps },
  { kind: KIND_SAN, name: 'san', key: 'sanMBps', toUnit: gbpsToMBps },
  { kind: KIND_IPC, name: 'ipc', key: 'ipcGbps', toUnit: (gbps: number) => gbps },
] as const;

const NONE: Stat = { n: 0, min: 0, median: 0, max: 0, mean: 0 };

/** What the capability runs read of a mode's result: its own copy (the worker transfers the result's away). */
export type DeliveredSeries = Pick<PerVmSeries, 'server' | 'lanGbps' | 'sanMBps' | 'ipcGbps'>;

export const copySeries = (s: PerVmSeries): DeliveredSeries => ({ server: s.server.slice(), lanGbps: s.lanGbps.slice(), sanMBps: s.sanMBps.slice(), ipcGbps: s.ipcGbps.slice() });

/**
 * docs/model.md §4, capability: per flow kind, what each VM's flow of that kind gets when that
 * kind pushes as hard as it can while the other kinds keep their planned demand — one solve per
 * kind the workload has (a kind nobody asks for is not invented), on the same routes and
 * constraints as the delivered run.
 *
 * A VM's capability is never below what it is delivered: where every VM of a kind asks the same,
 * raising that kind's demand cannot lower any of its flows (max-min filling is identical up to the
 * common demand), and where workloads of different demand share a bottleneck, unlimited demand
 * would even them out — the figure then keeps what the VM gets now rather than read "could get"
 * below "gets".
 *
 * Headroom is about the tightest VM, not the median: the smallest capability ÷ demand over the
 * VMs of that kind (0 when one has no path).
 */
export function capabilityOf(prep: Prepared, solve: ModeSolve, delivered: DeliveredSeries, mode: IovMode): CapabilityResult {
  const { topo, routes } = prep;
  const n = routes.vmCount;
  const perVm = { lanGbps: Float64Array.from(delivered.lanGbps), sanMBps: Float64Array.from(delivered.sanMBps), ipcGbps: Float64Array.from(delivered.ipcGbps) };
  const result: CapabilityResult = { mode, vm: { lanGbps: NONE, sanMBps: NONE, ipcGbps: NONE }, headroom: { lan: null, san: null, ipc: null }, perVm };
  const demandOfNode = demandsByNode(topo.design, topo.nodeParts);
  const pushed = new Float64Array(routes.flowCount);
  for (const { kind, name, key, toUnit } of KINDS) {
    // Starts as what each VM gets (0 for a VM with no path, −1 for none of this kind).
    const series = perVm[key];
    // Warm start from the delivered solve: when no flow of this kind is held by its demand (every
    // one is held by a full constraint already), pushing the demand changes nothing — max-min
    // filling runs the same to the end — and capability is what the VMs get, with no solve.
    let asked = false;
    let atDemand = false;
    const { demand } = solve.problem;
    for (let f = 0; f < routes.flowCount && !atDemand; f++) {
      if (routes.flowKind[f] !== kind || !(demand[f]! > 0)) continue;
      asked = true;
      atDemand = solve.rate[f]! >= demand[f]! * (1 - 1e-9);
    }
    if (!asked) continue;
    const sol = atDemand ? solveMaxMin({ ...solve.problem, demand: flowDemands(topo, routes, solve.ctx, { unlimitedKind: kind, running: solve.running }, pushed) }) : null;
    for (let f = 0; f < routes.flowCount && sol; f++) {
      if (routes.flowKind[f] !== kind || pushed[f] === 0) continue;
      const vm = routes.flowVm[f]!;
      const could = toUnit(sol.rate[f]!);
      if (could > series[vm]!) series[vm] = could;
    }
    let tightest = Infinity;
    for (let vm = 0; vm < n; vm++) {
      const v = series[vm]!;
      if (v < 0) continue;
      const want = toUnit(demandOfNode[delivered.server[vm]!]![kind]!);
      if (want > 0 && v / want < tightest) tightest = v / want;
    }
    result.vm[key] = stat(series);
    result.headroom[name] = Number.isFinite(tightest) ? tightest : null;
  }
  return result;
}
