// Counts read as whole numbers ("128 servers", not "128.0"); measurements use ui's num().
import { num } from '../ui';

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A count: integers grouped (1,024), anything else as a measurement. */
export const int = (n: number): string => (Number.isInteger(n) ? grouped.format(n) : num(n));

/** "1 link", "3 links". */
export const plural = (n: number, one: string, many: string): string => `${int(n)} ${n === 1 ? one : many}`;
