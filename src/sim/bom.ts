// The bill of materials: every part the design buys, priced by the same rules as the I/O cost
// (MODEL.md §8). cost.ts sums these lines, so a BOM's totals are the results' totals by
// construction, not by a second calculation that could drift.
import { cableChooser, type Catalog } from '../catalog';
import { PROTOCOL_LABEL, type CablePart, type CostResult, type Part } from '../domain';
import type { Topology } from './topology';

export type BomCategory = keyof CostResult['capexByCategoryUsd'];
export const BOM_CATEGORIES: readonly BomCategory[] = ['adapters', 'switches', 'gateways', 'cables', 'servers', 'storage'];

export interface BomLine {
  category: BomCategory;
  partId: string;
  /** The catalog's name (vendor and model as the catalog gives them). */
  name: string;
  /** Physical units to order. */
  quantity: number;
  /**
   * Units priced into capex: the quantity, the ports-used share of whole switches when switches
   * are costed pro rata, or 0 for servers and storage when the settings leave them out.
   */
  costedQuantity: number;
  unitPriceUsd: number;
  extendedUsd: number;
  unitW: number;
  /** Watts counted in the design's power (0 when the settings leave the category out). */
  totalW: number;
  /** Ports per unit (cables: 0). */
  portsPerUnit: number;
  /** "24 × 16 Gb/s InfiniBand"; cables: medium and protocol. */
  portSpec: string;
  /** Cables only: the length class ("≤ 3 m") the cables of this line fall in. */
  lengthClass?: string;
  /** Why a line is not priced as it looks (pro rata, left out, unknown part). */
  note?: string;
}

/** Standard cable lengths, m: a cable is ordered at the first class that reaches its run. */
const LENGTH_CLASSES = [1, 2, 3, 5, 10, 15, 30, 50, 100, 300];

/** Each class's words, built once: the bill asks for one per expanded cable. */
const CLASS_TEXT = LENGTH_CLASSES.map((c) => `≤ ${c} m`);
const OVER_TEXT = `> ${LENGTH_CLASSES.at(-1)} m`;

export function lengthClass(lengthM: number): string {
  const i = LENGTH_CLASSES.findIndex((l) => lengthM <= l);
  return i < 0 ? OVER_TEXT : CLASS_TEXT[i]!;
}

/** Picks each expanded edge's cable part; one per run, so repeated needs are answered once. */
export type CablePicker = (e: number) => string | null;

/**
 * The cable part of each expanded edge: the link's own, else the default for the era of the parts
 * it joins (a server end counts by its adapter's era), its length and its rate (catalog/cableChoice.ts).
 * Null for a gateway's inside.
 */
export function cablePicker(topo: Topology, catalog: Catalog): CablePicker {
  const choose = cableChooser(catalog);
  const eraOf = (v: number): string | undefined => {
    const part = topo.nodeParts[topo.vNode[v]!];
    return part?.kind === 'server' ? topo.adapters[topo.vAdapter[v]!]?.part.era : part?.era;
  };
  // Every edge of a link has its length and rate: one answer per link and era, not per edge.
  const known = new Map<number, string>();
  return (e) => {
    const li = topo.edgeLink[e]!;
    const protocol = li < 0 ? null : topo.linkProtocol[li];
    if (!protocol) return null;
    const link = topo.design.links[li]!;
    if (link.cablePartId) return link.cablePartId;
    const seedEra = eraOf(topo.edgeU[e]!) === 'seed' && eraOf(topo.edgeV[e]!) === 'seed';
    const key = 2 * li + (seedEra ? 1 : 0);
    let id = known.get(key);
    if (id === undefined) {
      id = choose({ protocol, era: seedEra ? 'seed' : 'modern', lengthM: topo.edgeLengthM[e]!, rateGbps: topo.edgeRateGbps[e]! });
      known.set(key, id);
    }
    return id;
  };
}

const rateText = (gbps: number): string => `${Math.round(gbps * 100) / 100} Gb/s`;

function portSpecOf(part: Part): { ports: number; spec: string } {
  switch (part.kind) {
    case 'adapter':
    case 'switch':
    case 'storage':
    case 'network':
      return { ports: part.ports, spec: `${part.ports} × ${rateText(part.portDataGbps)} ${PROTOCOL_LABEL[part.protocol]}` };
    case 'gateway':
      return {
        ports: part.sideA.ports + part.sideB.ports,
        spec: `A: ${part.sideA.ports} × ${rateText(part.sideA.portDataGbps)} ${PROTOCOL_LABEL[part.sideA.protocol]}; B: ${part.sideB.ports} × ${rateText(part.sideB.portDataGbps)} ${PROTOCOL_LABEL[part.sideB.protocol]}`,
      };
    case 'server':
      return { ports: 0, spec: `${part.slots} ${part.formFactor === 'blade' ? 'mezzanine' : 'PCIe'} slots` };
    case 'cable':
      return { ports: 0, spec: `${part.medium} ${PROTOCOL_LABEL[part.protocol]}` };
  }
}

