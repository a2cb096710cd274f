import type { Catalog } from '../catalog';
import type { Finding } from '../domain';
import { cableFindings } from './cableReach';
import { memberAdapters, portRate, V_PORT, type Topology } from './topology';

/** Mode-independent checks of a design: slots, cabling, port counts (plus the topology's own). */
export function designFindings(topo: Topology, catalog: Catalog): Finding[] {
  const { design } = topo;
  const out: Finding[] = [...topo.findings];
  if (design.nodes.length === 0) {
    out.push({ code: 'empty-design', severity: 'info', message: 'The design is empty: drag a server, adapters, switches and a LAN or storage from the palette.' });
    return out;
  }
  const linked = new Set<string>();
  for (const l of design.links) {
    linked.add(l.a.node);
    linked.add(l.b.node);
  }
  design.nodes.forEach((node, ni) => {
    const part = topo.nodeParts[ni];
    if (!part) return;
    const name = node.label || part.name;
    if (part.kind === 'server') {
      const ads = node.adapters ?? [];
      if (ads.length > part.slots) {
        out.push({ code: 'slot-overflow', severity: 'error', nodeId: node.id, message: `"${name}" holds ${ads.length} adapters in ${part.slots} slots.` });
      }
      if ((node.vmsPerServer ?? 0) === 0) {
        out.push({ code: 'no-vms', severity: 'info', nodeId: node.id, message: `"${name}" runs no VMs.` });
      }
      for (const inst of memberAdapters(topo, ni)) {
        const a = ads[inst.slot]!;
        let cabled = 0;
        for (let p = 0; p < inst.part.ports; p++) {
          const used = topo.vUsed[inst.firstPortVertex + p]!;
          if (used > 0) cabled++;
          if (used > 1) {
            out.push({ code: 'port-overflow', severity: 'error', nodeId: node.id, adapterId: a.id, message: `Port ${p + 1} of ${inst.part.name} in "${name}" has ${used} cables; a port takes one.` });
          }
        }
        if (cabled === 0) {
          out.push({ code: 'unconnected-port', severity: 'warning', nodeId: node.id, adapterId: a.id, message: `${inst.part.name} in "${name}" is not cabled.` });
        }
      }
      return;
    }
    if (!linked.has(node.id)) {
      out.push({ code: 'unconnected-port', severity: 'warning', nodeId: node.id, message: `"${name}" is not connected to anything.` });
      return;
    }
    const handles = part.kind === 'gateway' ? ['A', 'B'] : ['p'];
    const base = topo.nodeBase[ni]!;
    for (const [h, handle] of handles.entries()) {
      const limit = portRate(part, handle)?.ports ?? Infinity;
      let worst = 0;
      for (let m = 0; m < node.count; m++) {
        const v = base + (part.kind === 'gateway' ? 2 * m + h : m);
        if (topo.vKind[v] !== V_PORT) worst = Math.max(worst, topo.vUsed[v]!);
      }
      const side = part.kind === 'gateway' ? (handle === 'A' ? ' (InfiniBand side)' : ' (other side)') : '';
      if (worst > limit) {
        out.push({ code: 'port-overflow', severity: 'error', nodeId: node.id, message: `"${name}"${side} needs ${worst} ports; it has ${limit}.` });
      } else if (part.kind === 'gateway' && worst === 0) {
        out.push({ code: 'unconnected-port', severity: 'warning', nodeId: node.id, message: `"${name}"${side} is not connected.` });
      }
    }
  });
  out.push(...cableFindings(topo, catalog));
  return out;
}
