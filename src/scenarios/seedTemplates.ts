import type { Design } from '../domain';
import { bus, DesignBuilder, port, sideA, sideB } from './builder';

/**
 * The templates: the whitepaper's deployment scenarios (docs/model.md §10). Counts of switches and gateways are sized so
 * every port fits: 128 servers, 16 VMs each, the same existing LAN and FC SAN in every layout.
 */
const SERVERS = 128;
const VMS = 16;

export function seedBaseline(): Design {
  return new DesignBuilder(
    'GigE + FC baseline, 128 servers',
    '128 rack servers, 16 VMs each. Every server has four GigE NICs and two 2 Gb/s FC HBAs, cabled to separate GigE access switches and FC switches that reach the existing LAN and FC SAN. Software IOV. It shows the whitepaper\'s Table 1 cost and power of GigE + FC. No mode meets its server-to-server demand: GigE NICs and FC HBAs run software IOV only, so each VM gets what the virtual NIC path leaves, and the last server on each access switch reaches the next over that switch\'s 4 LAN uplinks, so its VMs get less.',
    'seed-baseline-gige-fc',
  )
    .server('servers', 'srv-rack2u-2007', 'Servers', 0, 160, {
      count: SERVERS,
      vms: VMS,
      adapters: [['nic1', 'nic-gige-1p'], ['nic2', 'nic-gige-1p'], ['nic3', 'nic-gige-1p'], ['nic4', 'nic-gige-1p'], ['hba1', 'hba-fc-2g'], ['hba2', 'hba-fc-2g']],
    })
    .node('eth', 'sw-gige-48', 'GigE access switches', 420, 40, 12)
    .node('fc', 'sw-fc-32-2g', 'FC switches', 420, 360, 10)
    .node('lan', 'net-lan-gige', 'Existing LAN', 800, 40)
    .node('san', 'st-fc-array-2g', 'Existing FC SAN storage', 800, 360, 5)
    .link(port('servers', 'nic1'), bus('eth'))
    .link(port('servers', 'nic2'), bus('eth'))
    .link(port('servers', 'nic3'), bus('eth'))
    .link(port('servers', 'nic4'), bus('eth'))
    .link(port('servers', 'hba1'), bus('fc'))
    .link(port('servers', 'hba2'), bus('fc'))
    .link(bus('eth'), bus('lan'), { lanes: 4, lengthM: 30 })
    .link(bus('fc'), bus('san'), { lanes: 4, lengthM: 30 })
    .build();
}

/** One InfiniBand fabric (leaf + spine) with IB↔Ethernet and IB↔FC gateways to the same LAN and SAN. */
function ibFabric(b: DesignBuilder, opts: { spines: number; leafUplinkLanes: number; leaves: string[] }): DesignBuilder {
  b.node('spine', 'sw-ib-ddr-24', 'IB spine switches', 560, 200, opts.spines)
    .node('gweth', 'gw-ib-eth-6', 'IB↔Ethernet gateways', 840, 40, 8)
    .node('gwfc', 'gw-ib-fc-4', 'IB↔FC gateways', 840, 360, 6)
    .node('lan', 'net-lan-gige', 'Existing LAN', 1140, 40)
    .node('san', 'st-fc-array-2g', 'Existing FC SAN storage', 1140, 360, 5);
  for (const leaf of opts.leaves) b.link(bus(leaf), bus('spine'), { mesh: true, lanes: opts.leafUplinkLanes, lengthM: 10 });
  return b
    .link(sideA('gweth'), bus('spine'))
    .link(sideA('gwfc'), bus('spine'))
    .link(sideB('gweth'), bus('lan'), { lanes: 6, lengthM: 30 })
    .link(sideB('gwfc'), bus('san'), { lanes: 4, lengthM: 30 });
}

function ibSingle(id: string, name: string, description: string, hca: string, mode: Design['settings']['mode']): Design {
  const b = new DesignBuilder(name, description, id)
    .mode(mode)
    .server('servers', 'srv-blade-2007', 'Blade servers', 0, 200, { count: SERVERS, vms: VMS, adapters: [['hca1', hca]] })
    .node('leaf', 'sw-ib-ddr-24', 'IB leaf switches', 300, 200, 8)
    .link(port('servers', 'hca1'), bus('leaf'));
  return ibFabric(b, { spines: 2, leafUplinkLanes: 2, leaves: ['leaf'] }).build();
}

