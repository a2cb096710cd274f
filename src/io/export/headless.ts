// The diagram capture of a design exported without a canvas (the CLI): what the app's canvas
// captures before it has measured anything. Every node gets the box canvas.css gives it
// (estimate.ts); every cable the route, colour, width and label the canvas gives it
// (src/ui/cableText.ts), coloured by load in the design's mode once there are results.
import type { Catalog } from '../../catalog';
import type { Design, SimulationResult } from '../../domain';
import { nodePorts, type NodePort } from '../../sim';
import { cableLook, labelFits, type CableFacts } from '../../ui/cableText';
import type { CableInk, DiagramCapture } from './capture';
import { estimateCapture } from './estimate';

export function headlessCapture(design: Design, catalog: Catalog, result: SimulationResult | null): DiagramCapture {
  const ports = new Map<string, NodePort[]>();
  const nodes = new Map(design.nodes.map((n) => [n.id, n]));
  const portOf = (node: string, handle: string): NodePort | undefined => {
    let list = ports.get(node);
    if (!list) {
      const n = nodes.get(node);
      ports.set(node, (list = n ? nodePorts(design, n, catalog) : []));
    }
    return list.find((p) => p.handle === handle);
  };
  const loads = result?.modes.find((m) => m.mode === design.settings.mode)?.links;
  const links = new Map(design.links.map((l) => [l.id, l]));
  const look = (id: string) => {
    const l = links.get(id)!;
    const a = portOf(l.a.node, l.a.handle);
    const b = portOf(l.b.node, l.b.handle);
    const rates = [a?.rateGbps, b?.rateGbps].filter((r): r is number => r !== undefined);
    const facts: CableFacts = { protocol: a?.protocol ?? b?.protocol ?? null, rateGbps: rates.length ? Math.min(...rates) : Number.NaN, lanes: l.lanes, mesh: l.mesh ?? false };
    return { facts, look: cableLook(facts, loads && Object.hasOwn(loads, id) ? loads[id] : undefined) };
  };
  const capture = estimateCapture(
    design,
    catalog,
    (id): CableInk => {
      const { facts, look: c } = look(id);
      return c.bucket !== null ? { util: c.bucket } : facts.protocol ? { protocol: facts.protocol } : { unknown: true };
    },
    (id, x, y, ends) => {
      const c = look(id).look;
      return labelFits(c.full, x, y, ends, false) ? c.full : c.short;
    },
  );
  const hasLoads = result !== null && design.links.length > 0;
  return {
    ...capture,
    cables: capture.cables.map((c) => {
      const l = look(c.id).look;
      return { ...c, strokeWidth: l.width, loaded: loads !== undefined && Object.hasOwn(loads, c.id) };
    }),
    legend: hasLoads ? { kind: 'load', mode: design.settings.mode, stale: false } : { kind: 'protocol' },
  };
}
