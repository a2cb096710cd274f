// What a switch choice costs the customer, by the simulator's own rules (src/sim/cost.ts, bom.ts):
// the part's price plus its energy over the design's TCO years — watts × 8,766 h × $/kWh × PUE —
// so that a 2,500 W director is weighed against twelve 110 W fixed switches as the results will.
import { defaultCableId, type Catalog } from '../../catalog';
import { HOURS_PER_YEAR, type Part, type Settings, type SwitchPart } from '../../domain';

/** Dollars of energy one watt costs over the design's years. */
export const energyUsdPerW = (s: Settings): number => (HOURS_PER_YEAR * s.energyUsdPerKwh * s.pue * s.years) / 1000;

/** Price plus energy of one unit. */
export const ownUsd = (p: Pick<Part, 'priceUsd' | 'powerW'> | undefined, perW: number): number => (p ? p.priceUsd + p.powerW * perW : 0);

/** A host's run to its switch as assemble.ts draws it, m: the length a plan's cables are priced at. */
const HOST_RUN_M = 3;

/** The cable the simulator prices a host's link to this switch with (its default for the era, length and rate). */
export function defaultCable(catalog: Catalog, sw: SwitchPart): Part | undefined {
  return catalog.byId.get(defaultCableId(catalog, { protocol: sw.protocol, era: sw.era, lengthM: HOST_RUN_M, rateGbps: sw.portDataGbps }));
}

/**
 * Switches the wizard may use for a fabric whose default part is `fallback`: the catalog's fixed
 * and director switches of the same protocol, era and port rate (a faster switch would run its
 * links at the slower end's rate, and the simulator flags the mismatch), non-blocking inside.
 * The user's own choice, when made, is the only one.
 */
export function switchCandidates(catalog: Catalog, fallback: SwitchPart, chosen?: SwitchPart): SwitchPart[] {
  if (chosen) return [chosen];
  return catalog.parts
    .filter((p): p is SwitchPart => p.kind === 'switch' && p.protocol === fallback.protocol && p.era === fallback.era && p.portDataGbps === fallback.portDataGbps)
    .filter((p) => p.backplaneGbps === undefined || p.backplaneGbps >= p.ports * p.portDataGbps)
    .sort((a, b) => a.ports - b.ports);
}
