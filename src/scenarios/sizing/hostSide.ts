// How many adapters each server needs, and how many of their ports to cable, so that its VMs'
// demand fits the host path of the chosen IOV mode (MODEL.md §5): port rate, PCIe bus and, for
// TCP/IPoIB, the hypervisor's virtual switch or the guest's IPoIB stack. VMs take the cabled ports
// in turn (teaming), so a port carries at most ⌈V / ports⌉ VMs.
import { MODEL_PARAMS } from '../../catalog';
import type { AdapterPart, FlowKind, IovMode, ServerPart } from '../../domain';
import { busCapGbps, effectiveMode, isNetTransport, netCapGbps, transportFor } from '../../sim/hostPath';

/**
 * Sized designs keep every link and host path at or below this share of its capacity: flows are
 * spread by per-VM hashing (ECMP, teaming), never perfectly evenly, and a design sized to 100%
 * would leave the unlucky VMs short. 80% is the usual planning ceiling for fabric links.
 */
export const TARGET_UTILIZATION = 0.8;
/** More rails than this and the diagram drowns in leaf groups; ports then share rails. */
export const MAX_RAILS = 8;

export interface VmDemand {
  lanGbps: number;
  sanGbps: number;
  ipcGbps: number;
}

export interface HostSizing {
  adapterPartId: string;
  adapters: number;
  /** Cabled ports per adapter. */
  ports: number;
  /** Rail (0 or 1) of each cabled port: [adapter][port]. */
  rails: number[][];
  /** Ports each server puts on each rail. */
  portsPerRail: number[];
  /** One sentence: why this many. */
  why: string;
  /** Set when even the most the slots allow cannot carry the demand. */
  shortfall?: string;
}

const demandOf = (d: VmDemand, kind: FlowKind): number => (kind === 'lan' ? d.lanGbps : kind === 'san' ? d.sanGbps : d.ipcGbps);
const fmt = (x: number): string => (x >= 10 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toFixed(2));
/** Per-VM rates in Gb/s, as the results show them: three significant digits (0.331, 0.015). */
const perVmGbps = (x: number): string => `${Number(x.toPrecision(3))} Gb/s`;

/** Per-VM load on one adapter of this part, split into what crosses the network stack and the total. */
export function perVmLoad(part: AdapterPart, kinds: readonly FlowKind[], mode: IovMode, d: VmDemand): { net: number; total: number } {
  const eff = effectiveMode(part, mode);
  let net = 0;
  let total = 0;
  for (const kind of kinds) {
    const g = demandOf(d, kind);
    total += g;
    if (isNetTransport(transportFor(part, kind, eff, 'rdma'))) net += g;
  }
  return { net, total };
}

/** The caps of one adapter in a server, per direction, Gb/s. */
export function adapterCaps(part: AdapterPart, mode: IovMode, server: ServerPart): { port: number; bus: number; net: number; netBy: string } {
  const eff = effectiveMode(part, mode);
  const net = netCapGbps(part, eff, server);
  return { port: part.portDataGbps * MODEL_PARAMS.protocolEfficiency[part.protocol].value, bus: busCapGbps(part, eff), net: net.gbps, netBy: net.limitedBy };
}

export function sizeHost(opts: {
  part: AdapterPart;
  kinds: readonly FlowKind[];
  server: ServerPart;
  mode: IovMode;
  vms: number;
  demand: VmDemand;
  rails: 1 | 2;
  /** Slots this role may use. */
  slots: number;
}): HostSizing {
  const { part, kinds, server, mode, vms, demand, rails, slots } = opts;
  const load = perVmLoad(part, kinds, mode, demand);
  const caps = adapterCaps(part, mode, server);
  const h = TARGET_UTILIZATION;
  const fits = (n: number, c: number): boolean => {
    const perPort = Math.ceil(vms / (n * c));
    const perAdapter = Math.min(vms, perPort * c);
    return perPort * load.total <= caps.port * h + 1e-12 && perAdapter * load.net <= caps.net * h + 1e-12 && perAdapter * load.total <= caps.bus * h + 1e-12;
  };
  // Adapter counts to try: a multiple of the rails (HA: one adapter per rail at least); when the
  // slots hold fewer than two, HA falls back to one dual-port adapter with a port on each rail.
  const portLevelHa = rails === 2 && slots < 2 && part.ports >= 2;
  const counts: number[] = [];
  if (portLevelHa) counts.push(1);
  else for (let n = rails; n <= Math.max(rails, slots); n += rails) counts.push(n);
  const minPorts = portLevelHa ? 2 : 1;
  let pick: { n: number; c: number } | null = null;
  for (const n of counts) {
    for (let c = minPorts; c <= part.ports && !pick; c++) if (fits(n, c)) pick = { n, c };
    if (pick) break;
  }
  const best = pick ?? { n: counts[counts.length - 1]!, c: part.ports };
  // Rail-optimized: every cabled port of a server on its own rail of leaves (up to MAX_RAILS).
  // A VM's traffic then meets the next server's VMs on the same rail, and each port, not a random
  // one of the server's ports, carries its share: the host side stays as evenly loaded as sized.
  const total = best.n * best.c;
  const railCount = Math.max(rails, Math.min(MAX_RAILS, total));
  const railsOfPorts = Array.from({ length: best.n }, (_, a) => Array.from({ length: best.c }, (_, p) => (a * best.c + p) % railCount));
  const portsPerRail = Array.from({ length: railCount }, (_, r) => railsOfPorts.flat().filter((x) => x === r).length);

  const perServer = vms * load.total;
  const netNote = load.net > 0 && Number.isFinite(caps.net) ? `, ${fmt(caps.net)} Gb/s through the ${caps.netBy}` : '';
  const what = `${vms} VMs × ${perVmGbps(load.total)} = ${fmt(perServer)} Gb/s per server; one ${part.name} carries ${fmt(caps.port)} Gb/s per port, ${fmt(caps.bus)} Gb/s over its bus${netNote} (sized to ${Math.round(h * 100)}%)`;
  const ha = rails === 2 ? (portLevelHa ? '; HA: one dual-port adapter with a port on each rail (the adapter itself is not redundant)' : '; HA: the adapters sit on separate rails of leaves') : '';
  const railNote = railCount > 1 ? `; each port on its own rail of leaves (${railCount} rails)` : '';
  const sizing: HostSizing = {
    adapterPartId: part.id,
    adapters: best.n,
    ports: best.c,
    rails: railsOfPorts,
    portsPerRail,
    why: `${best.n} × ${part.name}, ${best.c} port${best.c === 1 ? '' : 's'} cabled each: ${what}${ha}${railNote}.`,
  };
  if (!pick) {
    const perVm = Math.min(caps.port * best.n * best.c, caps.bus * best.n, load.net > 0 ? (caps.net * best.n * load.total) / load.net : Infinity) / vms;
    sizing.shortfall = `${server.name} has room for ${best.n} × ${part.name}: each VM can get about ${perVmGbps(perVm)} of the ${perVmGbps(load.total)} it asks in ${mode} IOV.`;
  }
  return sizing;
}