export function seedIbSoftware(): Design {
  return ibSingle(
    'seed-ib-software',
    'InfiniBand, software IOV, 128 servers',
    '128 blade servers, 16 VMs each. One InfiniHost III DDR HCA per blade replaces four GigE NICs and two FC HBAs; IB leaf and spine switches lead to IB↔Ethernet and IB↔FC gateways that reach the existing LAN and FC SAN. Software IOV: VMs keep their usual virtual NIC and HBA. It shows Table 1\'s InfiniBand cost and power. LAN and SAN demand are met in every mode; server-to-server demand only in native mode: in software mode the hypervisor\'s virtual switch cannot carry it, the whitepaper\'s case for native IOV.',
    'hca-infinihost3-ddr',
    'software',
  );
}

export function seedIbNative(): Design {
  return ibSingle(
    'seed-ib-native',
    'InfiniBand, native IOV, 128 servers',
    'The InfiniBand layout (one InfiniHost III DDR HCA per blade, leaf and spine switches, gateways to the existing LAN and FC SAN) in native (paravirtual) IOV: VMs reach the HCA directly for data, with RDMA for server-to-server traffic. It meets its workload in native mode; in software and pass-through modes (the InfiniHost III falls back to software) the virtual switch limits server-to-server traffic.',
    'hca-infinihost3-ddr',
    'native',
  );
}

export function seedIbPassthrough(): Design {
  return ibSingle(
    'seed-ib-passthrough',
    'InfiniBand ConnectX, pass-through IOV, 128 servers',
    'The InfiniBand layout with one ConnectX DDR HCA per blade, in pass-through IOV: each VM owns a share of the adapter directly (protection domains, DMA remapping in the adapter). It meets its workload in native and pass-through modes; in software mode the virtual switch limits server-to-server traffic.',
    'hca-connectx-ddr',
    'passthrough',
  );
}

export function seedIbSoftwareHa(): Design {
  const b = new DesignBuilder(
    'InfiniBand with two HCAs (HA), software IOV, 128 servers',
    'High availability: two InfiniHost III DDR HCAs per blade, one on each of two leaf-switch rails (A and B), four spines, gateways to the existing LAN and FC SAN. Software IOV. It meets its workload in every mode: the second HCA doubles what the virtual switch carries, and no single failure cuts a VM off.',
    'seed-ib-software-ha',
  )
    .server('servers', 'srv-blade-2007', 'Blade servers', 0, 200, { count: SERVERS, vms: VMS, adapters: [['hca1', 'hca-infinihost3-ddr'], ['hca2', 'hca-infinihost3-ddr']] })
    .node('leafA', 'sw-ib-ddr-24', 'IB leaf switches, rail A', 300, 80, 8)
    .node('leafB', 'sw-ib-ddr-24', 'IB leaf switches, rail B', 300, 320, 8)
    .link(port('servers', 'hca1'), bus('leafA'))
    .link(port('servers', 'hca2'), bus('leafB'));
  return ibFabric(b, { spines: 4, leafUplinkLanes: 1, leaves: ['leafA', 'leafB'] }).build();
}

export function seedScenario2(): Design {
  return new DesignBuilder(
    'GigE LAN + InfiniBand storage and server-to-server, 128 servers',
    '128 rack servers, 16 VMs each. Two GigE NICs per server stay for the LAN; one InfiniHost III DDR HCA carries VM migration, server-to-server traffic and block storage to InfiniBand (SRP) storage arrays. Software IOV: up to 12 Gb/s of block I/O per HCA. It meets its workload in native mode; in software and pass-through modes the virtual switch limits server-to-server traffic over IPoIB.',
    'seed-scenario-2',
  )
    .server('servers', 'srv-rack2u-2007', 'Servers', 0, 200, {
      count: SERVERS,
      vms: VMS,
      adapters: [['nic1', 'nic-gige-1p', ['lan']], ['nic2', 'nic-gige-1p', ['lan']], ['hca1', 'hca-infinihost3-ddr', ['ipc', 'san']]],
    })
    .node('eth', 'sw-gige-48', 'GigE access switches', 360, 20, 8)
    .node('lan', 'net-lan-gige', 'Existing LAN', 760, 20)
    .node('leaf', 'sw-ib-ddr-24', 'IB leaf switches', 360, 300, 8)
    .node('spine', 'sw-ib-ddr-24', 'IB spine switches', 620, 300, 2)
    .node('ibsan', 'st-ib-srp-array', 'InfiniBand SRP storage', 900, 300, 2)
    .link(port('servers', 'nic1'), bus('eth'))
    .link(port('servers', 'nic2'), bus('eth'))
    .link(bus('eth'), bus('lan'), { lanes: 8, lengthM: 30 })
    .link(port('servers', 'hca1'), bus('leaf'))
    .link(bus('leaf'), bus('spine'), { mesh: true, lanes: 2, lengthM: 10 })
    .link(bus('spine'), bus('ibsan'), { lanes: 2, lengthM: 10 })
    .build();
}
