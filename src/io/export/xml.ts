// Escaping for XML text and attribute values (SVG, draw.io). Text is cleaned first (no control
// or invalid characters), then every markup character becomes an entity.
import { cleanText } from './text';

export function escapeXml(value: string): string {
  return cleanText(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** A number as an attribute: finite, two decimals at most. */
export const n = (v: number): string => (Number.isFinite(v) ? String(Math.round(v * 100) / 100) : '0');

/** Only our own colours reach a file: #rrggbb or "none". */
export const color = (c: string | undefined): string => (c && /^#[0-9a-f]{6}$/i.test(c) ? c : 'none');
