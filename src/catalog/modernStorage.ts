import type { StoragePart } from '../domain';
import { EST } from './modern/helpers';

/**
 * Current storage arrays. Each says which block transports it serves (`serves`, with its source);
 * a VM's storage flow uses the best one its adapter runs in the mode (docs/model.md §14). Service
 * times are the array's own, without a transport's target stack (catalog/storageTransports.ts).
 */
export const MODERN_STORAGE: StoragePart[] = [
  {
    kind: 'storage', id: 'st-fc-nvme-32g', name: 'All-flash array, 8 × 32G FC', era: 'modern', protocol: 'fc',
    ports: 8, portDataGbps: 25.6, throughputMBps: 20000, serviceLatencyUs: 150, priceUsd: 250000, powerW: 1200,
    sources: { throughputMBps: 'mid-range all-flash (estimate)', priceUsd: EST },
  },
  {
    kind: 'storage', id: 'st-ib-nvmeof-hdr', name: 'NVMe-oF array, 4 × HDR InfiniBand', era: 'modern', protocol: 'infiniband',
    ports: 4, portDataGbps: 200, throughputMBps: 60000, serviceLatencyUs: 80, priceUsd: 300000, powerW: 1500, serves: ['nvme-rdma', 'srp'],
    sources: {
      throughputMBps: 'NVMe-oF RDMA array (estimate)',
      serves: 'NVMe-oF over InfiniBand verbs (Linux nvmet-rdma target), and SRP for hosts whose software has no NVMe-oF initiator (Linux ib_srpt), as its name says; until 2026-12 it served SRP only',
      priceUsd: EST,
    },
  },
  {
    kind: 'storage', id: 'st-eth-nvmetcp-100g', name: 'NVMe/TCP array, 4 × 100GbE', era: 'modern', protocol: 'ethernet',
    ports: 4, portDataGbps: 100, throughputMBps: 40000, serviceLatencyUs: 87, priceUsd: 280000, powerW: 1400, serves: ['nvme-tcp'],
    sources: {
      throughputMBps: 'NVMe/TCP all-flash array over Ethernet (estimate)',
      serviceLatencyUs: '100 µs with its target stack, as before NVMe/TCP had figures of its own: 87 + the NVMe/TCP target stack (13 µs) keeps every design’s numbers',
      serves: 'NVMe/TCP only (NVMe TP 8000 target on standard Ethernet ports)',
      priceUsd: EST,
    },
  },
  {
    kind: 'storage', id: 'st-eth-nvmeof-100g', name: 'NVMe-oF array, 4 × 100GbE (NVMe/RDMA + NVMe/TCP)', era: 'modern', protocol: 'ethernet',
    ports: 4, portDataGbps: 100, throughputMBps: 40000, serviceLatencyUs: 80, priceUsd: 300000, powerW: 1400, serves: ['nvme-rdma', 'nvme-tcp'],
    sources: {
      throughputMBps: 'all-flash NVMe-oF array over Ethernet (estimate)',
      serviceLatencyUs: 'as the InfiniBand NVMe-oF array’s back end (estimate): the transports differ only in their stacks',
      serves: 'NVMe-oF over RoCEv2 and NVMe/TCP on the same Ethernet ports, as current all-flash arrays offer (e.g. Pure Storage FlashArray: NVMe/RoCE and NVMe/TCP; vendor docs)',
      priceUsd: EST,
    },
  },
  {
    kind: 'storage', id: 'st-ib-nvmerdma-ndr', name: 'NVMe/RDMA array, 4 × NDR InfiniBand', era: 'modern', protocol: 'infiniband',
    ports: 4, portDataGbps: 400, throughputMBps: 80000, serviceLatencyUs: 80, priceUsd: 350000, powerW: 1600, serves: ['nvme-rdma', 'srp'],
    sources: {
      throughputMBps: 'NVMe-oF RDMA array (estimate)',
      serves: 'NVMe-oF over InfiniBand verbs (Linux nvmet-rdma target), and SRP for hosts whose software has no NVMe-oF initiator (Linux ib_srpt)',
      priceUsd: EST,
    },
  },
  {
    kind: 'storage', id: 'st-eth-iscsi-25g', name: 'iSCSI array, 8 × 25GbE', era: 'modern', protocol: 'ethernet',
    ports: 8, portDataGbps: 25, throughputMBps: 10000, serviceLatencyUs: 150, priceUsd: 90000, powerW: 900, serves: ['iscsi'],
    sources: {
      throughputMBps: 'mid-range array over iSCSI (estimate)',
      serviceLatencyUs: 'as the FC all-flash array’s (SCSI target, estimate)',
      serves: 'iSCSI target (RFC 7143) on standard Ethernet ports',
      priceUsd: EST,
    },
  },
];
