// Unsupported-mode fallbacks said once per part and server group, not once per adapter instance:
// "InfiniHost III Ex DDR HCA (128 servers): no pass-through; runs in software".
import { MODE_SHORT, type ModeResult } from '../domain';
import { shortName } from './values';

export interface FallbackLine {
  adapterPart: string;
  text: string;
  /** Adapters that fall back, over all servers. */
  adapters: number;
  servers: number;
  /** Why (the part's supported modes), said once. */
  reason: string;
  /** The first adapter of this part that falls back: where "find it on the canvas" goes. */
  first: { nodeId: string; adapterId: string };
}

export function fallbackLines(m: ModeResult): FallbackLine[] {
  const serversOf = new Map(m.density.groups.map((g) => [g.nodeId, g.servers ?? 1]));
  const byPart = new Map<string, { name: string; effective: string; reason: string; first: FallbackLine['first']; nodes: Map<string, number> }>();
  for (const f of m.fallbacks) {
    let e = byPart.get(f.adapterPart);
    if (!e) byPart.set(f.adapterPart, (e = { name: f.adapterName, effective: f.effective, reason: f.reason, first: { nodeId: f.nodeId, adapterId: f.adapterId }, nodes: new Map() }));
    e.nodes.set(f.nodeId, (e.nodes.get(f.nodeId) ?? 0) + 1);
  }
  return [...byPart].map(([adapterPart, e]) => {
    let servers = 0;
    let adapters = 0;
    for (const [node, slots] of e.nodes) {
      const n = serversOf.get(node) ?? 1;
      servers += n;
      adapters += slots * n;
    }
    const per = adapters > servers ? `, ${adapters / servers} per server` : '';
    const mode = MODE_SHORT[m.mode].toLowerCase();
    return { adapterPart, adapters, servers, reason: e.reason, first: e.first, text: `${shortName(e.name)} (${servers.toLocaleString('en-US')} ${servers === 1 ? 'server' : 'servers'}${per}): no ${mode}; runs in ${e.effective}` };
  });
}
