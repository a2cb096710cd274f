import { PartSchema, type Design, type Part } from '../domain';
import { MODERN_ADAPTERS } from './modern/adapters';
import { MODERN_CABLES } from './modern/cables';
import { MODERN_SWITCHES } from './modern/switches';
import { MODERN_PARTS } from './modernParts';
import { SEED_PARTS } from './seedParts';

export { cableChooser, DEFAULT_CABLE, defaultCableId, type CableNeed } from './cableChoice';
export { MODEL_PARAMS } from './params';
export { MODEL_NOTES, type ModelNote } from './modelNotes';
export { MIGRATION_ASSUMPTION, MIGRATION_NOTES, type MigrationNote } from './migration';
export type { Sourced } from './params';
export { portRateText, rateName } from './portRates';
export { hostProfile, VSWITCHES, type HostProfile, type VswitchModel } from './vswitch';
export { STORAGE_STACKS, targetStackUs, type StorageStack, type StorageTransport } from './storageTransports';

export interface Catalog {
  parts: readonly Part[];
  byId: ReadonlyMap<string, Part>;
}

export function makeCatalog(parts: readonly Part[]): Catalog {
  return { parts, byId: new Map(parts.map((p) => [p.id, p])) };
}

/** Validated once at load: a typo in the catalog data fails fast, in tests and at start-up. */
export const DEFAULT_CATALOG: Catalog = makeCatalog([...SEED_PARTS, ...MODERN_PARTS, ...MODERN_ADAPTERS, ...MODERN_SWITCHES, ...MODERN_CABLES].map((p) => PartSchema.parse(p)));

/** The catalog a design sees: defaults, plus the design's own parts, with its price list applied. */
export function catalogFor(design: Pick<Design, 'customParts' | 'priceList'>): Catalog {
  const overrides = design.priceList;
  const hasOverrides = Object.keys(overrides).length > 0;
  if (!hasOverrides && design.customParts.length === 0) return DEFAULT_CATALOG;
  const parts = [...DEFAULT_CATALOG.parts.filter((p) => !design.customParts.some((c) => c.id === p.id)), ...design.customParts].map(
    (p) => {
      const o = Object.hasOwn(overrides, p.id) ? overrides[p.id] : undefined;
      return o ? { ...p, priceUsd: o.priceUsd ?? p.priceUsd, powerW: o.powerW ?? p.powerW } : p;
    },
  );
  return makeCatalog(parts);
}

export function getPart(catalog: Catalog, id: string): Part | undefined {
  return catalog.byId.get(id);
}
