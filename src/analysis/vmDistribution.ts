// The per-VM distribution of one flow kind: every VM's delivered bandwidth, sorted, beside what
// its workload asks (demand). Downsampled for drawing, and each point keeps the VM it stands for,
// so a click on the chart can find that VM's server on the canvas.
import type { Design, FlowKind, PerVmSeries } from '../domain';
import { workloadOf } from '../sim/workloads';

export interface DistributionPoint {
  /** The VM (index into the per-VM series). */
  vm: number;
  /** Where it sits among the VMs, 0 (lowest) to 1 (highest). */
  share: number;
  delivered: number;
  demand: number;
}

export interface VmDistribution {
  kind: FlowKind;
  /** VMs with such a flow. */
  n: number;
  points: DistributionPoint[];
  /** The VMs that get least, the median and most (exact for min and max; the median is of the sample when sampled). */
  lowest: DistributionPoint;
  median: DistributionPoint;
  highest: DistributionPoint;
  /** Largest delivered or demand value: the chart's scale. */
  top: number;
  /** True when the curve is drawn from a sample of the VMs (more than `maxSorted`). */
  sampled: boolean;
}

const SERIES = { lan: 'lanGbps', san: 'sanMBps', ipc: 'ipcGbps' } as const;

/** What one VM of server node `ni` asks, in the series' unit (Gb/s, or MB/s for SAN). */
export function vmDemand(design: { nodes: ReadonlyArray<{ workloadId?: string | undefined }>; workloads: Design['workloads'] }, ni: number, kind: FlowKind): number {
  const node = design.nodes[ni];
  if (!node || design.workloads.length === 0) return 0;
  // workloadOf reads only these two fields: the simulator's own rule (the node's workload, else the first).
  const w = workloadOf(design as unknown as Design, ni);
  return kind === 'lan' ? w.lanMbps / 1000 : kind === 'san' ? w.sanMBps : w.ipcMbps / 1000;
}

/**
 * VMs with a flow of `kind` (the simulator marks the others −1), sorted by what they get, cut to
 * at most `maxPoints` for drawing. Above `maxSorted` VMs a regular sample (plus the lowest and
 * highest VM) is sorted instead of all: the curve's shape survives, the cost stays a few ms.
 * `demandOf` gives what one VM of a server node asks ({@link vmDemand}).
 */
export function vmDistribution(perVm: PerVmSeries, kind: FlowKind, demandOf: (nodeIndex: number) => number, maxPoints = 240, maxSorted = 4000): VmDistribution | null {
  const values = perVm[SERIES[kind]];
  let n = 0;
  let lo = -1;
  let hi = -1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!(v >= 0)) continue;
    n++;
    if (lo < 0 || v < values[lo]!) lo = i;
    if (hi < 0 || v > values[hi]!) hi = i;
  }
  if (n === 0) return null;
  const stride = Math.max(1, Math.ceil(n / maxSorted));
  const picked: number[] = [];
  for (let i = 0, k = 0; i < values.length; i++) {
    if (!(values[i]! >= 0)) continue;
    if (k++ % stride === 0 || i === lo || i === hi) picked.push(i);
  }
  picked.sort((a, b) => values[a]! - values[b]! || a - b);
  const m = picked.length;
  const demandCache = new Map<number, number>();
  const point = (rank: number): DistributionPoint => {
    const vm = picked[rank]!;
    const ni = perVm.server[vm]!;
    let demand = demandCache.get(ni);
    if (demand === undefined) demandCache.set(ni, (demand = demandOf(ni)));
    return { vm, share: m === 1 ? 0.5 : rank / (m - 1), delivered: values[vm]!, demand };
  };
  const count = Math.min(m, maxPoints);
  const points = Array.from({ length: count }, (_, i) => point(count === 1 ? 0 : Math.round((i * (m - 1)) / (count - 1))));
  const top = Math.max(values[hi]!, ...points.map((p) => p.demand));
  return { kind, n, points, lowest: point(0), median: point(Math.floor((m - 1) / 2)), highest: point(m - 1), top, sampled: stride > 1 };
}

export interface VmPlace {
  nodeId: string;
  label: string;
  /** 1-based member of a stack (a node standing for several servers), else null. */
  member: number | null;
  members: number;
}

/** Which server a VM runs on: its node, and which member of a stack (VMs of a node are contiguous, server by server). */
export function vmPlace(design: Design, perVm: PerVmSeries, vm: number): VmPlace | null {
  const ni = perVm.server[vm];
  const node = ni === undefined ? undefined : design.nodes[ni];
  if (ni === undefined || !node) return null;
  let first = vm;
  while (first > 0 && perVm.server[first - 1] === ni) first--;
  const per = Math.max(1, node.vmsPerServer ?? 1);
  return { nodeId: node.id, label: node.label, member: node.count > 1 ? Math.floor((vm - first) / per) + 1 : null, members: node.count };
}
