// Which catalog parts a sized design uses, per fabric and era. The parts' own numbers (ports,
// rates, host-path caps) drive the arithmetic; this table only picks them.
import type { FlowKind, Protocol } from '../../domain';
import type { Era, Fabric } from './inputs';

/** Adapters of one kind in every server, and the flows they carry. */
export interface HostRole {
  adapterPartId: string;
  kinds: readonly FlowKind[];
}

/** What a fabric's border leaves carry besides the leaf uplinks. */
export type Service =
  | { type: 'lan'; networkPartId: string }
  | { type: 'storage'; storagePartId: string }
  | { type: 'lan-gateway'; gatewayPartId: string; networkPartId: string }
  | { type: 'san-gateway'; gatewayPartId: string; storagePartId: string };

export interface FabricProfile {
  /** Short name for ids and labels: "IB", "Ethernet", "FC". */
  name: string;
  id: string;
  protocol: Protocol;
  switchPartId: string;
  host: HostRole;
  services: readonly Service[];
}

export interface Profile {
  serverPartId: string;
  fabrics: readonly FabricProfile[];
}

const ALL: FlowKind[] = ['lan', 'san', 'ipc'];

/** Null when the combination has no parts in the catalog; `why` says so. */
export function profileFor(fabric: Fabric, era: Era): Profile | { why: string } {
  const seed = era === '2007';
  switch (fabric) {
    case 'gige-fc':
      return {
        serverPartId: seed ? 'srv-rack2u-2007' : 'srv-1u-2024',
        fabrics: [
          {
            name: 'Ethernet', id: 'eth', protocol: 'ethernet', switchPartId: seed ? 'sw-gige-48' : 'sw-25gbe-48',
            host: { adapterPartId: seed ? 'nic-gige-4p' : 'nic-25gbe-2p', kinds: ['lan', 'ipc'] },
            services: [{ type: 'lan', networkPartId: seed ? 'net-lan-gige' : 'net-lan-25gbe' }],
          },
          {
            name: 'FC', id: 'fc', protocol: 'fc', switchPartId: seed ? 'sw-fc-32-2g' : 'sw-fc-32g-48',
            host: { adapterPartId: seed ? 'hba-fc-2g' : 'hba-fc-32g', kinds: ['san'] },
            services: [{ type: 'storage', storagePartId: seed ? 'st-fc-array-2g' : 'st-fc-nvme-32g' }],
          },
        ],
      };
    case 'infiniband':
      if (!seed) {
        return { why: 'InfiniBand-to-FC gateways are a 2007 design and the catalog has no current one: for current parts choose native InfiniBand storage or converged Ethernet.' };
      }
      return {
        serverPartId: 'srv-blade-2007',
        fabrics: [
          {
            name: 'IB', id: 'ib', protocol: 'infiniband', switchPartId: 'sw-ib-ddr-24',
            host: { adapterPartId: 'hca-infinihost3-ddr', kinds: ALL },
            services: [
              { type: 'lan-gateway', gatewayPartId: 'gw-ib-eth-6', networkPartId: 'net-lan-gige' },
              { type: 'san-gateway', gatewayPartId: 'gw-ib-fc-4', storagePartId: 'st-fc-array-2g' },
            ],
          },
        ],
      };
    case 'infiniband-native-storage':
      return {
        serverPartId: seed ? 'srv-blade-2007' : 'srv-blade-2024',
        fabrics: [
          {
            name: 'IB', id: 'ib', protocol: 'infiniband', switchPartId: seed ? 'sw-ib-ddr-24' : 'sw-ib-hdr-40',
            host: { adapterPartId: seed ? 'hca-infinihost3-ddr' : 'hca-cx6-hdr', kinds: ALL },
            services: [
              { type: 'lan-gateway', gatewayPartId: seed ? 'gw-ib-eth-6' : 'gw-ib-eth-hdr', networkPartId: seed ? 'net-lan-gige' : 'net-lan-200gbe' },
              { type: 'storage', storagePartId: seed ? 'st-ib-srp-array' : 'st-ib-nvmeof-hdr' },
            ],
          },
        ],
      };
    case 'modern':
      if (seed) return { why: 'SR-IOV adapters came after 2007: converged Ethernet with SR-IOV uses current parts (era "modern").' };
      return {
        serverPartId: 'srv-1u-2024',
        fabrics: [
          {
            name: 'Ethernet', id: 'eth', protocol: 'ethernet', switchPartId: 'sw-100gbe-32',
            host: { adapterPartId: 'nic-100gbe-2p', kinds: ALL },
            services: [
              { type: 'lan', networkPartId: 'net-lan-100gbe' },
              { type: 'storage', storagePartId: 'st-eth-nvmetcp-100g' },
            ],
          },
        ],
      };
  }
}

/**
 * Pass-through needs adapters that do it: the seed's InfiniHost III does not, its successor
 * ConnectX (same era, same rates) does (MODEL.md §2).
 */
export function adapterForMode(adapterPartId: string, mode: string): string {
  return adapterPartId === 'hca-infinihost3-ddr' && mode === 'passthrough' ? 'hca-connectx-ddr' : adapterPartId;
}
