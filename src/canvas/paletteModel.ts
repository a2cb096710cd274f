// What the palette lists: parts grouped by kind, then by era, filtered by a search query that
// matches names, protocols (long and short: "ib", "fibre"), kinds and their everyday names
// ("nic", "hba", "hca"), and rates ("16", "16g", "16 gb/s").
import { PART_KIND_LABEL, PROTOCOL_LABEL, type Part, type PartKind } from '../domain';
import { compact, portsText, PROTOCOL_SHORT } from './format';

export type PaletteKind = Exclude<PartKind, 'cable'>;
export type EraFilter = 'all' | 'seed' | 'modern';

export const PALETTE_GROUPS: ReadonlyArray<{ kind: PaletteKind; label: string }> = [
  { kind: 'server', label: 'Servers' },
  { kind: 'adapter', label: 'Adapters' },
  { kind: 'switch', label: 'Switches' },
  { kind: 'gateway', label: 'Gateways' },
  { kind: 'storage', label: 'Storage' },
  { kind: 'network', label: 'Networks' },
];

export const ERA_LABEL: Record<Part['era'], string> = { seed: '2007', modern: 'Modern' };

/** The part's key figure, e.g. "2 × IB DDR 4x · 16 Gb/s data", "blade · 2 slots · 21.3 GHz". */
export function keySpec(part: Part): string {
  switch (part.kind) {
    case 'server':
      return `${part.formFactor} · ${part.slots} slot${part.slots === 1 ? '' : 's'} · ${compact(part.cpuGhz)} GHz`;
    case 'adapter':
    case 'switch':
    case 'network':
      return portsText(part.ports, part.protocol, part.portDataGbps);
    case 'storage':
      return `${portsText(part.ports, part.protocol, part.portDataGbps)} · ${compact(part.throughputMBps)} MB/s`;
    case 'gateway':
      return `${portsText(part.sideA.ports, part.sideA.protocol, part.sideA.portDataGbps)} ↔ ${portsText(part.sideB.ports, part.sideB.protocol, part.sideB.portDataGbps)}`;
    case 'cable':
      return `${PROTOCOL_SHORT[part.protocol]} ${part.medium}`;
  }
}

const ADAPTER_NAMES = { ethernet: 'nic network card', fc: 'hba host bus adapter', infiniband: 'hca host channel adapter' } as const;
const PROTOCOL_WORDS = { ethernet: 'gige gbe lan', fc: 'fibre fiber san', infiniband: 'ib rdma' } as const;

function rateWords(gbpsValue: number): string {
  const r = compact(gbpsValue).replace(/,/g, '');
  return `${r} ${r}g ${r}gb ${r}gb/s ${r}gbps`;
}

/** Lower-case text a query is matched against. */
export function searchText(part: Part): string {
  const words: string[] = [part.name, part.id, PART_KIND_LABEL[part.kind], part.kind, part.era === 'seed' ? '2007 seed' : 'modern'];
  const protocols = part.kind === 'gateway' ? [part.sideA.protocol, part.sideB.protocol] : part.kind === 'server' ? [] : [part.protocol];
  for (const p of protocols) words.push(PROTOCOL_LABEL[p], PROTOCOL_SHORT[p], PROTOCOL_WORDS[p]);
  if (part.kind === 'adapter') words.push(ADAPTER_NAMES[part.protocol]);
  if (part.kind === 'server') words.push(part.formFactor);
  if (part.kind === 'adapter' || part.kind === 'switch' || part.kind === 'storage' || part.kind === 'network') words.push(rateWords(part.portDataGbps), rateWords('portSignalGbps' in part ? part.portSignalGbps : part.portDataGbps));
  if (part.kind === 'gateway') words.push(rateWords(part.sideA.portDataGbps), rateWords(part.sideB.portDataGbps));
  return words.join(' ').toLowerCase();
}

/**
 * Every whitespace-separated term of the query must occur in the part's text: terms of one or two
 * characters at the start of a word ("ib" must not find "fibre"), longer ones anywhere.
 */
export function matchesQuery(part: Part, query: string): boolean {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return true;
  const text = searchText(part);
  const words = text.split(/[\s,()×·↔/+-]+/).filter(Boolean);
  return terms.every((t) => (t.length <= 2 ? words.some((w) => w.startsWith(t)) : text.includes(t)));
}

export interface PaletteGroup {
  kind: PaletteKind;
  label: string;
  eras: Array<{ era: Part['era']; parts: Part[] }>;
  count: number;
}

/** Groups in palette order; empty groups and eras are left out. */
export function paletteGroups(parts: readonly Part[], query: string, era: EraFilter): PaletteGroup[] {
  const shown = parts.filter((p) => p.kind !== 'cable' && (era === 'all' || p.era === era) && matchesQuery(p, query));
  return PALETTE_GROUPS.map(({ kind, label }) => {
    const ofKind = shown.filter((p) => p.kind === kind);
    const eras = (['seed', 'modern'] as const).map((e) => ({ era: e, parts: ofKind.filter((p) => p.era === e) })).filter((g) => g.parts.length > 0);
    return { kind, label, eras, count: ofKind.length };
  }).filter((g) => g.count > 0);
}
