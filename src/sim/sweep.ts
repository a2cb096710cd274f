import { catalogFor, type Catalog } from '../catalog';
import { IOV_MODES, type Design, type IovMode } from '../domain';
import { SimBuffers } from './buffers';
import { capacitiesFor, layoutConstraints } from './constraints';
import { costPowerPorts } from './cost';
import { buildTopology } from './expandDesign';
import { applyFailures } from './failures';
import { groupFlows } from './flowGroups';
import { buildRoutes } from './routes';
import { sizeProblem } from './simulate';
import { sweepFigures } from './sweepFigures';
import type { Topology } from './topology';

/**
 * Sweeps (docs/failures.md, "Sweeps"): one design input varied over a range, the whole design
 * simulated at each value, per IOV mode. Points are independent, so callers may spread them over
 * workers; each is a pure function of (design, axis, value).
 */
export type SweepAxis = 'vmsPerServer' | 'workloadScale';

export const SWEEP_VALUES: Record<SweepAxis, readonly number[]> = {
  vmsPerServer: Array.from({ length: 64 }, (_, i) => i + 1),
  workloadScale: [0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 8],
};

/** The design with the axis set to value: VMs on every server group that runs VMs; every workload's demands scaled. */
export function withSweepValue(design: Design, axis: SweepAxis, value: number): Design {
  if (axis === 'vmsPerServer') {
    return { ...design, nodes: design.nodes.map((n) => ((n.vmsPerServer ?? 0) > 0 ? { ...n, vmsPerServer: value } : n)) };
  }
  return {
    ...design,
    workloads: design.workloads.map((w) => ({ ...w, lanMbps: w.lanMbps * value, sanMBps: w.sanMBps * value, ipcMbps: w.ipcMbps * value })),
  };
}

export interface SweepModePoint {
  mode: IovMode;
  /** Per-VM medians: LAN and server-to-server Gb/s, SAN MB/s; loaded server-to-server latency µs. */
  lanGbps: number;
  sanMBps: number;
  ipcGbps: number;
  ipcLatencyUs: number;
  /** VMs per server that fit in CPU, memory and virtual functions. */
  vmsFit: number;
  costPerVmUsd: number;
  /** Every VM reaches LAN, SAN and its peer and gets its demand, and the planned VMs fit. */
  meetsDemand: boolean;
  /** Why not, in a few words (the first reason found). */
  shortfall: string;
}

export interface SweepPoint {
  axis: SweepAxis;
  value: number;
  modes: SweepModePoint[];
}

/**
 * The expansion does not depend on either axis (VMs and demands only change routing and the
 * solve): a sweep expands the design once and hands the same topology to every point.
 */
export interface SweepBase {
  design: Design;
  catalog: Catalog;
  topo: Topology;
  routed: Topology;
  layout: ReturnType<typeof layoutConstraints>;
  /**
   * Working arrays (routes, groups, flow problems, latencies) reused from point to point: a point
   * keeps none of them in what it returns, and points of one base run one at a time.
   */
  buffers: SimBuffers;
  /**
   * Each mode's constraint capacities, once: they depend on the parts, the mode and the design's
   * settings, none of which an axis changes (constraints.ts, `capacitiesFor`).
   */
  capacity: Map<IovMode, Float64Array>;
}

export function sweepBase(design: Design, catalog: Catalog = catalogFor(design)): SweepBase {
  const topo = buildTopology(design, catalog);
  return { design, catalog, topo, routed: applyFailures(topo, design.failures ?? []), layout: layoutConstraints(topo), buffers: new SimBuffers(), capacity: new Map() };
}

export function sweepPoint(base: SweepBase, axis: SweepAxis, value: number, modes: readonly IovMode[] = IOV_MODES): SweepPoint {
  const d = withSweepValue(base.design, axis, value);
  const tooLarge = sizeProblem(d, base.catalog);
  if (tooLarge) return { axis, value, modes: modes.map((mode) => ({ mode, lanGbps: 0, sanMBps: 0, ipcGbps: 0, ipcLatencyUs: 0, vmsFit: 0, costPerVmUsd: NaN, meetsDemand: false, shortfall: 'too large to simulate' })) };
  const topo = { ...base.topo, design: d };
  const { buffers } = base;
  const routes = buildRoutes({ ...base.routed, design: d }, { saturate: false, buffers });
  const prep = { topo: { ...base.routed, design: d }, intact: topo, routes, layout: base.layout, common: costPowerPorts(topo, base.catalog, routes.vmCount), buffers };
  const groups = groupFlows(routes, buffers);
  return {
    axis,
    value,
    modes: modes.map((mode) => {
      let capacity = base.capacity.get(mode);
      if (!capacity) base.capacity.set(mode, (capacity = capacitiesFor(prep.topo, base.layout, mode)));
      const m = sweepFigures(prep, groups, mode, capacity);
      return {
        mode,
        lanGbps: m.lanGbps,
        sanMBps: m.sanMBps,
        ipcGbps: m.ipcGbps,
        ipcLatencyUs: m.ipcLatencyUs,
        vmsFit: m.density.vmsPerServer,
        // No VM runs: no cost per VM (NaN draws a gap in the chart, not a point at $0).
        costPerVmUsd: m.density.vmsRunning > 0 ? prep.common.cost.tcoUsd / m.density.vmsRunning : NaN,
        meetsDemand: m.shortfall === '',
        shortfall: m.shortfall,
      };
    }),
  };
}

/** The first value at which a mode stops meeting demand (after meeting it), or null. */
export function demandLimit(points: readonly SweepPoint[], mode: IovMode): { value: number; shortfall: string } | null {
  const sorted = [...points].sort((a, b) => a.value - b.value);
  for (const p of sorted) {
    const m = p.modes.find((x) => x.mode === mode);
    if (m && !m.meetsDemand) return { value: p.value, shortfall: m.shortfall };
  }
  return null;
}

export function sweep(design: Design, axis: SweepAxis, values: readonly number[] = SWEEP_VALUES[axis]): SweepPoint[] {
  const base = sweepBase(design);
  return values.map((v) => sweepPoint(base, axis, v));
}
