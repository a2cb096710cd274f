import type { Design, IovMode, Workload } from '../domain';
import { bus, DesignBuilder, port, sideA, sideB } from './builder';

/**
 * Today's datacenter (docs/model.md §14): the same 32 current servers, 32 VMs each, once on
 * 100GbE and once on HDR InfiniBand, so that Compare puts one against the other. The VM is the
 * sizing wizard's current one: 0.5 Gb/s LAN, 40 MB/s SAN, 1 Gb/s server-to-server, 2 GHz, 8 GB.
 */
const SERVERS = 32;
const VMS = 32;

export const MODERN_ETHERNET_ID = 'modern-ethernet-100g';
export const MODERN_INFINIBAND_ID = 'modern-infiniband-hdr';

const modernVm = (d: Design): Design => {
  const vm: Workload = { id: 'default', name: 'Current server VM', lanMbps: 500, sanMBps: 40, ipcMbps: 1000, cpuGhz: 2, memoryGb: 8, ibTransport: 'rdma' };
  return { ...d, workloads: [vm] };
};

interface Fabric {
  name: string;
  description: string;
  id: string;
  /** The mode the template opens in: the one it is about. */
  mode: IovMode;
  adapter: [id: string, partId: string];
  switchPart: string;
  /** How the switches are labelled ("100GbE leaf switches"). */
  rate: string;
}

/** The 32 servers, one adapter each, on two leaves meshed to two spines of the fabric's switch part. */
function serversOnLeafSpine({ name, description, id, mode, adapter, switchPart, rate: fabric }: Fabric): DesignBuilder {
  return new DesignBuilder(name, description, id)
    .mode(mode)
    .server('servers', 'srv-1u-2024', 'Servers', 0, 160, { count: SERVERS, vms: VMS, adapters: [adapter] })
    .node('leaf', switchPart, `${fabric} leaf switches`, 300, 160, 2)
    .node('spine', switchPart, `${fabric} spine switches`, 600, 160, 2)
    .link(port('servers', adapter[0]), bus('leaf'))
    .link(bus('leaf'), bus('spine'), { mesh: true, lanes: 8, lengthM: 10 });
}

export function modernEthernet(): Design {
  return modernVm(
    serversOnLeafSpine({
      name: 'Virtualization today: 100GbE, NVMe/TCP, 32 servers',
      description:
        '32 current 1U servers (2 × 32 cores), 32 VMs each, one 100GbE NIC (ConnectX-6 Dx class) per server on a leaf–spine of 32-port 100GbE switches, the LAN and two NVMe/TCP all-flash arrays on the spines. Each server asks 58 Gb/s (0.5 Gb/s LAN, 40 MB/s SAN, 1 Gb/s server-to-server per VM). It meets its workload in pass-through and offload modes: SR-IOV and offloaded virtio (vDPA) carry it at line rate. In software mode today’s kernel virtual switch carries 44.8 Gb/s per port (4 vhost queues at 0.25 GHz per Gb/s), so server-to-server traffic falls short; native falls back to software (the NIC has no paravirtual bypass). Compare it with the InfiniBand template: the same servers and VMs on HDR InfiniBand with native storage.',
      id: MODERN_ETHERNET_ID,
      mode: 'offload',
      adapter: ['nic', 'nic-100gbe-2p'],
      switchPart: 'sw-100gbe-32',
      rate: '100GbE',
    })
      .node('lan', 'net-lan-100gbe', 'Existing LAN', 900, 40)
      .node('nvme', 'st-eth-nvmetcp-100g', 'NVMe/TCP arrays', 900, 320, 2)
      .link(bus('spine'), bus('lan'), { lanes: 4, lengthM: 30 })
      .link(bus('spine'), bus('nvme'), { mesh: true, lanes: 2, lengthM: 10 })
      .build(),
  );
}

export function modernInfiniband(): Design {
  return modernVm(
    serversOnLeafSpine({
      name: 'InfiniBand today: HDR, native NVMe-oF, 32 servers',
      description:
        'The same 32 servers and VMs as the 100GbE template, each with one HDR InfiniBand HCA (ConnectX-6 class, 200 Gb/s) on a leaf–spine of 40-port HDR switches; an IB↔Ethernet gateway to the LAN and an NVMe-oF array on the InfiniBand fabric (NVMe/RDMA). It meets its workload in native and pass-through modes: server-to-server traffic runs over RDMA, LAN over IPoIB (60 Gb/s stack). In software mode today’s kernel virtual switch carries 44.8 Gb/s per port and server-to-server traffic falls short; the HCA has no offloaded virtio, so offload falls back to software. Compare it with the 100GbE template.',
      id: MODERN_INFINIBAND_ID,
      mode: 'native',
      adapter: ['hca', 'hca-cx6-hdr'],
      switchPart: 'sw-ib-hdr-40',
      rate: 'HDR',
    })
      .node('gw', 'gw-ib-eth-hdr', 'IB↔Ethernet gateway', 900, 40)
      .node('lan', 'net-lan-200gbe', 'Existing LAN', 1200, 40)
      .node('nvme', 'st-ib-nvmeof-hdr', 'NVMe-oF array (InfiniBand)', 900, 320)
      .link(bus('spine'), sideA('gw'), { lanes: 4, lengthM: 10 })
      .link(sideB('gw'), bus('lan'), { lanes: 4, lengthM: 30 })
      .link(bus('spine'), bus('nvme'), { lanes: 2, lengthM: 10 })
      .build(),
  );
}
