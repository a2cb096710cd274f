import type { Catalog } from '../catalog';
import { HOURS_PER_YEAR, type CostResult, type PortsResult, type PowerResult } from '../domain';
import { billOfMaterials, categoryTotals } from './bom';
import { V_PORT, V_SWITCH, type Topology } from './topology';

/**
 * docs/model.md §8. Capex of adapters, switches (whole by default, or pro rata by ports used),
 * gateways and cables; servers and storage only when the settings say so. "I/O power" is
 * server adapters + gateways, as the seed counts it; switches are the fabric. The per-part pricing
 * rules live in bom.ts: capex and watts are the sums of the bill of materials.
 */
export function costPowerPorts(topo: Topology, catalog: Catalog, vmCount: number): { cost: CostResult; power: PowerResult; ports: PortsResult } {
  const { design } = topo;
  const s = design.settings;
  const lines = billOfMaterials(topo, catalog);
  const { capex, watts } = categoryTotals(lines);
  let switchPorts = 0;
  let serverPorts = 0;
  for (let v = 0; v < topo.vertexCount; v++) {
    if (topo.vKind[v] === V_PORT && topo.vUsed[v]! > 0) serverPorts++;
    if (topo.vKind[v] === V_SWITCH) switchPorts += topo.vUsed[v]!;
  }
  const cables = lines.reduce((n, l) => (l.category === 'cables' ? n + l.quantity : n), 0);

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
      perVmUsd: vmCount > 0 ? tcoUsd / vmCount : null,
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
