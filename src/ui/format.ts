// How numbers are shown: always with their unit, with significant digits that keep small values
// readable (0.0123 Gb/s, not 0.01) and big ones grouped (1,234,567).

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Three significant digits below 100, integers above, thousands grouped. */
export function num(value: number): string {
  if (!Number.isFinite(value)) return '—';
  const abs = Math.abs(value);
  if (abs === 0) return '0';
  if (abs >= 100) return grouped.format(value);
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  return value.toPrecision(3);
}

/** A count: integers grouped (1,024), anything else as a measurement. */
export const int = (n: number): string => (Number.isInteger(n) ? grouped.format(n) : num(n));

/** "1 link", "3 links". */
export const plural = (n: number, one: string, many: string): string => `${int(n)} ${n === 1 ? one : many}`;

export const withUnit = (value: number, unit: string): string => (Number.isFinite(value) ? `${num(value)} ${unit}` : '—');

export const gbps = (v: number): string => withUnit(v, 'Gb/s');
export const mbytesps = (v: number): string => withUnit(v, 'MB/s');
export const micros = (v: number): string => withUnit(v, 'µs');
export const watts = (v: number): string => withUnit(v, 'W');

// Intl formatters are costly to build and money is shown on every result update: one per currency.
const moneyFormats = new Map<string, Intl.NumberFormat>();
function moneyFormat(code: string): Intl.NumberFormat {
  let f = moneyFormats.get(code);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { style: 'currency', currency: code, maximumFractionDigits: 0 });
    moneyFormats.set(code, f);
  }
  return f;
}

/** Money in the design's currency (catalog prices are USD; perUsd converts). */
export function money(usd: number, currency: { code: string; perUsd: number } = { code: 'USD', perUsd: 1 }): string {
  if (!Number.isFinite(usd)) return '—';
  return moneyFormat(currency.code).format(usd * currency.perUsd);
}

export const percent = (ratio: number): string => (Number.isFinite(ratio) ? `${Math.round(ratio * 100)}%` : '—');
