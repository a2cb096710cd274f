import type { Design } from '../domain';
import type { ConstraintLayout } from './constraints';
import type { FlowSolution } from './solver';
import { V_GW_A, V_GW_B, V_PORT, type Topology } from './topology';

/**
 * Which instance of a bottleneck row is the busiest — a member of a group, an adapter port, a
 * cable of a link that expands to many — and how many of the row's instances run that hot. A
 * row stands for every member and lane of one design element; without this, a stack of 8 leaf
 * switches gives a row that cannot be told from the next one, nor checked on the rack.
 *
 * Port numbers of switches, gateway sides, storage and networks are the ones the cabling map
 * gives (cabling.ts: each cable takes the member's next free port, in design link order), so a
 * row can be found on the cabling sheet. Lanes of one cable are one capacity in the model (they
 * carry equal shares), so a row names the cable and how many lanes it has, not a single lane.
 */
export interface Whereabouts {
  busiest: string;
  instances: number;
  atPeak: number;
}

export type Located = { kind: 'link'; link: number } | { kind: 'gateway'; node: number } | { kind: 'vertex'; node: number } | { kind: 'bus' | 'host'; node: number; slot: number };

const PEAK_EPS = 1e-6;

export function locateBusiest(topo: Topology, layout: ConstraintLayout, sol: FlowSolution, row: Located): Whereabouts {
  const names = (ni: number, slot: number): string => adapterName(topo.design, topo, ni, slot);
  const member = (v: number): string => {
    const node = topo.design.nodes[topo.vNode[v]!]!;
    return `"${node.label}"${node.count > 1 ? ` #${topo.vMember[v]! + 1}` : ''}`;
  };
  // Candidates: [constraint index, how to name it]; the first at the highest utilization wins.
  let best = -1;
  let bestText: () => string = () => '';
  let instances = 0;
  const peaks: number[] = [];
  const consider = (constraints: number[], text: () => string): void => {
    instances++;
    let u = 0;
    for (const c of constraints) u = Math.max(u, sol.utilization[c] ?? 0);
    peaks.push(u);
    if (best < 0 || u > (sol.utilization[best] ?? 0) + PEAK_EPS) {
      const worst = constraints.reduce((a, c) => ((sol.utilization[c] ?? 0) > (sol.utilization[a] ?? 0) ? c : a), constraints[0]!);
      best = worst;
      bestText = text;
    }
  };

  if (row.kind === 'link') {
    for (let e = topo.linkEdgeStart[row.link]!; e < topo.linkEdgeStart[row.link + 1]!; e++) {
      const edge = e;
      consider([2 * e, 2 * e + 1], () => {
        const back = (best & 1) === 1; // odd: from edgeV to edgeU
        const [from, to] = back ? [topo.edgeV[edge]!, topo.edgeU[edge]!] : [topo.edgeU[edge]!, topo.edgeV[edge]!];
        const lanes = topo.edgeLanes[edge]!;
        return `${end(topo, names, member, from, edge)} → ${end(topo, names, member, to, edge)}${lanes > 1 ? `, ${lanes} lanes` : ''}`;
      });
    }
  } else if (row.kind === 'gateway') {
    for (let e = 0; e < topo.edgeCount; e++) {
      if (topo.edgeLink[e] !== -1 || topo.vNode[topo.edgeU[e]!] !== row.node) continue;
      const v = topo.edgeU[e]!;
      consider([2 * e, 2 * e + 1], () => member(v));
    }
  } else if (row.kind === 'vertex') {
    layout.constraintVertex.forEach((v, i) => {
      if (topo.vNode[v] === row.node) consider([2 * topo.edgeCount + i], () => member(v));
    });
  } else {
    const { node, slot } = row;
    topo.adapters.forEach((ad, i) => {
      if (ad.node !== node || ad.slot !== slot) return;
      const where = (): string => `${member(ad.firstPortVertex)} · ${names(ad.node, ad.slot)}`;
      if (row.kind === 'bus') consider([layout.adapterBase + 2 * i, layout.adapterBase + 2 * i + 1], where);
      else for (let p = 0; p < ad.part.ports; p++) consider([layout.portBase + 2 * (ad.firstPort + p), layout.portBase + 2 * (ad.firstPort + p) + 1], () => `${where()} port ${p + 1}`);
    });
  }
  const peak = best < 0 ? 0 : (sol.utilization[best] ?? 0);
  return { busiest: best < 0 ? '' : bestText(), instances, atPeak: peaks.filter((u) => u >= peak - PEAK_EPS).length };
}

