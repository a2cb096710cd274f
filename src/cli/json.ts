import type { CapabilityResult, Finding, ModeResult, SimulationResult, Stat } from '../domain';
import { tidy } from './format';
import type { Loaded } from './load';

/**
 * The `--json` projection: stable names a script can rely on, plain numbers, no per-VM typed
 * arrays and no per-link map (those are for the UI; a 128-server design would print megabytes).
 */

/**
 * Pretty JSON with tidy numbers. JSON.stringify escapes C0 controls but leaves C1 controls and
 * bidi marks raw: escape those too, so a hostile label reaches a terminal as `\u009b`, not as an
 * escape sequence (the string means the same to any JSON reader).
 */
export function toJson(value: unknown): string {
  const text = JSON.stringify(value, (_k, v: unknown) => (typeof v === 'number' ? tidy(v) : v), 2);
  return text.replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}

/** n = 0 means no VM has such a flow: null, not a measured 0. */
export const statJson = (s: Stat): { n: number; min: number | null; median: number | null; max: number | null; mean: number | null } =>
  s.n === 0 ? { n: 0, min: null, median: null, max: null, mean: null } : { n: s.n, min: s.min, median: s.median, max: s.max, mean: s.mean };

const findingJson = (f: Finding): Finding => ({ ...f });

export function modeJson(m: ModeResult) {
  const lat = m.vm.latencyUs;
  const loaded = m.vm.loadedLatencyUs;
  return {
    mode: m.mode,
    supported: m.supported,
    fallbacks: m.fallbacks.map((f) => ({ ...f })),
    vm: {
      count: m.vm.count,
      lanGbps: statJson(m.vm.lanGbps),
      sanMBps: statJson(m.vm.sanMBps),
      ipcGbps: statJson(m.vm.ipcGbps),
      latencyUs: { lan: statJson(lat.lan), san: statJson(lat.san), ipc: statJson(lat.ipc) },
      loadedLatencyUs: { lan: statJson(loaded.lan), san: statJson(loaded.san), ipc: statJson(loaded.ipc) },
    },
    totals: { ...m.totals },
    hostPath: m.hostPath.map((h) => ({ adapterPart: h.adapterPart, adapterName: h.adapterName, transport: h.transport, gbps: h.gbps, limitedBy: h.limitedBy })),
    sanTransports: (m.sanTransports ?? []).map((u) => ({ ...u })),
    density: { vmsPerServer: m.density.vmsPerServer, groups: m.density.groups.map((g) => ({ ...g })) },
    cost: { ...m.cost, capexByCategoryUsd: { ...m.cost.capexByCategoryUsd } },
    power: { ...m.power, byCategoryW: { ...m.power.byCategoryW } },
    ports: { ...m.ports },
    qualitative: { ...m.qualitative },
    bottlenecks: m.bottlenecks.map((b) => ({ ...b })),
    unreachable: m.unreachable.map((u) => ({ ...u })),
    findings: m.findings.map(findingJson),
    flows: m.flows,
    constraints: m.constraints,
  };
}

export function designJson(loaded: Loaded, servers: number) {
  return {
    name: loaded.design.name,
    source: loaded.ref,
    kind: loaded.kind,
    ...(loaded.design.templateId ? { templateId: loaded.design.templateId } : {}),
    ...(loaded.migratedFrom !== undefined ? { migratedFrom: loaded.migratedFrom } : {}),
    servers,
  };
}

const capabilityJson = (c: CapabilityResult) => ({ lanGbps: statJson(c.vm.lanGbps), sanMBps: statJson(c.vm.sanMBps), ipcGbps: statJson(c.vm.ipcGbps), headroom: { ...c.headroom } });

/** `saturate`: the run was asked for capability (--saturate); each mode then carries it. */
export function simJson(loaded: Loaded, servers: number, result: SimulationResult, saturate = result.saturate) {
  const capabilityOf = new Map((result.capability ?? []).map((c) => [c.mode, capabilityJson(c)]));
  return {
    design: designJson(loaded, servers),
    saturate,
    modes: Object.fromEntries(result.modes.map((m) => [m.mode, { ...modeJson(m), ...(capabilityOf.has(m.mode) ? { capability: capabilityOf.get(m.mode) } : {}) }])),
    findings: result.findings.map(findingJson),
  };
}
