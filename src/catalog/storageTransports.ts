import type { Sourced } from './params';

/**
 * Today's block-storage transports (docs/model.md §14): what each costs at the host end and at
 * the array's end, each figure with its source. NVMe/TCP and iSCSI run over the host's TCP/IP
 * stack: their host-end latency is that stack's (the era's: 15 µs in 2007, 5 µs today) plus the
 * protocol's own layer, their CPU per Gb/s the stack's plus the protocol's share. NVMe/RDMA runs
 * over verbs: the adapter moves the data.
 *
 * Published end-to-end figures disagree (vendor-neutral guides: NVMe/RDMA 10–20 µs, NVMe/TCP
 * 25–40 µs, iSCSI 100–300 µs per I/O; other tables put both NVMe transports at 60–200 µs with the
 * drive). The model follows the differences, which the sources agree on: NVMe/TCP ≈ 15–20 µs
 * above NVMe/RDMA, iSCSI well above NVMe/TCP (its SCSI layers), and leaves the drive to the
 * array's service time.
 */
const s = <T>(value: T, source: string): Sourced<T> => ({ value, source });

export type StorageTransport = 'nvme-tcp' | 'nvme-rdma' | 'iscsi';

export interface StorageStack {
  /** Host end, µs: over TCP, what the protocol adds to the TCP stack; over RDMA, the whole stack. */
  hostUs: Sourced<number>;
  /** The array's end (its target stack), µs, added to the array's service time. */
  targetUs: Sourced<number>;
  /** Over TCP: host CPU added per Gb/s, as a fraction of the guest TCP stack's own; over RDMA: GHz per Gb/s. */
  cpu: Sourced<number>;
  /** Runs over the host's TCP/IP stack (and so through the virtual switch in software IOV). */
  overTcp: boolean;
}

const GAP = 'NVMe/TCP ≈ 15–20 µs per I/O above NVMe/RDMA (nvme-tcp.com “NVMe/TCP vs NVMe/RDMA”: 25–40 against 10–20 µs)';

export const STORAGE_STACKS: Record<StorageTransport, StorageStack> = {
  'nvme-tcp': {
    hostUs: s(0, 'the NVMe/TCP initiator is a thin PDU layer over the kernel socket (Linux drivers/nvme/host/tcp.c, NVMe TP 8000): its time is in the TCP stack’s figure'),
    targetUs: s(13, `the target's TCP stack and PDU handling, the rest of the measured gap once the host's TCP stack (5 µs today) is counted: ${GAP}; 5 + 13 − (1 + 1) = 16 µs`),
    cpu: s(0, 'the NVMe/TCP initiator is a thin layer over the kernel socket: its CPU per Gb/s is the TCP stack’s (Linux nvme-tcp sends with zero-copy sendpage; header and data digests off by default)'),
    overTcp: true,
  },
  iscsi: {
    hostUs: s(5, 'SCSI mid-layer and the iSCSI PDU layer over the socket, as FCP’s SCSI mid-layer (5 µs); software initiator (open-iscsi)'),
    targetUs: s(30, 'SCSI target emulation on the array: iSCSI measures 100–300 µs per I/O against NVMe/TCP’s 25–40 µs (nvme-storage.com latency reference points); estimate at the low end, the rest is the array’s service time'),
    cpu: s(0.5, 'a software iSCSI initiator adds SCSI command handling, per-PDU headers and CRC32C digests to the TCP stack: ≈ 1.5 × its CPU (estimate; an iSCSI offload engine cuts host CPU 10–15× against Open-iSCSI, IPSJ Trans. SLDM; a software initiator can take 35% of a server’s CPU, eWEEK Labs)'),
    overTcp: true,
  },
  'nvme-rdma': {
    hostUs: s(1, 'NVMe-oF host driver posting capsules as verbs; the wire and adapter time is in the adapter latency (NVM Express: NVMe-oF aims to add < 10 µs per I/O over local NVMe; estimate)'),
    targetUs: s(1, `target capsule handling over verbs, as the host's (estimate); ${GAP}`),
    cpu: s(0.02, 'the adapter places the data (RDMA): as RDMA’s 0.02 GHz per Gb/s (docs/model.md §7)'),
    overTcp: false,
  },
};

export const isStorageTransport = (t: string): t is StorageTransport => t in STORAGE_STACKS;

/** Target-stack latency at the array's end for a SAN flow that uses `t`, µs (0: in the array's service time, as before). */
export const targetStackUs = (t: string): number => (isStorageTransport(t) ? STORAGE_STACKS[t].targetUs.value : 0);
