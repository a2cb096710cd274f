// How a comparison cell reads: every value with its unit, B − A with its sign, B ÷ A as "0.41×".
import type { CompareRow, Unit, Value } from '../analysis';
import { int, money, num } from '../ui';

export type Currency = { code: string; perUsd: number };

const NOUN: Partial<Record<Unit, [string, string]>> = { VMs: ['VM', 'VMs'], adapters: ['adapter', 'adapters'], cables: ['cable', 'cables'], ports: ['port', 'ports'] };

export function cell(v: Value, unit: Unit, currency: Currency): string {
  if (v === null) return '—';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (!Number.isFinite(v)) return '—';
  switch (unit) {
    case '$':
      return money(v, currency);
    case '$/yr':
      return `${money(v, currency)}/yr`;
    case '%':
      return `${num(v)}%`;
    default: {
      const noun = NOUN[unit];
      if (noun) return `${Number.isInteger(v) ? int(v) : num(v)} ${Math.abs(v) === 1 ? noun[0] : noun[1]}`;
      return `${num(v)} ${unit}`;
    }
  }
}

export function deltaCell(r: CompareRow, currency: Currency): string {
  if (typeof r.a === 'boolean' && typeof r.b === 'boolean') return r.a === r.b ? 'same' : 'differs';
  if (r.delta === null) return '—';
  const scale = Math.max(1, Math.abs(typeof r.a === 'number' ? r.a : 0));
  if (Math.abs(r.delta) < 1e-9 * scale) return 'same';
  return `${r.delta > 0 ? '+' : '−'}${cell(Math.abs(r.delta), r.unit, currency)}`;
}

export const ratioCell = (r: number | null): string => (r === null || !Number.isFinite(r) ? '—' : `${r >= 100 ? num(r) : r.toFixed(2)}×`);

/** "better" / "worse" / undefined (same, or a row without a direction). */
export function tone(r: CompareRow): 'better' | 'worse' | undefined {
  if (typeof r.a === 'boolean' && typeof r.b === 'boolean') return r.a === r.b ? undefined : r.b ? 'better' : 'worse';
  if (r.delta === null || Math.abs(r.delta) < 1e-9 * Math.max(1, Math.abs(Number(r.a)))) return undefined;
  const up = r.delta > 0;
  return up === !r.lowerIsBetter ? 'better' : 'worse';
}
