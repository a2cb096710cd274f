import { DEFAULT_SETTINGS, DESIGN_FORMAT, DESIGN_VERSION, type Design } from '../domain';
import { defaultWorkload } from './builder';
import { seedBaseline, seedIbNative, seedIbPassthrough, seedIbSoftware, seedIbSoftwareHa, seedScenario2 } from './seedTemplates';
import { MODERN_ETHERNET_ID, MODERN_INFINIBAND_ID, modernEthernet, modernInfiniband } from './modernTemplates';

export { defaultWorkload, DesignBuilder } from './builder';
export { generateDesign, generateFlatDesign } from './generate';

export interface Template {
  id: string;
  name: string;
  description: string;
  /** The template Compare puts beside this one by default (side A); absent: the whitepaper's baseline. */
  compareWith?: string;
  build(): Design;
}

const template = (build: () => Design, compareWith?: string): Template => {
  const sample = build();
  return { id: sample.templateId!, name: sample.name, description: sample.description, build, ...(compareWith ? { compareWith } : {}) };
};

/** The seed's scenarios, then today's pair, with stable ids (the CLI takes them). */
export const TEMPLATES: readonly Template[] = [
  ...[seedBaseline, seedIbSoftware, seedIbSoftwareHa, seedIbNative, seedIbPassthrough, seedScenario2].map((b) => template(b)),
  template(modernEthernet, MODERN_INFINIBAND_ID),
  template(modernInfiniband, MODERN_ETHERNET_ID),
];

export const DEMO_TEMPLATE_ID = 'seed-ib-software';

export function getTemplate(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

export function emptyDesign(name = 'Untitled design'): Design {
  return {
    format: DESIGN_FORMAT,
    version: DESIGN_VERSION,
    name,
    description: '',
    nodes: [],
    links: [],
    workloads: [defaultWorkload()],
    settings: { ...DEFAULT_SETTINGS },
    priceList: {},
    customParts: [],
  };
}
export {
  defaultSizingInput,
  ERAS,
  FABRICS,
  FABRIC_HINT,
  FABRIC_LABEL,
  serviceTotals,
  shapeText,
  sizeDesign,
  SizingInputSchema,
  switchesByPart,
  type Counts,
  type Era,
  type Fabric,
  type FabricReport,
  type SizingInput,
  type SizingOutcome,
  type SizingResult,
} from './sizing';
