import { FlowProblemBuilder, type FlowProblem } from './problem';

/** mulberry32: tiny, fast, good-enough PRNG so synthetic problems are reproducible from a seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const VMS_PER_SERVER = 10;
const SERVERS_PER_LEAF = 16;
const GATEWAYS = 4;
const STORAGE_ARRAYS = 6;

/**
 * A datacenter-shaped benchmark/test problem (units: Gbit/s).
 *
 * Servers host 10 VMs; each VM has 3 flows: LAN (north-south to a gateway),
 * SAN (to a storage array) and IPC (to a peer VM, same or other server).
 * Every flow has its own QoS cap (some unlimited = Infinity capacity); each
 * server has a LAN port, a SAN port, a PCIe bus and a host (hypervisor
 * switching) path; every 16 servers share a leaf with one LAN uplink and one
 * SAN fabric link; a handful of gateways and storage arrays are shared by all.
 * Capacities are picked so that QoS caps, ports, host paths, uplinks,
 * gateways and arrays all end up as bottlenecks for some flows, with a mix of
 * finite and infinite demands. ~5 incidences per flow.
 *
 * Deterministic: the same (flows, seed) yields the same problem.
 */
export function syntheticProblem(flows: number, seed: number): FlowProblem {
  const rnd = mulberry32(seed);
  const uniform = (lo: number, hi: number): number => lo + (hi - lo) * rnd();
  const pick = (n: number): number => Math.min(n - 1, Math.floor(rnd() * n));

  const b = new FlowProblemBuilder();
  const vms = Math.ceil(flows / 3);
  const servers = Math.max(1, Math.ceil(vms / VMS_PER_SERVER));
  const leaves = Math.max(1, Math.ceil(servers / SERVERS_PER_LEAF));

  // Shared resources are sized from the population so that they saturate at
  // every scale instead of only at small or only at large sizes.
  const gateway: number[] = [];
  for (let g = 0; g < GATEWAYS; g++) gateway.push(b.addConstraint(Math.max(20, (vms * uniform(0.8, 1.6)) / GATEWAYS)));
  const array: number[] = [];
  for (let a = 0; a < STORAGE_ARRAYS; a++) {
    array.push(b.addConstraint(Math.max(30, (vms * uniform(1.5, 3.5)) / STORAGE_ARRAYS)));
  }
  const leafUplink: number[] = [];
  const leafSan: number[] = [];
  for (let l = 0; l < leaves; l++) {
    leafUplink.push(b.addConstraint(uniform(100, 400)));
    leafSan.push(b.addConstraint(uniform(256, 800)));
  }
  const lanPort: number[] = [];
  const sanPort: number[] = [];
  const bus: number[] = [];
  const hostPath: number[] = [];
  for (let s = 0; s < servers; s++) {
    lanPort.push(b.addConstraint(rnd() < 0.5 ? 25 : 50));
    sanPort.push(b.addConstraint(rnd() < 0.5 ? 32 : 64));
    bus.push(b.addConstraint(64));
    hostPath.push(b.addConstraint(uniform(20, 60)));
  }

  const path: number[] = [];
  const qos = (lo: number, hi: number, unlimited: number): number =>
    b.addConstraint(rnd() < unlimited ? Infinity : uniform(lo, hi));
  const demand = (pInfinite: number, lo: number, hi: number): number =>
    rnd() < pInfinite ? Infinity : uniform(lo, hi);

  for (let f = 0; f < flows; ) {
    const vm = Math.floor(f / 3);
    const s = Math.floor(vm / VMS_PER_SERVER);
    const l = Math.floor(s / SERVERS_PER_LEAF);
    const weight = [1, 1, 2, 4][pick(4)]!;

    // LAN: VM → host path → port → leaf uplink → gateway.
    path.length = 0;
    path.push(qos(2, 10, 0.2), hostPath[s]!, lanPort[s]!, bus[s]!, leafUplink[l]!, gateway[pick(GATEWAYS)]!);
    b.addFlow(demand(0.7, 0.5, 8), weight, path);
    if (++f >= flows) break;

    // SAN: VM → SAN port → leaf SAN fabric → storage array (bypasses the host path).
    path.length = 0;
    path.push(qos(4, 16, 0.3), sanPort[s]!, bus[s]!, leafSan[l]!, array[pick(STORAGE_ARRAYS)]!);
    b.addFlow(demand(0.5, 1, 12), weight, path);
    if (++f >= flows) break;

    // IPC: VM ↔ peer; leaves the server through the LAN port half the time.
    path.length = 0;
    path.push(qos(1, 8, 0.1), hostPath[s]!, bus[s]!);
    if (rnd() < 0.5) path.push(lanPort[s]!);
    b.addFlow(demand(0.2, 0.5, 6), weight, path);
    ++f;
  }
  return b.build();
}