/** One end of expanded edge `e` at vertex `v`: the member, and its adapter and port or its port numbers. */
function end(topo: Topology, names: (ni: number, slot: number) => string, member: (v: number) => string, v: number, e: number): string {
  if (topo.vKind[v] === V_PORT) {
    const ad = topo.adapters[topo.vAdapter[v]!]!;
    return `${member(v)} · ${names(ad.node, ad.slot)} port ${v - ad.firstPortVertex + 1}`;
  }
  // Ports the cabling map gives this cable: after every lane of earlier edges at this vertex.
  let first = 1;
  for (let k = 0; k < e; k++) if (topo.edgeLink[k]! >= 0 && (topo.edgeU[k] === v || topo.edgeV[k] === v)) first += topo.edgeLanes[k]!;
  const lanes = topo.edgeLanes[e]!;
  const ports = lanes > 1 ? `ports ${first}–${first + lanes - 1}` : `port ${first}`;
  const side = topo.vKind[v] === V_GW_A ? ' side A' : topo.vKind[v] === V_GW_B ? ' side B' : '';
  return `${member(v)}${side} ${ports}`;
}

/** An adapter's display name: the part's name, "#2" for a repeated part on the server (as the canvas and cabling map show it). */
export function adapterName(design: Design, topo: Topology, ni: number, slot: number): string {
  const adapters = design.nodes[ni]?.adapters ?? [];
  const partId = adapters[slot]?.partId ?? '';
  const base = topo.adapterBase[ni]!;
  let name = partId;
  for (let i = Math.max(0, base); base >= 0 && i < base + adapters.length && topo.adapters[i]?.node === ni; i++) if (topo.adapters[i]!.slot === slot) name = topo.adapters[i]!.part.name;
  const same = adapters.filter((a) => a.partId === partId).length;
  return same > 1 ? `${name} #${adapters.slice(0, slot + 1).filter((a) => a.partId === partId).length}` : name;
}

/** One constraint as a person finds it: "cable "FC switches" #2 port 27 → "SAN" #1 port 1", "PCIe bus of … in "Servers" #3". */
export function constraintText(topo: Topology, layout: ConstraintLayout, c: number): string {
  const names = (ni: number, slot: number): string => adapterName(topo.design, topo, ni, slot);
  const member = (v: number): string => {
    const node = topo.design.nodes[topo.vNode[v]!]!;
    return `"${node.label}"${node.count > 1 ? ` #${topo.vMember[v]! + 1}` : ''}`;
  };
  if (c < 2 * topo.edgeCount) {
    const e = c >> 1;
    const [from, to] = c & 1 ? [topo.edgeV[e]!, topo.edgeU[e]!] : [topo.edgeU[e]!, topo.edgeV[e]!];
    if (topo.edgeLink[e]! < 0) return `gateway ${member(from)}`;
    return `cable ${end(topo, names, member, from, e)} → ${end(topo, names, member, to, e)}`;
  }
  if (c < layout.adapterBase) {
    const v = layout.constraintVertex[c - 2 * topo.edgeCount]!;
    return topo.nodeParts[topo.vNode[v]!]?.kind === 'storage' ? `storage back end of ${member(v)}` : `switching capacity of ${member(v)}`;
  }
  if (c < layout.portBase) {
    const ad = topo.adapters[(c - layout.adapterBase) >> 1]!;
    return `PCIe bus of ${names(ad.node, ad.slot)} in ${member(ad.firstPortVertex)}`;
  }
  const q = (c - layout.portBase) >> 1;
  const ad = topo.adapters.find((a) => q >= a.firstPort && q < a.firstPort + a.part.ports);
  return ad ? `host network path of ${member(ad.firstPortVertex)} · ${names(ad.node, ad.slot)} port ${q - ad.firstPort + 1}` : 'host network path';
}
