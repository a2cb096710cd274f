import type { Part } from '../domain';

/**
 * The seed's 2007 generation of parts. List prices and wattages of that era's NICs, HBAs, HCAs
 * and gateways are not published in the seed: they are "calibrated to whitepaper Table 1" — chosen
 * within the era's plausible range so that the 128-server templates reproduce Table 1's
 * $870,000 vs $352,000–$360,000 and 2300 W vs 1700 W. Replace them with your own price list.
 */
const CAL_T1 = 'calibrated to whitepaper Table 1 (128-server I/O cost and power); replace with your price list';
const PCIE_GEN1_X8 = 'InfiniHost III Ex on PCIe Gen1 x8: 1486 MB/s measured, two ports (Liu et al., HOTI’04 / IEEE Micro 2005)';

export const SEED_PARTS: Part[] = [
  // Servers
  {
    kind: 'server', id: 'srv-blade-2007', name: 'Blade server, 2 × quad-core 2.66 GHz (2007)', era: 'seed',
    formFactor: 'blade', slots: 2, cpuGhz: 21.28, coreGhz: 2.66, memoryGb: 32, priceUsd: 5200, powerW: 290,
    hypervisors: ['VMware ESX 3.5', 'Xen 3.x', 'Novell SLES 10 Xen'],
    sources: { slots: 'blade mezzanine: 2 slots (whitepaper Scenario I: not enough slots on blades)', cpuGhz: 'Xeon X5355: 4 cores × 2.66 GHz × 2 sockets', priceUsd: 'tier-1 OEM list, 2007 (estimate)' },
  },
  {
    kind: 'server', id: 'srv-rack2u-2007', name: '2U rack server, 6 PCIe slots (2007)', era: 'seed',
    formFactor: 'rack', slots: 6, cpuGhz: 21.28, coreGhz: 2.66, memoryGb: 32, priceUsd: 5900, powerW: 380,
    hypervisors: ['VMware ESX 3.5', 'Xen 3.x', 'Novell SLES 10 Xen'],
    sources: { slots: 'whitepaper figure 4: four GigE NICs and two FC HBAs per server', cpuGhz: 'Xeon X5355: 4 cores × 2.66 GHz × 2 sockets', priceUsd: 'tier-1 OEM list, 2007 (estimate)' },
  },
  // Adapters
  {
    kind: 'adapter', id: 'nic-gige-1p', name: 'GigE NIC, 1 port (PCIe x1)', era: 'seed', protocol: 'ethernet',
    ports: 1, portDataGbps: 1, portSignalGbps: 1.25, transports: ['tcp'], iovModes: ['software'],
    hostPath: { busGbps: 2 }, latencyUs: 15, priceUsd: 165, powerW: 2.9,
    sources: { portDataGbps: 'IEEE 802.3ab: 1 Gb/s data, 1.25 Gbaud', busGbps: 'PCIe Gen1 x1: 250 MB/s per direction', latencyUs: 'interrupt moderation, era (evan-jones.appspot.com/ethernet-latency.html)', iovModes: 'whitepaper: GigE NICs support software IOV only', priceUsd: CAL_T1, powerW: CAL_T1 },
  },
  {
    kind: 'adapter', id: 'nic-gige-2p', name: 'GigE NIC, 2 ports (PCIe x4)', era: 'seed', protocol: 'ethernet',
    ports: 2, portDataGbps: 1, portSignalGbps: 1.25, transports: ['tcp'], iovModes: ['software'],
    hostPath: { busGbps: 8 }, latencyUs: 15, priceUsd: 299, powerW: 4.5,
    sources: { portDataGbps: 'IEEE 802.3ab', busGbps: 'PCIe Gen1 x4', iovModes: 'whitepaper: software IOV only', priceUsd: CAL_T1, powerW: CAL_T1 },
  },
  {
    kind: 'adapter', id: 'nic-gige-4p', name: 'GigE NIC, 4 ports (PCIe x4)', era: 'seed', protocol: 'ethernet',
    ports: 4, portDataGbps: 1, portSignalGbps: 1.25, transports: ['tcp'], iovModes: ['software'],
    hostPath: { busGbps: 8 }, latencyUs: 15, priceUsd: 579, powerW: 7.5,
    sources: { portDataGbps: 'IEEE 802.3ab', busGbps: 'PCIe Gen1 x4', iovModes: 'whitepaper: software IOV only', priceUsd: CAL_T1, powerW: CAL_T1 },
  },
  {
    kind: 'adapter', id: 'hba-fc-2g', name: 'FC HBA 2 Gb/s, 1 port', era: 'seed', protocol: 'fc',
    ports: 1, portDataGbps: 1.6, portSignalGbps: 2.125, transports: ['fcp'], iovModes: ['software'],
    hostPath: { busGbps: 8 }, latencyUs: 10, priceUsd: 1499, powerW: 3.2,
    sources: { portDataGbps: 'FCIA: 2GFC = 200 MB/s per direction, 2.125 Gbaud', busGbps: 'PCI-X 133 MHz × 64 bit ≈ 1 GB/s', iovModes: 'whitepaper: FC HBAs support software IOV only', priceUsd: CAL_T1, powerW: CAL_T1 },
  },
  {
    kind: 'adapter', id: 'hba-fc-4g', name: 'FC HBA 4 Gb/s, 1 port', era: 'seed', protocol: 'fc',
    ports: 1, portDataGbps: 3.2, portSignalGbps: 4.25, transports: ['fcp'], iovModes: ['software'],
    hostPath: { busGbps: 16 }, latencyUs: 8, priceUsd: 1799, powerW: 4.8,
    sources: { portDataGbps: 'FCIA: 4GFC = 400 MB/s per direction, 4.25 Gbaud', iovModes: 'whitepaper: software IOV only', priceUsd: CAL_T1, powerW: CAL_T1 },
  },
  {
    kind: 'adapter', id: 'hca-infinihost3-ddr', name: 'InfiniHost III Ex DDR HCA, 2 ports', era: 'seed', protocol: 'infiniband',
    ports: 2, portDataGbps: 16, portSignalGbps: 20, transports: ['ipoib', 'rdma', 'srp'], iovModes: ['software', 'native'],
    hostPath: { busGbps: (1486 * 8) / 1000, ipoibGbps: 4.5 }, latencyUs: 1.9, priceUsd: 795, powerW: 9.5,
    sources: { portDataGbps: 'IBTA: DDR 4x = 20 Gb/s signalling, 16 Gb/s data (8b/10b)', busGbps: PCIE_GEN1_X8, ipoibGbps: 'IPoIB-UD on InfiniHost III ≈ 4–5 Gb/s; calibrated to whitepaper Table 2 (“up to five GigE”)', latencyUs: 'half of 3.8 µs verbs latency (Liu et al., HOTI’04)', iovModes: 'whitepaper: InfiniHost III supports software and native IOV', priceUsd: CAL_T1, powerW: CAL_T1 },
  },
  {
    kind: 'adapter', id: 'hca-connectx-ddr', name: 'ConnectX IB DDR HCA, 2 ports', era: 'seed', protocol: 'infiniband',
    ports: 2, portDataGbps: 16, portSignalGbps: 20, transports: ['ipoib', 'rdma', 'srp'], iovModes: ['software', 'native', 'passthrough'],
    hostPath: { busGbps: (1486 * 8) / 1000, ipoibGbps: 6 }, latencyUs: 1.2, maxVms: 256, priceUsd: 895, powerW: 9.8,
    sources: { portDataGbps: 'IBTA: DDR 4x', busGbps: 'PCIe Gen1 x8 as InfiniHost III (Liu et al.)', ipoibGbps: 'ConnectX stateless offloads (checksum, LSO) over InfiniHost III', latencyUs: 'ConnectX ≈ 1.2 µs (Mellanox, 2007)', maxVms: 'whitepaper: protection domains support hundreds of VMs', iovModes: 'whitepaper: ConnectX supports all three methods', priceUsd: CAL_T1, powerW: CAL_T1 },
  },
  // Switches
  {
    kind: 'switch', id: 'sw-gige-48', name: 'GigE switch, 48 ports', era: 'seed', protocol: 'ethernet',
    ports: 48, portDataGbps: 1, portSignalGbps: 1.25, forwarding: 'store-and-forward', hopLatencyUs: 3.5, priceUsd: 8995, powerW: 150,
    sources: { hopLatencyUs: 'store-and-forward: 12.3 µs serialization at 1 Gb/s (added per hop) + ≈ 2–5 µs', priceUsd: 'managed 48-port GigE, tier-1 list (estimate); calibrated to whitepaper Table 1' },
  },
  {
    kind: 'switch', id: 'sw-gige-24', name: 'GigE switch, 24 ports', era: 'seed', protocol: 'ethernet',
    ports: 24, portDataGbps: 1, portSignalGbps: 1.25, forwarding: 'store-and-forward', hopLatencyUs: 3.5, priceUsd: 4995, powerW: 90,
    sources: { hopLatencyUs: 'store-and-forward + ≈ 2–5 µs', priceUsd: 'tier-1 list (estimate)' },
  },
  {
    kind: 'switch', id: 'sw-fc-32-2g', name: 'FC switch 2 Gb/s, 32 ports', era: 'seed', protocol: 'fc',
    ports: 32, portDataGbps: 1.6, portSignalGbps: 2.125, forwarding: 'cut-through', hopLatencyUs: 2, priceUsd: 26000, powerW: 180,
    sources: { hopLatencyUs: 'FC fabric switch, cut-through ≈ 2 µs', priceUsd: '≈ $810 per 2G FC port (estimate); calibrated to whitepaper Table 1' },
  },
  {
    kind: 'switch', id: 'sw-fc-16-2g', name: 'FC switch 2 Gb/s, 16 ports', era: 'seed', protocol: 'fc',
    ports: 16, portDataGbps: 1.6, portSignalGbps: 2.125, forwarding: 'cut-through', hopLatencyUs: 2, priceUsd: 15000, powerW: 110,
    sources: { priceUsd: '≈ $940 per 2G FC port (estimate)' },
  },
  {
    kind: 'switch', id: 'sw-ib-ddr-24', name: 'InfiniBand DDR switch, 24 ports', era: 'seed', protocol: 'infiniband',
    ports: 24, portDataGbps: 16, portSignalGbps: 20, forwarding: 'cut-through', hopLatencyUs: 0.2, priceUsd: 16560, powerW: 110,
    sources: { hopLatencyUs: '≈ 200 ns (Cisco SFS 7000 Q&A)', priceUsd: 'DDR IB ≈ $690 per port (insideHPC reader survey, 2009)' },
  },
  {
    kind: 'switch', id: 'sw-ib-ddr-288', name: 'InfiniBand DDR director, 288 ports', era: 'seed', protocol: 'infiniband',
    ports: 288, portDataGbps: 16, portSignalGbps: 20, forwarding: 'cut-through', hopLatencyUs: 0.6, priceUsd: 198720, powerW: 2500,
    sources: { hopLatencyUs: 'three internal 24-port stages × ≈ 200 ns (Cisco SFS 7024 / Voltaire ISR 9288 class)', priceUsd: 'DDR IB ≈ $690 per port (insideHPC reader survey, 2009)', powerW: 'chassis datasheet class (estimate)' },
  },
  // Gateways
  {
    kind: 'gateway', id: 'gw-ib-eth-6', name: 'IB↔Ethernet gateway (1 DDR, 6 GigE)', era: 'seed',
    sideA: { protocol: 'infiniband', ports: 1, portDataGbps: 16 }, sideB: { protocol: 'ethernet', ports: 6, portDataGbps: 1 },
    throughputGbps: 6, latencyUs: 8, priceUsd: 4495, powerW: 35,
    sources: { sideB: 'gateway module with 6 GigE ports (Cisco SFS 3012 class)', latencyUs: 'IPoIB ↔ Ethernet bridging in the gateway (estimate)', priceUsd: CAL_T1, powerW: CAL_T1 },
  },
  {
    kind: 'gateway', id: 'gw-ib-fc-4', name: 'IB↔FC gateway (1 DDR, 4 × 2G FC)', era: 'seed',
    sideA: { protocol: 'infiniband', ports: 1, portDataGbps: 16 }, sideB: { protocol: 'fc', ports: 4, portDataGbps: 1.6 },
    throughputGbps: 6.4, latencyUs: 10, priceUsd: 5595, powerW: 35,
    sources: { sideB: 'SRP ↔ FCP gateway with 4 × 2G FC ports', latencyUs: 'SRP ↔ FCP translation (estimate)', priceUsd: CAL_T1, powerW: CAL_T1 },
  },
  // Storage
  {
    kind: 'storage', id: 'st-fc-array-2g', name: 'FC storage array, 8 × 2G ports', era: 'seed', protocol: 'fc',
    ports: 8, portDataGbps: 1.6, throughputMBps: 1600, serviceLatencyUs: 150, priceUsd: 120000, powerW: 900,
    sources: { throughputMBps: 'mid-range array back end (estimate)', serviceLatencyUs: 'cache hit, small block (estimate)' },
  },
  {
    kind: 'storage', id: 'st-ib-srp-array', name: 'InfiniBand SRP storage array, 4 DDR ports', era: 'seed', protocol: 'infiniband',
    ports: 4, portDataGbps: 16, throughputMBps: 3000, serviceLatencyUs: 120, priceUsd: 150000, powerW: 1000,
    sources: { throughputMBps: 'native IB storage (whitepaper Scenario II), ample back end (estimate)', serviceLatencyUs: 'cache hit, small block (estimate)' },
  },
  // Networks
  {
    kind: 'network', id: 'net-lan-gige', name: 'Existing LAN (GigE ports)', era: 'seed', protocol: 'ethernet',
    ports: 1000, portDataGbps: 1, priceUsd: 0, powerW: 0,
    sources: { priceUsd: 'existing infrastructure: not part of the I/O cost' },
  },
  // Cables
  {
    kind: 'cable', id: 'cab-cat5e', name: 'Cat5e copper patch cable', era: 'seed', protocol: 'ethernet', medium: 'copper', priceUsd: 10, powerW: 0,
    sources: { priceUsd: 'list (estimate)' },
  },
  {
    kind: 'cable', id: 'cab-fc-lc', name: 'FC LC–LC fibre + SFP', era: 'seed', protocol: 'fc', medium: 'optical', priceUsd: 120, powerW: 0,
    sources: { priceUsd: 'list incl. one SFP (estimate)' },
  },
  {
    kind: 'cable', id: 'cab-ib-cx4', name: 'InfiniBand 4x CX4 copper cable', era: 'seed', protocol: 'infiniband', medium: 'copper', priceUsd: 90, powerW: 0,
    sources: { priceUsd: 'passive copper 3 m (estimate)' },
  },
];
