/**
 * Text formatting for the human output: every number with its unit, "—" where there is no value
 * (a VM with no flow of a kind is not a VM getting 0), and aligned plain-text tables.
 */

import { num, ratio, type Unit, type Value } from '../analysis/values';

export { num, ratio, type Unit, type Value };

const SINGULAR: Partial<Record<Unit, string>> = { VMs: 'VM', adapters: 'adapter', cables: 'cable', ports: 'port' };
const MINUS = '−';

function usd(v: number): string {
  const a = Math.abs(v);
  const digits = a >= 100 || Number.isInteger(v) ? 0 : 2;
  const body = a.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${v < 0 ? MINUS : ''}$${body}`;
}

export function formatValue(v: Value, unit: Unit): string {
  if (v === null || (typeof v === 'number' && !Number.isFinite(v))) return '—';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  switch (unit) {
    case '$':
      return usd(v);
    case '$/yr':
      return `${usd(v)}/yr`;
    case '%':
      return `${num(v)}%`;
    case 'yes/no':
      return num(v);
    default: {
      const noun = Math.abs(v) === 1 ? (SINGULAR[unit] ?? unit) : unit;
      return `${num(v)} ${noun}`;
    }
  }
}

/** B − A with its sign and unit; "—" when either side has no value or it is not a number. */
export function formatDelta(a: Value, b: Value, unit: Unit): string {
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b ? 'same' : 'differs';
  if (typeof a !== 'number' || typeof b !== 'number') return '—';
  const d = b - a;
  if (Math.abs(d) < 1e-9 * Math.max(1, Math.abs(a))) return 'same';
  return `${d > 0 ? '+' : ''}${formatValue(d, unit)}`;
}

export function formatRatio(r: number | null): string {
  if (r === null) return '—';
  return `${r >= 100 ? num(r) : r.toFixed(2)}×`;
}

export const percent = (fraction: number): string => (Number.isFinite(fraction) ? `${num(Math.round(fraction * 1000) / 10)}%` : '—');

export type TableRow = { section: string } | { cells: readonly string[] };

const width = (s: string): number => [...s].length;
const padEnd = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - width(s)));
const padStart = (s: string, n: number): string => ' '.repeat(Math.max(0, n - width(s))) + s;

/** First column left-aligned (indented under section titles); the others right-aligned (numbers) or left (phrases). */
export function renderTable(header: readonly string[], rows: readonly TableRow[], cellAlign: 'left' | 'right' = 'right'): string {
  const hasSections = rows.some((r) => 'section' in r);
  const indent = hasSections ? '  ' : '';
  const data = rows.flatMap((r) => ('cells' in r ? [[indent + (r.cells[0] ?? ''), ...r.cells.slice(1)]] : []));
  const widths = header.map((h, i) => Math.max(width(h), ...data.map((cells) => width(cells[i] ?? ''))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i === 0 || cellAlign === 'left' ? padEnd(c, widths[i]!) : padStart(c, widths[i]!)))
      .join('   ')
      .trimEnd();
  const out = [line(header), '─'.repeat(widths.reduce((a, b) => a + b, 0) + 3 * (widths.length - 1))];
  for (const r of rows) out.push('section' in r ? r.section : line([indent + (r.cells[0] ?? ''), ...r.cells.slice(1)]));
  return out.join('\n') + '\n';
}

/** Greedy word wrap for long messages (reasons, descriptions) under an indent. */
export function wrap(text: string, columns: number, indent: string, firstIndent = indent): string {
  const lines: string[] = [];
  let cur = firstIndent;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && width(cur) + 1 + width(word) > columns) {
      lines.push(cur);
      cur = indent;
      empty = true;
    }
    cur += (empty ? '' : ' ') + word;
    empty = false;
  }
  lines.push(cur);
  return lines.join('\n');
}

/** 12 significant digits: drops float noise (0.015000000000000383) without losing real precision. */
export const tidy = (v: number): number => (Number.isFinite(v) ? Number(v.toPrecision(12)) : v);

/** RFC 4180: quote a field only when it holds a comma, a quote or a line break. */
export function csvLine(fields: readonly (string | number | boolean | null)[]): string {
  return fields
    .map((f) => {
      const s = f === null ? '' : String(typeof f === 'number' ? tidy(f) : f);
      return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(',');
}
