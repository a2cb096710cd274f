// Designs a proposal can be compared against. Today the seed's templates; the designs library
// (saved designs) adds its entries here, so the chooser grows without changing.
import type { Design } from '../domain';
import { TEMPLATES } from '../scenarios';

export interface NamedDesign {
  id: string;
  name: string;
  /** Where it comes from, for the chooser's groups ("Templates", "Saved designs"). */
  group: string;
  build(): Design;
}

const sources: Array<() => NamedDesign[]> = [() => TEMPLATES.map((t) => ({ id: `template:${t.id}`, name: t.name, group: 'Templates', build: t.build }))];

/** Adds a source of named designs (the designs library registers its list). */
export function addBaselineSource(source: () => NamedDesign[]): () => void {
  sources.push(source);
  return () => {
    const i = sources.indexOf(source);
    if (i >= 0) sources.splice(i, 1);
  };
}

export const baselineChoices = (): NamedDesign[] => sources.flatMap((s) => s());
