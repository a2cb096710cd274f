// Short texts the canvas shows on cables, ports and palette items, and how a cable looks. Pure,
// so they are tested without a browser, and shared by the canvas and the headless export (which
// must draw what the canvas draws); the units always come with the number (format.ts).
import { portRateText } from '../catalog';
import type { LinkLoad, Protocol } from '../domain';
import { num, percent } from './format';

/** num() without trailing zeros: nominal rates read "16", "1.6", "54.5" (canvas labels are tight). */
export function compact(value: number): string {
  const s = num(value);
  return /^-?[\d,]*\.\d+$/.test(s) ? s.replace(/\.?0+$/, '') : s;
}

export const rate = (value: number): string => (Number.isFinite(value) ? `${compact(value)} Gb/s` : '—');

export const PROTOCOL_SHORT: Record<Protocol, string> = { ethernet: 'Eth', fc: 'FC', infiniband: 'IB' };

/** CSS colour variable of a protocol (theme.css). */
export const PROTOCOL_VAR: Record<Protocol, string> = { ethernet: 'var(--eth)', fc: 'var(--fc)', infiniband: 'var(--ib)' };

/** Utilization bucket on the theme's 5-step scale: <25 %, <50 %, <75 %, <90 %, ≥90 %. */
export function utilBucket(utilization: number): 0 | 1 | 2 | 3 | 4 {
  if (!Number.isFinite(utilization) || utilization < 0.25) return 0;
  if (utilization < 0.5) return 1;
  if (utilization < 0.75) return 2;
  if (utilization < 0.9) return 3;
  return 4;
}

export const utilVar = (utilization: number): string => `var(--util-${utilBucket(utilization)})`;

/** "IB DDR 4x · 16 Gb/s data", "2 Gb/s FC · 1.6 Gb/s data": the datasheet's name beside the payload rate. */
export const portRate = (protocol: Protocol, dataGbps: number): string => portRateText(protocol, dataGbps, rate);

/** "IB DDR 4x · 16 Gb/s data", "GigE · 1 Gb/s data ×6", "IB DDR 4x · 16 Gb/s data ×2 mesh". */
export function cableText(protocol: Protocol, rateGbps: number, lanes: number, mesh = false): string {
  return `${portRate(protocol, rateGbps)}${lanes > 1 ? ` ×${lanes}` : ''}${mesh ? ' mesh' : ''}`;
}

/** "12.4 / 16 Gb/s · 78%": what the simulator put through the cable (all members and lanes). */
export function loadText(load: LinkLoad): string {
  return `${compact(load.loadGbps)} / ${rate(load.capacityGbps)} · ${percent(load.utilization)}`;
}

/** "24 × GigE · 1 Gb/s data": how many ports, their datasheet name and their payload rate. */
export const portsText = (ports: number, protocol: Protocol, rateGbps: number): string => `${compact(ports)} × ${portRate(protocol, rateGbps)}`;

/** Estimated size of a cable label in flow units (canvas.css: 10 px text; 21 px at far zoom; 28 px in the overview). */
export function labelSize(text: string, far: boolean | 'overview'): { width: number; height: number } {
  if (far === 'overview') return { width: text.length * 15 + 28, height: 38 };
  return far ? { width: text.length * 11.5 + 24, height: 30 } : { width: text.length * 5.6 + 16, height: 16 };
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
const overlaps = (a: Rect, b: Rect): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Does a cable label of this text, centred at (x, y), stay clear of the cable's two nodes?
 * Labels are drawn under nodes: one that overlaps them is shortened rather than half hidden.
 */
export function labelFits(text: string, x: number, y: number, nodes: readonly Rect[], far: boolean | 'overview'): boolean {
  const { width, height } = labelSize(text, far);
  const rect = { x: x - width / 2 - 4, y: y - height / 2, width: width + 8, height };
  return !nodes.some((n) => overlaps(rect, n));
}

/** What a cable's look depends on: its ends' protocol and slower rate, lanes and mesh. */
export interface CableFacts {
  protocol: Protocol | null;
  /** The slower end's port rate, Gb/s. */
  rateGbps: number;
  lanes: number;
  mesh: boolean;
}

export interface CableLook {
  /** Utilization bucket once results are in, else null (coloured by protocol). */
  bucket: 0 | 1 | 2 | 3 | 4 | null;
  width: number;
  /** The whole label, and the short one used where the whole one does not fit. */
  full: string;
  short: string;
}

export function cableLook(data: CableFacts | undefined, load: LinkLoad | undefined): CableLook {
  const protocol = data?.protocol ?? null;
  const bucket = load ? utilBucket(load.utilization) : null;
  const lanes = data?.lanes ?? 1;
  const rateGbps = data?.rateGbps ?? Number.NaN;
  return {
    bucket,
    width: (bucket !== null ? 2.2 + bucket * 0.45 : 2) + Math.min(lanes - 1, 3) * 0.5,
    full: load ? loadText(load) : protocol ? cableText(protocol, rateGbps, lanes, data?.mesh) : 'Unknown port',
    short: load ? percent(load.utilization) : protocol ? `${rate(rateGbps)} data` : '?',
  };
}