interface Acc {
  category: BomCategory;
  part: Part | undefined;
  partId: string;
  quantity: number;
  costed: number;
  lengthClass?: string;
}

/** Lines in a stable order: category, then the order parts first appear in the design. */
export function billOfMaterials(topo: Topology, catalog: Catalog): BomLine[] {
  const { design } = topo;
  const s = design.settings;
  const acc = new Map<string, Acc>();
  // Consecutive adds mostly go to one line (a group's adapters, a link's cables): those skip the
  // key string and the lookup, which per cable of a 100k-flow fabric were most of this function.
  let last: Acc | undefined;
  let lastKey = { category: '', partId: '', cls: '' };
  const add = (category: BomCategory, partId: string, part: Part | undefined, quantity: number, costed: number, cls?: string): void => {
    if (last === undefined || lastKey.category !== category || lastKey.partId !== partId || lastKey.cls !== (cls ?? '')) {
      lastKey = { category, partId, cls: cls ?? '' };
      const key = `${category}|${partId}|${cls ?? ''}`;
      last = acc.get(key);
      if (!last) {
        acc.set(key, (last = { category, part, partId, quantity, costed, ...(cls ? { lengthClass: cls } : {}) }));
        return;
      }
    }
    last.quantity += quantity;
    last.costed += costed;
  };

  for (const ad of topo.adapters) add('adapters', ad.part.id, ad.part, 1, 1);
  design.nodes.forEach((node, ni) => {
    const part = topo.nodeParts[ni];
    if (!part) return;
    if (part.kind === 'switch') {
      let share = node.count;
      if (s.switchCosting === 'pro-rata') {
        share = 0;
        for (let m = 0; m < node.count; m++) share += Math.min(1, topo.vUsed[topo.nodeBase[ni]! + m]! / part.ports);
      }
      add('switches', part.id, part, node.count, share);
    } else if (part.kind === 'gateway') add('gateways', part.id, part, node.count, node.count);
    else if (part.kind === 'server') add('servers', part.id, part, node.count, s.includeServersAndStorage ? node.count : 0);
    else if (part.kind === 'storage') add('storage', part.id, part, node.count, s.includeServersAndStorage ? node.count : 0);
  });
  const cableOf = cablePicker(topo, catalog);
  for (let e = 0; e < topo.edgeCount; e++) {
    const id = cableOf(e);
    if (!id) continue;
    const lanes = topo.edgeLanes[e]!;
    add('cables', id, catalog.byId.get(id), lanes, lanes, lengthClass(topo.edgeLengthM[e]!));
  }

  const order = new Map(BOM_CATEGORIES.map((c, i) => [c, i]));
  return [...acc.values()]
    .sort((a, b) => order.get(a.category)! - order.get(b.category)!)
    .map((a) => {
      const part = a.part;
      const price = part?.priceUsd ?? 0;
      const w = part?.powerW ?? 0;
      const leftOut = (a.category === 'servers' || a.category === 'storage') && !s.includeServersAndStorage;
      const { ports, spec } = part ? portSpecOf(part) : { ports: 0, spec: '' };
      const note = !part
        ? 'not in the catalog: priced at 0'
        : leftOut
          ? 'not in I/O cost or power (settings leave servers and storage out)'
          : a.category === 'switches' && s.switchCosting === 'pro-rata'
            ? `pro rata: ${Math.round(a.costed * 100) / 100} of ${a.quantity} switches by ports used`
            : undefined;
      return {
        category: a.category,
        partId: a.partId,
        name: part?.name ?? `Unknown part "${a.partId}"`,
        quantity: a.quantity,
        costedQuantity: a.costed,
        unitPriceUsd: price,
        extendedUsd: a.costed * price,
        unitW: w,
        totalW: leftOut ? 0 : a.quantity * w,
        portsPerUnit: ports,
        portSpec: part?.kind === 'cable' ? cableSpec(part) : spec,
        ...(a.lengthClass ? { lengthClass: a.lengthClass } : {}),
        ...(note ? { note } : {}),
      };
    });
}

const cableSpec = (part: CablePart): string => `${part.medium} ${PROTOCOL_LABEL[part.protocol]}`;

/** Capex and watts per category: the sums of the BOM's lines. */
export function categoryTotals(lines: readonly BomLine[]): { capex: CostResult['capexByCategoryUsd']; watts: CostResult['capexByCategoryUsd'] } {
  const capex = { adapters: 0, switches: 0, gateways: 0, cables: 0, servers: 0, storage: 0 };
  const watts = { ...capex };
  for (const l of lines) {
    capex[l.category] += l.extendedUsd;
    watts[l.category] += l.totalW;
  }
  return { capex, watts };
}
