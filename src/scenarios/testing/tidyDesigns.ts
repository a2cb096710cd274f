// The design of issue 23's report: 16 servers on an InfiniBand switch, an IB↔Ethernet gateway,
// the Ethernet switch behind it and the LAN behind that, drawn out of order (the Ethernet switch
// below the servers). Tidy must put that switch after the gateway. Used by unit and browser tests.
import type { Design } from '../../domain';
import { bus, DesignBuilder, port, sideA, sideB } from '../builder';

export function ethBehindGateway(): Design {
  return new DesignBuilder('16 servers, Ethernet behind the gateway', 'Test design: an Ethernet switch reached only through an IB↔Ethernet gateway.')
    .server('servers', 'srv-blade-2007', 'Servers', 0, 0, { count: 16, vms: 4, adapters: [['hca1', 'hca-connectx-ddr']] })
    .node('eth', 'sw-gige-48', 'Ethernet switch', 0, 300)
    .node('ib', 'sw-ib-ddr-24', 'IB switch', 300, 0)
    .node('gw', 'gw-ib-eth-6', 'Gateway', 600, 0)
    .node('lan', 'net-lan-gige', 'LAN', 900, 0)
    .link(port('servers', 'hca1'), bus('ib'))
    .link(sideA('gw'), bus('ib'))
    .link(sideB('gw'), bus('eth'))
    .link(bus('eth'), bus('lan'))
    .build({ keepPositions: true });
}
