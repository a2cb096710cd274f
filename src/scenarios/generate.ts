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

/**
 * A design drawn node by node (no groups): `nodes` canvas nodes in all, laid out on a grid —
 * for canvas stress tests (the perf spec drags on a 1,000-node design).
 */
export function generateFlatDesign(opts: { nodes: number; vms?: number }): Design {
  const total = Math.max(4, Math.floor(opts.nodes));
  const leaves = Math.max(1, Math.round(total / 17)); // 16 servers per leaf, plus the leaf itself
  const servers = total - leaves - 4; // a director, a gateway, a LAN and a storage array
  const b = new DesignBuilder(`Generated: ${total} nodes`, 'Synthetic flat design for canvas stress tests.');
  b.node('core', 'sw-ib-ddr-288', 'IB director', 0, -400)
    .node('gw', 'gw-ib-eth-6', 'Gateway', 300, -600)
    .node('lan', 'net-lan-gige', 'LAN', 600, -600)
    .node('st', 'st-ib-srp-array', 'IB storage', 300, -400)
    .link(sideA('gw'), bus('core'))
    .link(sideB('gw'), bus('lan'), { lanes: 6 })
    .link(bus('core'), bus('st'), { lanes: 4 });
  for (let l = 0; l < leaves; l++) {
    b.node(`leaf${l}`, 'sw-ib-ddr-24', `Leaf ${l + 1}`, l * 1200, 0).link(bus(`leaf${l}`), bus('core'), { lanes: 4 });
  }
  for (let s = 0; s < servers; s++) {
    const leaf = s % leaves;
    const col = Math.floor(s / leaves);
    b.server(`srv${s}`, 'srv-blade-2007', `Server ${s + 1}`, leaf * 1200 + (col % 4) * 280, 200 + Math.floor(col / 4) * 200, {
      count: 1,
      vms: opts.vms ?? 4,
      adapters: [['hca', 'hca-connectx-ddr']],
    });
    b.link(port(`srv${s}`, 'hca'), bus(`leaf${leaf}`));
  }
  return b.build({ keepPositions: true });
}
