import type { Design, Settings, StoragePart, Workload } from '../domain';
import { bus, DesignBuilder, port, sideA, sideB } from './builder';

/**
 * Small designs whose results can be checked by hand (used by the tests). One blade with an
 * InfiniHost III HCA on an IB switch, an IB↔Ethernet gateway to a LAN; optionally storage.
 */
export function tinyIbDesign(opts: { vms?: number; storage?: 'ib' | 'fc-no-gateway' | 'none'; workload?: Partial<Workload> } = {}): Design {
  const b = new DesignBuilder('Tiny IB', 'test design')
    .server('srv', 'srv-blade-2007', 'Server', 0, 0, { count: 1, vms: opts.vms ?? 2, adapters: [['hca', 'hca-infinihost3-ddr']] })
    .node('sw', 'sw-ib-ddr-24', 'IB switch', 200, 0)
    .node('gw', 'gw-ib-eth-6', 'Gateway', 400, 0)
    .node('lan', 'net-lan-gige', 'LAN', 600, 0)
    .link(port('srv', 'hca'), bus('sw'))
    .link(bus('sw'), sideA('gw'))
    .link(sideB('gw'), bus('lan'), { lanes: 6 });
  if (opts.storage === 'ib') b.node('st', 'st-ib-srp-array', 'IB storage', 400, 200).link(bus('sw'), bus('st'));
  if (opts.storage === 'fc-no-gateway') b.node('st', 'st-fc-array-2g', 'FC storage', 400, 200);
  const d = b.build();
  return opts.workload ? { ...d, workloads: [{ ...d.workloads[0]!, ...opts.workload }] } : d;
}

/**
 * One current 1U server (2 × 32 cores at 2.8 GHz) with one 100GbE NIC, one port cabled to a
 * 100GbE switch and on to a 100GbE LAN: the modern modes' figures can be worked out by hand.
 */
export function tinyEthDesign(opts: { vms?: number; servers?: number; nic?: string; vswitch?: Settings['vswitch']; workload?: Partial<Workload> } = {}): Design {
  const d = new DesignBuilder('Tiny Ethernet', 'test design')
    .server('srv', 'srv-1u-2024', 'Server', 0, 0, { count: opts.servers ?? 1, vms: opts.vms ?? 2, adapters: [['nic', opts.nic ?? 'nic-100gbe-2p']] })
    .node('sw', 'sw-100gbe-32', 'Ethernet switch', 200, 0)
    .node('lan', 'net-lan-100gbe', 'LAN', 400, 0)
    .link(port('srv', 'nic'), bus('sw'))
    .link(bus('sw'), bus('lan'))
    .build();
  const settings = opts.vswitch ? { ...d.settings, vswitch: opts.vswitch } : d.settings;
  return { ...d, settings, workloads: [{ ...d.workloads[0]!, ...opts.workload }] };
}

/**
 * One current 1U server, two VMs, one NIC (default: 100GbE ConnectX-6 Dx class, RoCEv2), one port
 * cabled (3 m) to a 100GbE switch and 3 m on to one storage array — a catalog part, or `custom`
 * (kept in the design's custom parts): a storage transport's figures can be worked out by hand.
 */
export function tinyEthStorageDesign(opts: { array?: string; custom?: StoragePart; nic?: string; vswitch?: Settings['vswitch']; workload?: Partial<Workload> }): Design {
  const d = new DesignBuilder('Storage transports', 'test design')
    .server('srv', 'srv-1u-2024', 'Server', 0, 0, { count: 1, vms: 2, adapters: [['nic', opts.nic ?? 'nic-100gbe-2p']] })
    .node('sw', 'sw-100gbe-32', 'Ethernet switch', 200, 0)
    .node('st', opts.custom?.id ?? opts.array ?? 'st-eth-nvmeof-100g', 'Array', 400, 0)
    .link(port('srv', 'nic'), bus('sw'))
    .link(bus('sw'), bus('st'))
    .build({ keepPositions: true });
  const settings = opts.vswitch ? { ...d.settings, vswitch: opts.vswitch } : d.settings;
  return { ...d, settings, workloads: [{ ...d.workloads[0]!, ...opts.workload }], customParts: opts.custom ? [opts.custom] : [] };
}
