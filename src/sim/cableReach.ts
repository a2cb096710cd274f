// Whether each link's cable can make its run: a DAC picked for a 30 m run, or optics slower than
// the ports they join, would not come up. One finding per link, naming the part, its reach and
// the length (or its rate and the link's).
import type { Catalog } from '../catalog';
import type { Finding } from '../domain';
import { cablePicker } from './bom';
import type { Topology } from './topology';

const num = (v: number): string => `${Math.round(v * 100) / 100}`;

export function cableFindings(topo: Topology, catalog: Catalog): Finding[] {
  const { design } = topo;
  const cableOf = cablePicker(topo, catalog);
  const seen = new Set<number>();
  const out: Finding[] = [];
  const labelOf = (nodeId: string): string => {
    const ni = topo.nodeIndex.get(nodeId);
    return ni === undefined ? nodeId : design.nodes[ni]!.label || nodeId;
  };
  for (let e = 0; e < topo.edgeCount; e++) {
    const li = topo.edgeLink[e]!;
    if (li < 0 || seen.has(li)) continue;
    seen.add(li);
    const id = cableOf(e);
    const part = id ? catalog.byId.get(id) : undefined;
    if (part?.kind !== 'cable') continue;
    const link = design.links[li]!;
    const where = `The cable "${labelOf(link.a.node)}" ↔ "${labelOf(link.b.node)}"`;
    const chosen = link.cablePartId ? 'its cable part' : 'the longest-reaching part of the catalog for its rate';
    const lengthM = topo.edgeLengthM[e]!;
    if (part.reachM !== undefined && lengthM > part.reachM) {
      out.push({
        code: 'cable-reach',
        severity: link.cablePartId ? 'error' : 'warning',
        message: `${where} is ${num(lengthM)} m long; ${chosen}, ${part.name}, reaches ${num(part.reachM)} m. Choose a part that reaches, or shorten the run.`,
        linkId: link.id,
      });
    }
    const rate = topo.edgeRateGbps[e]!;
    if (part.rateGbps !== undefined && rate > part.rateGbps * (1 + 1e-9)) {
      out.push({
        code: 'cable-reach',
        severity: 'warning',
        message: `${where} runs at ${num(rate)} Gb/s; its cable, ${part.name}, carries ${num(part.rateGbps)} Gb/s.`,
        linkId: link.id,
      });
    }
  }
  return out;
}
