/**
 * Units. Internally every bandwidth is in Gb/s (10^9 bit/s) of payload; storage is shown in
 * MB/s (10^6 byte/s) because that is how the seed and storage vendors quote it.
 */
export const MBPS_PER_GBPS = 125;
export const HOURS_PER_YEAR = 8766; // 365.25 days

export const gbpsToMBps = (gbps: number): number => gbps * MBPS_PER_GBPS;
export const mbpsToGbps = (mbps: number): number => mbps / 1000;
export const MBpsToGbps = (MBps: number): number => MBps / MBPS_PER_GBPS;

/** Round for display without losing the magnitude of small numbers. */
export function roundTo(value: number, digits = 3): number {
  if (!Number.isFinite(value)) return value;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
