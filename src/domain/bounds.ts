import { z } from 'zod';

/**
 * The range of every number a user or a file can set (parts, price list, workload, settings).
 * Wide enough for any real part, past or future; narrow enough that the sums, products and
 * ratios the model takes of them (capex × counts, energy over years, rate ÷ capacity) stay
 * finite and meaningful — so "$∞", "NaN%" or a `null` in JSON cannot come out of a valid design.
 * A value outside is refused by validation with the bound in the message.
 */
export const BOUNDS = {
  /** Per part, USD: a director switch is ≈ $200k; nothing in a rack costs $100M. */
  priceUsd: [0, 1e8],
  /** Per part, W: a chassis draws kW; 1 MW is a datacenter hall. */
  powerW: [0, 1e6],
  /** Port, bus, gateway and switching rates, Gb/s: 1 Mb/s to 100 Tb/s. */
  rateGbps: [0.001, 1e5],
  /** Total CPU of a server, GHz (sockets × cores × clock). */
  cpuGhz: [0.01, 1e5],
  /** One core's clock, GHz. */
  coreGhz: [0.01, 100],
  /** Memory of a server, GB. */
  memoryGb: [0.001, 1e6],
  /** Latencies a part adds, µs (up to a second). */
  latencyUs: [0, 1e6],
  /** Storage back-end throughput, MB/s. */
  throughputMBps: [0.1, 1e7],
  /** Units of a currency per US dollar. */
  perUsd: [1e-6, 1e6],
} as const satisfies Record<string, readonly [number, number]>;

/** A finite number within one of the BOUNDS. */
export const bounded = (range: readonly [number, number]) => z.number().finite().min(range[0]).max(range[1]);
