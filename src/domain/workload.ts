import { z } from 'zod';
import { IbTransportSchema } from './iov';

/** What each VM on a server asks of the I/O and the CPU. */
export const WorkloadSchema = z.object({
  id: z.string().min(1).max(60),
  name: z.string().min(1).max(120),
  /** LAN demand per VM, Mb/s (to the existing network). */
  lanMbps: z.number().finite().nonnegative().max(1e6),
  /** SAN demand per VM, MB/s (block storage). */
  sanMBps: z.number().finite().nonnegative().max(1e6),
  /** Server-to-server demand per VM (IPC, VM migration), Mb/s. */
  ipcMbps: z.number().finite().nonnegative().max(1e6),
  /** Application CPU per VM, GHz. */
  cpuGhz: z.number().finite().nonnegative().max(1000),
  /** Memory per VM, GB. */
  memoryGb: z.number().finite().min(0.001).max(100000),
  /** How VMs use InfiniBand for IPC where the mode allows it. */
  ibTransport: IbTransportSchema,
  /** Optional per-VM rate cap (pass-through QoS), Mb/s per flow. */
  qosCapMbps: z.number().finite().min(0.001).max(1e6).optional(),
});
export type Workload = z.infer<typeof WorkloadSchema>;
