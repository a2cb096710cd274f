import { catalogFor, type Catalog } from '../catalog';
import { adapterHandle, PROTOCOL_LABEL, PART_KIND_LABEL, type Design, type DesignNode, type Part, type PortRef, type Protocol } from '../domain';

export interface NodePort {
  handle: string;
  protocol: Protocol;
  label: string;
  rateGbps: number;
  /** How many cables the handle takes per member (1 for an adapter port). */
  ports: number;
  /** The generation of the part the port belongs to: a server's port is its adapter's. */
  era: Part['era'];
}

/**
 * A link's generation, which picks its default cable: 2007 only when both ends are 2007 parts (a
 * server end counts by its adapter; a missing end is not). The bill of materials applies the same
 * rule to each cable it counts (bom.ts `cablePicker`), so the inspector names the cable it prices.
 */
export function linkEra(ends: readonly (NodePort | undefined)[]): Part['era'] {
  return ends.every((p) => p?.era === 'seed') ? 'seed' : 'modern';
}

/** The connection handles a node exposes, for the canvas and for connection checks. */
export function nodePorts(design: Design, node: DesignNode, catalog: Catalog = catalogFor(design)): NodePort[] {
  const part = catalog.byId.get(node.partId);
  if (!part) return [];
  switch (part.kind) {
    case 'server':
      return (node.adapters ?? []).flatMap((a) => {
        const ap = catalog.byId.get(a.partId);
        if (ap?.kind !== 'adapter') return [];
        return Array.from({ length: ap.ports }, (_, p) => ({
          handle: adapterHandle(a.id, p),
          protocol: ap.protocol,
          label: `${ap.name} port ${p + 1}`,
          rateGbps: ap.portDataGbps,
          ports: 1,
          era: ap.era,
        }));
      });
    case 'gateway':
      return (['A', 'B'] as const).map((h) => {
        const side = h === 'A' ? part.sideA : part.sideB;
        return { handle: h, protocol: side.protocol, label: `${PROTOCOL_LABEL[side.protocol]} side`, rateGbps: side.portDataGbps, ports: side.ports, era: part.era };
      });
    case 'switch':
    case 'storage':
    case 'network':
      return [{ handle: 'p', protocol: part.protocol, label: `${PROTOCOL_LABEL[part.protocol]} ports`, rateGbps: part.portDataGbps, ports: part.ports, era: part.era }];
    default:
      return [];
  }
}

const article = (phrase: string): string => (/^[AEIOU]/i.test(phrase) ? 'an' : 'a');

export type ConnectionCheck = { ok: true; warning?: string } | { ok: false; reason: string };

function describe(design: Design, catalog: Catalog, ref: PortRef): { node: DesignNode; port: NodePort; what: string } | null {
  const node = design.nodes.find((n) => n.id === ref.node);
  if (!node) return null;
  const port = nodePorts(design, node, catalog).find((p) => p.handle === ref.handle);
  if (!port) return null;
  const part = catalog.byId.get(node.partId);
  const kind = part?.kind === 'server' ? 'server' : part ? PART_KIND_LABEL[part.kind].toLowerCase() : 'node';
  const what = part?.kind === 'server' ? `${PROTOCOL_LABEL[port.protocol]} port on "${node.label}"` : `${PROTOCOL_LABEL[port.protocol]} ${kind} "${node.label}"`;
  return { node, port, what };
}

/** Can a cable join these two handles? Refusals and warnings are sentences for the user. */
export function checkConnection(design: Design, a: PortRef, b: PortRef, catalog: Catalog = catalogFor(design)): ConnectionCheck {
  const da = describe(design, catalog, a);
  const db = describe(design, catalog, b);
  if (!da || !db) return { ok: false, reason: 'That port no longer exists.' };
  if (a.node === b.node) return { ok: false, reason: `A cable cannot join "${da.node.label}" to itself.` };
  if (da.port.protocol !== db.port.protocol) {
    return { ok: false, reason: `${da.what} cannot connect to ${article(db.what)} ${db.what}: only equal protocols connect (a gateway changes protocol).` };
  }
  const isAdapterPort = (h: string): boolean => h.startsWith('a/');
  const used = (ref: PortRef): number =>
    design.links.filter((l) => (l.a.node === ref.node && l.a.handle === ref.handle) || (l.b.node === ref.node && l.b.handle === ref.handle)).length;
  for (const [ref, d] of [[a, da], [b, db]] as const) {
    if (isAdapterPort(ref.handle) && used(ref) > 0) return { ok: false, reason: `${d.port.label} on "${d.node.label}" is already cabled.` };
  }
  const duplicate = design.links.some(
    (l) =>
      (l.a.node === a.node && l.a.handle === a.handle && l.b.node === b.node && l.b.handle === b.handle) ||
      (l.a.node === b.node && l.a.handle === b.handle && l.b.node === a.node && l.b.handle === a.handle),
  );
  if (duplicate) return { ok: false, reason: `"${da.node.label}" and "${db.node.label}" are already connected there; raise the link's lanes instead.` };
  if (da.port.rateGbps !== db.port.rateGbps) {
    return {
      ok: true,
      warning: `Rates differ (${da.port.rateGbps} vs ${db.port.rateGbps} Gb/s): the link runs at ${Math.min(da.port.rateGbps, db.port.rateGbps)} Gb/s.`,
    };
  }
  return { ok: true };
}

/** Can this adapter go into this server (a free slot)? */
export function installAdapterCheck(design: Design, serverNodeId: string, adapterPartId: string, catalog: Catalog = catalogFor(design)): ConnectionCheck {
  const node = design.nodes.find((n) => n.id === serverNodeId);
  const server = node && catalog.byId.get(node.partId);
  const adapter = catalog.byId.get(adapterPartId);
  if (!node || server?.kind !== 'server') return { ok: false, reason: 'Adapters go into servers: drop it onto a server.' };
  if (adapter?.kind !== 'adapter') return { ok: false, reason: 'Only adapters can be installed in a server.' };
  const used = node.adapters?.length ?? 0;
  if (used >= server.slots) {
    return { ok: false, reason: `"${node.label}" has no free slot (${used} of ${server.slots} ${server.formFactor === 'blade' ? 'mezzanine' : 'PCIe'} slots used).` };
  }
  return { ok: true };
}
