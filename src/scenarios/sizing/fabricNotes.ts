// "Why these counts": one fabric's switches in a few sentences a customer can check with a pencil
// — which parts, how the ports split, the true limit of the shape, and what the runner-up cost.
import { DEFAULT_SETTINGS } from '../../domain';
import type { SizingInput } from './inputs';
import type { FabricReport } from './sizer';
import type { Tree } from './tree';

const n = (x: number): string => x.toLocaleString('en-US');
const plural = (x: number, one: string, many = `${one}s`): string => `${n(x)} ${x === 1 ? one : many}`;
const usd = (x: number): string => `$${n(Math.round(x / 1000) * 1000)}`;

/** "two tiers: 24-port leaves, 288-port spines" — the shape and parts, for notes and refusals. */
export function shapeText(t: Tree): string {
  if (t.tiers === 1) return t.switches === 1 ? `one ${t.part.ports}-port switch` : `${t.switches} × ${t.part.ports}-port switches, one per rail`;
  if (t.tiers === 2) return `two tiers: ${t.leaf.ports}-port leaves, ${t.spine.ports}-port spines`;
  return `three tiers: ${t.leaf.ports}-port leaves, ${t.aggregation.ports}-port aggregation, ${t.core.ports}-port cores in ${n(t.pods.length)} pods`;
}

export function fabricNotes(r: FabricReport, input: SizingInput): string[] {
  const t = r.tree;
  const name = r.profile.name;
  const rails = r.host.portsPerRail.length;
  const perRail = r.host.portsPerRail[0]!;
  const servicePorts = r.plan.attachments.reduce((s, a) => s + a.perLeaf, 0);
  const years = `price plus ${DEFAULT_SETTINGS.years} years of energy`;
  const which = r.plan.options === 1 ? 'the only way' : `the cheapest of ${n(r.plan.options)} ways`;
  const choice =
    `Switches: ${which} to build this from the catalog's ${name} switches — ${shapeText(t)}: ${usd(r.plan.costUsd)} for the switches, their cables and the gateways, ${years}` +
    (r.plan.runnerUp ? ` (next: ${shapeText(r.plan.runnerUp.tree)}, ${usd(r.plan.runnerUp.costUsd)}).` : '.');
  if (t.tiers === 1) {
    const what = t.switches === 1 ? `${plural(input.servers, 'server')} × ${plural(r.host.portsPerRail.reduce((a, b) => a + b, 0), 'port')}` : `${plural(input.servers, 'server')} × ${plural(perRail, 'port')} of its rail`;
    return [
      choice,
      t.switches === 1
        ? `One ${t.part.ports}-port ${name} switch: ${what} and ${plural(servicePorts, 'service port')} fit its ${t.part.ports} ports.`
        : `${t.switches} × ${t.part.ports}-port ${name} switches, one per rail: each takes ${what} and its rail's share of the services (${plural(servicePorts, 'port')}) on its ${t.part.ports} ports.`,
    ];
  }
  const k = t.leaf.ports;
  const ratio = ` (${t.down}:${t.up}${t.down === t.up ? ', non-blocking' : ''})`;
  const leaves = r.counts.leaves;
  const out = [
    choice,
    `${plural(leaves, `${name} leaf switch`, `${name} leaf switches`)}${rails > 1 ? ` (${n(leaves / rails)} per rail)` : ''}: ${plural(input.servers, 'server')}, ${plural(perRail, 'port')} each${rails > 1 ? ' per rail' : ''}, ${Math.floor(t.down / perRail)} servers on ${t.down} ports down and ${t.up} up per ${k}-port leaf${ratio}.`,
    `${plural(r.counts.border, `${name} border leaf`, `${name} border leaves`)} for the gateways, storage and LAN uplinks (${n(r.copies * r.services.reduce((s, g) => s + g.members * g.fabricPorts, 0))} ports on leaf downlinks).`,
  ];
  if (t.tiers === 2) {
    const all = leaves + r.counts.border;
    out.push(
      `${plural(t.spines, `${name} spine`)}: each of the ${n(all)} leaves sends its ${t.up} uplinks as ${plural(t.lanes, 'cable')} to every spine; a spine takes ${n(all * t.lanes)} of its ${t.spine.ports} ports. One spine layer of ${t.spine.ports}-port switches joins at most ${n(t.spine.ports)} leaves (${n(t.spine.ports * t.down)} host ports on ${k}-port leaves at this ratio).`,
    );
  } else {
    const pods = t.pods.length;
    const half = Math.floor(t.aggregation.ports / 2);
    const own = t.pods.filter((p) => p.servers === 0).length;
    out.push(
      `Three tiers: ${n(leaves + r.counts.border)} leaves in ${plural(pods, 'pod')}${own === 1 ? ' (one for the border leaves)' : own > 1 ? ` (${own} for the border leaves, each with a copy of the services)` : ''}; a pod holds at most ${half} leaves under ${t.aggregationPerPod} ${t.aggregation.ports}-port aggregation switches (one per leaf uplink, ${t.aggregationDown} down and ${t.aggregationUp} up).`,
      `${plural(t.cores, `${name} core switch`, `${name} core switches`)}: every aggregation switch sends its ${t.aggregationUp} uplinks as ${plural(t.coreLanes, 'cable')} to each of ${n(t.aggregationUp / t.coreLanes)} cores; a core takes ${n(pods * t.coreLanes)} of its ${t.core.ports} ports (one bundle per pod), so at most ${n(t.core.ports)} pods.`,
    );
  }
  return out;
}
