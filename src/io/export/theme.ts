// Colours of exported files: the app's light theme (src/app/theme.css), whatever theme the app
// is in — a diagram goes into slides and documents printed on white.
import type { NodeKind, Protocol } from '../../domain';

export const INK = {
  text: '#1b2330',
  muted: '#5d6b7e',
  border: '#d9dfe7',
  borderStrong: '#b8c2cf',
  panel: '#ffffff',
  panel2: '#f0f3f7',
  accent: '#2563eb',
  danger: '#c0262d',
  warning: '#a15c00',
  ok: '#1d7a46',
} as const;

export const PROTOCOL_INK: Record<Protocol, string> = { ethernet: '#2f7d32', fc: '#c26a00', infiniband: '#6a3fc8' };

export const KIND_INK: Record<NodeKind | 'missing', string> = {
  server: '#2563eb',
  switch: '#0e7490',
  gateway: '#9333ea',
  storage: '#b45309',
  network: '#15803d',
  missing: '#c0262d',
};

/** Utilization scale, low → high (the canvas's five steps). */
export const UTIL_INK = ['#9aa7b8', '#2e9d57', '#d49a00', '#e0661b', '#d1242f'] as const;

/** Mixes a colour with white: the tints the canvas gets from color-mix(). */
export function tint(hex: string, amount: number): string {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c: number): number => Math.round(c * amount + 255 * (1 - amount));
  const r = mix((n >> 16) & 255);
  const g = mix((n >> 8) & 255);
  const b = mix(n & 255);
  return `#${((r << 16) | (g << 8) | b).toString(16).padStart(6, '0')}`;
}
