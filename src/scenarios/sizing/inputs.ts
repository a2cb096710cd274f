// What the sizing wizard (and `sim generate`) asks: servers, VMs, workload, fabric, era, HA and
// oversubscription. Validated here once, for the app's form and the CLI's options alike.
import { z } from 'zod';
import { IovModeSchema } from '../../domain';

export const FABRICS = ['gige-fc', 'infiniband', 'infiniband-native-storage', 'modern'] as const;
export const FabricSchema = z.enum(FABRICS);
export type Fabric = z.infer<typeof FabricSchema>;

export const ERAS = ['2007', 'modern'] as const;
export const EraSchema = z.enum(ERAS);
export type Era = z.infer<typeof EraSchema>;

export const FABRIC_LABEL: Record<Fabric, string> = {
  'gige-fc': 'Ethernet + Fibre Channel',
  infiniband: 'InfiniBand with gateways to the LAN and FC SAN',
  'infiniband-native-storage': 'InfiniBand with native InfiniBand storage',
  modern: 'Converged Ethernet with SR-IOV',
};

/** In design names, where space is short. */
export const FABRIC_SHORT: Record<Fabric, string> = {
  'gige-fc': 'Ethernet + FC',
  infiniband: 'InfiniBand + gateways',
  'infiniband-native-storage': 'InfiniBand + IB storage',
  modern: 'SR-IOV Ethernet',
};

export const FABRIC_HINT: Record<Fabric, string> = {
  'gige-fc': 'Separate NICs and FC HBAs in every server, on separate Ethernet and FC switches.',
  infiniband: 'One HCA per server (two with HA) carries everything; IB↔Ethernet and IB↔FC gateways reach the existing LAN and SAN.',
  'infiniband-native-storage': 'HCAs carry everything; storage sits on the InfiniBand fabric (SRP or NVMe-oF); gateways only to the LAN.',
  modern: 'SR-IOV NICs carry LAN, server-to-server and NVMe/TCP storage traffic on one Ethernet fabric; VMs use virtual functions (pass-through).',
};

const count = (max: number) => z.number().int().min(1).max(max);
const rate = z.number().finite().nonnegative().max(100_000);

export const SizingInputSchema = z.object({
  servers: count(100_000),
  vmsPerServer: count(1000),
  /** Per VM: LAN Mb/s, SAN MB/s, server-to-server Mb/s (stored as in design files; typed and shown in Gb/s). */
  lanMbps: rate,
  sanMBps: rate,
  ipcMbps: rate,
  /** Application CPU per VM, GHz, and memory per VM, GB (density). */
  cpuGhz: z.number().finite().nonnegative().max(1000),
  memoryGb: z.number().finite().positive().max(100_000),
  fabric: FabricSchema,
  era: EraSchema,
  /** Two adapters (or ports) per server on separate switches, paired gateways and storage. */
  ha: z.boolean(),
  /** Leaf downlinks per uplink. */
  oversubscription: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** The IOV mode the host side is sized for (absent: the best every chosen adapter supports). */
  mode: IovModeSchema.optional(),
  /** Catalog part ids; absent: the era's default for the fabric. */
  serverPartId: z.string().max(80).optional(),
  switchPartId: z.string().max(80).optional(),
});
export type SizingInput = z.infer<typeof SizingInputSchema>;

/** A starting point a sales engineer can edit: the seed's 128 servers, or a current rack row. */
export function defaultSizingInput(era: Era = '2007', fabric: Fabric = 'infiniband'): SizingInput {
  return era === '2007'
    ? { servers: 128, vmsPerServer: 16, lanMbps: 15, sanMBps: 2, ipcMbps: 300, cpuGhz: 0.77, memoryGb: 1, fabric, era, ha: false, oversubscription: 1 }
    : { servers: 128, vmsPerServer: 32, lanMbps: 500, sanMBps: 40, ipcMbps: 1000, cpuGhz: 2, memoryGb: 8, fabric, era, ha: false, oversubscription: 1 };
}
