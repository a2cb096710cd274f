import { DEFAULT_CABLE, type Catalog } from '../catalog';
import { HOURS_PER_YEAR, type CostResult, type PortsResult, type PowerResult } from '../domain';
import { V_PORT, V_SWITCH, type Topology } from './topology';

type Categories = CostResult['capexByCategoryUsd'];
const zero = (): Categories => ({ adapters: 0, switches: 0, gateways: 0, cables: 0, servers: 0, storage: 0 });

/**
 * docs/model.md §8. Capex of adapters, switches (whole by default, or pro rata by ports used),
 * gateways and cables; servers and storage only when the settings say so. "I/O power" is
 * server adapters + gateways, as the seed counts it; switches are the fabric.
 */
export function costPowerPorts(topo: Topology, catalog: Catalog, vmCount: number): { cost: CostResult; power: PowerResult; ports: PortsResult } {
  const { design } = topo;
  const s = design.settings;
  const capex = zero();
  const watts = zero();
  let switchPorts = 0;
  let serverPorts = 0;
  let cables = 0;

  for (const ad of topo.adapters) {
    capex.adapters += ad.part.priceUsd;
    watts.adapters += ad.part.powerW;
  }
  for (let v = 0; v < topo.vertexCount; v++) {
    if (topo.vKind[v] === V_PORT && topo.vUsed[v]! > 0) serverPorts++;
    if (topo.vKind[v] === V_SWITCH) switchPorts += topo.vUsed[v]!;
  }
  design.nodes.forEach((node, ni) => {
    const part = topo.nodeParts[ni];
    if (!part) return;
    if (part.kind === 'switch') {
      let share = node.count;
      if (s.switchCosting === 'pro-rata') {
        share = 0;
        for (let m = 0; m < node.count; m++) share += Math.min(1, topo.vUsed[topo.nodeBase[ni]! + m]! / part.ports);
      }
      capex.switches += share * part.priceUsd;
      watts.switches += node.count * part.powerW;
    } else if (part.kind === 'gateway') {
      capex.gateways += node.count * part.priceUsd;
      watts.gateways += node.count * part.powerW;
    } else if (part.kind === 'server') {
      capex.servers += node.count * part.priceUsd;
      watts.servers += node.count * part.powerW;
    } else if (part.kind === 'storage') {
      capex.storage += node.count * part.priceUsd;
      watts.storage += node.count * part.powerW;
    }
  });
  // Cables: per design link, its expanded connections × lanes, of the link's cable part (or the
  // protocol's default for the era of the parts it joins).
  design.links.forEach((link, li) => {
    const protocol = topo.linkProtocol[li];
    const first = topo.linkEdgeStart[li]!;
    const connections = topo.linkEdgeStart[li + 1]! - first;
    if (!protocol || connections === 0) return;
    const eraOf = (v: number): string | undefined => {
      const part = topo.nodeParts[topo.vNode[v]!];
      return part?.kind === 'server' ? topo.adapters[topo.vAdapter[v]!]?.part.era : part?.era;
    };
    const seedEra = eraOf(topo.edgeU[first]!) === 'seed' && eraOf(topo.edgeV[first]!) === 'seed';
    const cable = catalog.byId.get(link.cablePartId ?? DEFAULT_CABLE[protocol][seedEra ? 'seed' : 'modern']);
    const count = connections * link.lanes;
    cables += count;
    capex.cables += count * (cable?.priceUsd ?? 0);
    watts.cables += count * (cable?.powerW ?? 0);
  });
  if (!s.includeServersAndStorage) {
    capex.servers = capex.storage = 0;
    watts.servers = watts.storage = 0;
  }

  const capexUsd = Object.values(capex).reduce((a, b) => a + b, 0);
  const ioW = watts.adapters + watts.gateways;
  const fabricW = watts.switches + watts.cables;
  const totalW = ioW + fabricW + watts.servers + watts.storage;
  const maintenanceUsdPerYear = serverPorts * s.maintenanceUsdPerPortYear;
  const energyUsdPerYear = (totalW / 1000) * HOURS_PER_YEAR * s.energyUsdPerKwh * s.pue;
  const tcoUsd = capexUsd + s.years * (maintenanceUsdPerYear + energyUsdPerYear);
  return {
    cost: {
      capexUsd,
      capexByCategoryUsd: capex,
      maintenanceUsdPerYear,
      energyUsdPerYear,
      tcoUsd,
      perVmUsd: vmCount > 0 ? tcoUsd / vmCount : 0,
      years: s.years,
    },
    power: { ioW, fabricW, totalW, byCategoryW: watts },
    ports: {
      perServer: topo.servers.length ? serverPorts / topo.servers.length : 0,
      adapters: topo.adapters.length,
      cables,
      switchPorts,
      serverPorts,
    },
  };
}
