// Values a comparison row holds, and the two helpers every reader of them shares (the CLI's
// tables, the compare view): enough digits to read, and B ÷ A where it means something.

export type Unit = 'Gb/s' | 'MB/s' | 'µs' | 'W' | '$' | '$/yr' | 'kWh/yr' | '%' | 'VMs' | 'adapters' | 'cables' | 'ports' | 'yes/no';
export type Value = number | boolean | null;

const MINUS = '−';

/** Enough digits to read, not so many that float noise shows: 0.193, 3.33, 38.5, 1,706. */
export function num(v: number): string {
  // Bounded inputs keep every result finite; should one ever not be, it reads as no value, not ∞/NaN.
  if (!Number.isFinite(v)) return '—';
  const a = Math.abs(v);
  const options: Intl.NumberFormatOptions =
    Number.isInteger(v) || a >= 1000
      ? { maximumFractionDigits: 0 }
      : a >= 100
        ? { maximumFractionDigits: 1 }
        : a >= 1
          ? { maximumFractionDigits: 2 }
          : { maximumSignificantDigits: 3 };
  return v.toLocaleString('en-US', options).replace('-', MINUS);
}

/** B ÷ A; null when either is not a number or A is 0 (no ratio to speak of). */
export function ratio(a: Value, b: Value): number | null {
  return typeof a === 'number' && typeof b === 'number' && a !== 0 ? b / a : null;
}

/** An adapter's short name: "GigE NIC" of "GigE NIC, 1 port, PCI-X". */
export const shortName = (name: string): string => name.split(',')[0]!.trim();
