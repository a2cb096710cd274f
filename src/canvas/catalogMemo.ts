import { catalogFor, type Catalog } from '../catalog';
import type { Design } from '../domain';
import { useApp } from '../store';

let last: { customParts: Design['customParts']; priceList: Design['priceList']; catalog: Catalog } | null = null;

/**
 * The design's catalog, rebuilt only when its custom parts or price list change (catalogFor makes a
 * new catalog per call once either is non-empty, which would re-render every node).
 */
export function catalogOf(design: Pick<Design, 'customParts' | 'priceList'>): Catalog {
  if (last && last.customParts === design.customParts && last.priceList === design.priceList) return last.catalog;
  const catalog = catalogFor(design);
  last = { customParts: design.customParts, priceList: design.priceList, catalog };
  return catalog;
}

export const useCatalog = (): Catalog => useApp((s) => catalogOf(s.design));
