// What a cost or power total counts, said beside every total (src/sim/cost.ts, docs/model.md §8):
// adapters, gateways, switches and cables always; servers and storage only when the design's
// settings include them. So "2,806 W" for 128 servers is never read as what the servers draw.
import { MODE_SHORT, type IovMode, type ModeResult, type Qualitative } from '../domain';
import { MODEL_PARAMS } from '../catalog';

/** For a label: "I/O + switches" or "all hardware". */
export const scopeShort = (includesServers: boolean): string => (includesServers ? 'all hardware' : 'I/O + switches');

/** For a sub-line: "servers and storage not counted" or "servers and storage included". */
export const scopeNote = (includesServers: boolean): string => (includesServers ? 'servers and storage included' : 'servers and storage not counted');

/** "I/O + switches; servers and storage not counted" or "all hardware; servers and storage included". */
export const scopeText = (includesServers: boolean): string => `${scopeShort(includesServers)}; ${scopeNote(includesServers)}`;

/** A sentence for a title or a report: every part a total counts, and what it leaves out. */
export const scopeSentence = (includesServers: boolean): string =>
  includesServers
    ? 'Cost and power count every part: adapters, gateways, switches, cables, servers and storage.'
    : 'Cost and power count adapters, gateways, switches and cables. Servers and storage are not counted: the design’s settings leave them out, as the whitepaper’s I/O cost does.';

/** Two designs side by side: what their totals count, and which one counts servers when they differ. */
export function pairScopeText(a: boolean | undefined, b: boolean | undefined): string | null {
  if (a === undefined || b === undefined) return null;
  if (a === b) return scopeText(a);
  return `I/O + switches; servers and storage counted in ${a ? 'A' : 'B'} only`;
}

export type QualitativeKey = keyof Qualitative;

/**
 * The mode a qualitative value really comes from, when adapters that cannot run the requested
 * mode fall back and that changes the answer: an InfiniHost III in pass-through runs in software,
 * so "live migration: yes" is software's. Null when the value is the requested mode's own.
 */
export function qualitativeVia(m: ModeResult, key: QualitativeKey): IovMode | null {
  if (m.fallbacks.length === 0) return null;
  const table = MODEL_PARAMS.qualitative;
  if (m.qualitative[key] === table[m.mode][key]) return null;
  const effective = [...new Set(m.fallbacks.map((f) => f.effective))];
  return effective.find((e) => table[e][key] === m.qualitative[key]) ?? effective[0] ?? null;
}

/** "falls back to software" */
export const viaText = (via: IovMode): string => `falls back to ${MODE_SHORT[via].toLowerCase()}`;

/** "yes", "no", or "yes (falls back to software)". */
export function qualitativeText(m: ModeResult, key: QualitativeKey): string {
  const via = qualitativeVia(m, key);
  const v = m.qualitative[key] ? 'yes' : 'no';
  return via ? `${v} (${viaText(via)})` : v;
}
