// "Why these counts": the fat-tree arithmetic of one fabric in a few sentences a customer can
// check with a pencil (12 leaves: 128 servers, 12 ports down and 12 up per 24-port leaf).
import type { FabricReport } from './sizeDesign';
import type { SizingInput } from './inputs';

const n = (x: number): string => x.toLocaleString('en-US');
const plural = (x: number, one: string, many = `${one}s`): string => `${n(x)} ${x === 1 ? one : many}`;

export function fabricNotes(r: FabricReport, input: SizingInput, rails: number): string[] {
  const t = r.tree;
  const k = r.switchPart.ports;
  const name = r.profile.name;
  const ratio = t.tiers === 1 ? '' : ` (${t.down}:${t.up}${t.down === t.up ? ', non-blocking' : ''})`;
  const perRail = r.host.portsPerRail[0]!;
  const serversPerLeaf = t.tiers === 1 ? input.servers : Math.floor(t.down / perRail);
  if (t.tiers === 1) {
    return [`One ${name} switch: ${plural(input.servers, 'server')} × ${plural(perRail, 'port')} and the services fit its ${k} ports.`];
  }
  const leaves = r.counts.leaves;
  const out = [
    `${plural(leaves, `${name} leaf switch`, `${name} leaf switches`)}${rails > 1 ? ` (${n(leaves / rails)} per rail)` : ''}: ${plural(input.servers, 'server')}, ${plural(perRail, 'port')} each${rails > 1 ? ' per rail' : ''}, ${serversPerLeaf} servers on ${t.down} ports down and ${t.up} up per ${k}-port leaf${ratio}.`,
    `${plural(r.counts.border, `${name} border leaf`, `${name} border leaves`)} for the gateways, storage and LAN uplinks (${n(r.services.reduce((s, g) => s + g.members * g.fabricPorts, 0))} ports on leaf downlinks).`,
  ];
  if (t.tiers === 2) {
    const all = leaves + r.counts.border;
    out.push(
      `${plural(t.spines, `${name} spine`)}: each of the ${n(all)} leaves sends its ${t.up} uplinks as ${plural(t.lanes, 'cable')} to every spine; a spine takes ${n(all * t.lanes)} of its ${k} ports. Two tiers hold up to ${n((k * k) / 2)} host ports non-blocking (k²/2).`,
    );
  } else {
    const pods = t.pods.length;
    out.push(
      `Three tiers: ${n(leaves + r.counts.border)} leaves are more than one spine layer of ${k}-port switches can join (two tiers: up to ${n((k * k) / 2)} host ports non-blocking, k²/2). ${plural(pods, 'pod')} (one for the border leaves), each with ${t.aggregationPerPod} aggregation switches (one per leaf uplink, ${t.aggregationUp} down and ${t.aggregationUp} up).`,
      `${plural(t.cores, `${name} core switch`, `${name} core switches`)}: every aggregation switch sends its ${t.aggregationUp} uplinks as ${plural(t.coreLanes, 'cable')} to each of ${n(t.aggregationUp / t.coreLanes)} cores; a core takes ${n(pods * t.coreLanes)} of its ${k} ports (one bundle per pod).`,
    );
  }
  return out;
}
