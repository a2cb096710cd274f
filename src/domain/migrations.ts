import { DESIGN_VERSION } from './design';

/**
 * Migrations from each older file version to the next one. A migration takes the raw object of
 * version N (already known to be an object) and returns the raw object of version N + 1; the
 * result is validated by the current schema afterwards, so migrations only move data.
 */
type Raw = Record<string, unknown>;
type Migration = (doc: Raw) => Raw;

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

export const MIGRATIONS: Record<number, Migration> = {
  /**
   * v1 (the pre-release draft) kept node coordinates as flat `x`/`y`, the IOV mode as
   * `settings.iovMode`, and had no price list.
   */
  1: (doc) => {
    const nodes = Array.isArray(doc.nodes)
      ? doc.nodes.map((n: unknown) => {
          if (!isObject(n)) return n;
          const { x, y, ...rest } = n;
          return 'position' in rest ? rest : { ...rest, position: { x, y } };
        })
      : doc.nodes;
    let settings = doc.settings;
    if (isObject(settings) && 'iovMode' in settings) {
      const { iovMode, ...rest } = settings;
      settings = { ...rest, mode: iovMode };
    }
    return { ...doc, nodes, settings, priceList: doc.priceList ?? {}, version: 2 };
  },
  /**
   * v3 lets each server's era choose its virtual switch (the modern kernel datapath on current
   * servers). A v2 file was simulated with the whitepaper's one-core switch on every server, so it
   * keeps that switch and opens with the same numbers; Design settings › Virtual switch changes it.
   */
  2: (doc) => {
    const settings = isObject(doc.settings) && !('vswitch' in doc.settings) ? { ...doc.settings, vswitch: 'seed-2007' } : doc.settings;
    return { ...doc, settings, version: 3 };
  },
};

export const OLDEST_SUPPORTED_VERSION = 1;

export function migrate(doc: Raw, fromVersion: number): Raw {
  let current = doc;
  for (let v = fromVersion; v < DESIGN_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`no migration from version ${v}`);
    current = step(current);
  }
  return current;
}
