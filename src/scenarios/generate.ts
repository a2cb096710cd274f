import type { Design } from '../domain';
import { bus, DesignBuilder, port, sideA, sideB } from './builder';

/**
 * A synthetic large design for benchmarks and stress tests: N blade servers with V VMs each on
 * an InfiniBand leaf/director fabric, with enough gateways and storage for LAN and SAN.
 */
export function generateDesign(opts: { servers: number; vms: number }): Design {
  const n = Math.max(1, Math.floor(opts.servers));
  const leaves = Math.ceil(n / 16);
  const gwEth = Math.ceil(n / 16);
  const gwFc = Math.ceil(n / 32);
  const uplinks = 4;
  const directors = Math.max(1, Math.ceil((leaves * uplinks + gwEth + gwFc) / 280));
  const lanes = Math.max(1, Math.floor(uplinks / directors));
  const arrays = Math.ceil((gwFc * 4) / 8);
  const lans = Math.ceil((gwEth * 6) / 1000);
  return new DesignBuilder(`Generated: ${n} servers × ${opts.vms} VMs`, 'Synthetic InfiniBand design for benchmarks.')
    .server('servers', 'srv-blade-2007', 'Blade servers', 0, 200, { count: n, vms: Math.max(0, Math.floor(opts.vms)), adapters: [['hca1', 'hca-connectx-ddr']] })
    .node('leaf', 'sw-ib-ddr-24', 'IB leaf switches', 300, 200, leaves)
    .node('core', 'sw-ib-ddr-288', 'IB directors', 560, 200, directors)
    .node('gweth', 'gw-ib-eth-6', 'IB↔Ethernet gateways', 840, 40, gwEth)
    .node('gwfc', 'gw-ib-fc-4', 'IB↔FC gateways', 840, 360, gwFc)
    .node('lan', 'net-lan-gige', 'LAN', 1140, 40, lans)
    .node('san', 'st-fc-array-2g', 'FC storage', 1140, 360, arrays)
    .link(port('servers', 'hca1'), bus('leaf'))
    .link(bus('leaf'), bus('core'), { mesh: true, lanes, lengthM: 10 })
    .link(sideA('gweth'), bus('core'))
    .link(sideA('gwfc'), bus('core'))
    .link(sideB('gweth'), bus('lan'), { lanes: 6, lengthM: 30 })
    .link(sideB('gwfc'), bus('san'), { lanes: 4, lengthM: 30 })
    .build();
}
