// Refusals that name the true limit: the largest server count the switches join (found by
// halving over the same planning), or the demand that no design can hold.
import { sizeServices } from './services';
import { shapeText } from './fabricNotes';
import { needsFor, planAll, setup, type Setup } from './setup';

/**
 * The largest server count below `servers` that the switches join with the same requirements, by
 * halving: the answer M builds and M + 1 does not (0: not even one server builds).
 */
export function largestServers(s: Setup, servers: number): number {
  if (!planAll(s, 1)) return 0;
  let lo = 1;
  let hi = servers - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (planAll(s, mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function refusal(s: Setup, servers: number): string {
  const n = (x: number): string => x.toLocaleString('en-US');
  const parts = [...new Set(s.candidates.flat().map((p) => p.name))].join('; ');
  const at = `at ${s.input.oversubscription}:1${s.input.ha ? ' with HA' : ''}`;
  const most = largestServers(s, servers);
  // A switch the user chose may be what limits: say whether the catalog's others would do.
  const { switchPartId, ...free } = s.input;
  const others = switchPartId && planAll(setup(free, s.catalog), servers) ? " The catalog's other switches join them: leave the switch to the wizard." : '';
  if (most === 0) return `the switches (${parts}) cannot join even one server with these requirements ${at}.${others}`;
  const best = planAll(s, most)!;
  const how = best.plans.map((p, i) => `${s.profile.fabrics[i]!.name}: ${shapeText(p.tree)}`).join('; ');
  return (
    `the switches (${parts}) join at most ${n(most)} servers ${at} with these services (${how}), not ${n(servers)}. ` +
    `Plan several fabrics of up to ${n(most)} servers, or allow more oversubscription.${others}`
  );
}

/** A design node stands for at most this many identical parts (DesignNodeSchema). */
const MAX_MEMBERS = 100_000;

/**
 * Services beyond what a design can hold are refused before any switch is tried: the demand, not
 * the fabric, is the limit then (and sizing hundreds of thousands of gateways would stall typing).
 */
export function checkServiceScale(s: Setup, servers: number): void {
  const n = (x: number): string => x.toLocaleString('en-US');
  s.profile.fabrics.forEach((f, i) => {
    const needs = needsFor(s, i, servers);
    // At least demand / throughput members, before sizing them one by one (which takes seconds
    // for millions: the arrays behind FC gateways are counted in a loop).
    for (const svc of f.services) {
      const id = 'gatewayPartId' in svc ? svc.gatewayPartId : 'storagePartId' in svc ? svc.storagePartId : '';
      const part = s.catalog.byId.get(id);
      const san = svc.type === 'storage' || svc.type === 'san-gateway';
      const gbps = san ? needs.sanGbps : needs.lanGbps;
      const each = part?.kind === 'gateway' ? part.throughputGbps : part?.kind === 'storage' ? (part.throughputMBps * 8) / 1000 : Infinity;
      if (gbps / each > MAX_MEMBERS) {
        throw new Error(`${n(Math.round(gbps))} Gb/s of ${san ? 'SAN' : 'LAN'} demand needs more than ${n(Math.floor(gbps / each))} × ${part!.name}; a design holds at most ${n(MAX_MEMBERS)} of one part in a node. Plan fewer servers or VMs, or less demand per VM.`);
      }
    }
    for (const g of sizeServices({ services: f.services, catalog: s.catalog, lanGbps: needs.lanGbps, sanGbps: needs.sanGbps, ha: needs.ha })) {
      for (const [count, partId] of [[g.members, g.partId], [g.beyond?.members ?? 0, g.beyond?.partId ?? '']] as const) {
        if (count <= MAX_MEMBERS) continue;
        const what = g.key === 'lan' || g.key === 'gweth' ? `${n(Math.round(needs.lanGbps))} Gb/s of LAN` : `${n(Math.round((needs.sanGbps * 1000) / 8))} MB/s of SAN`;
        throw new Error(`${what} demand needs ${n(count)} × ${s.catalog.byId.get(partId)?.name ?? partId}; a design holds at most ${n(MAX_MEMBERS)} of one part in a node. Plan fewer servers or VMs, or less demand per VM.`);
      }
    }
  });
}
