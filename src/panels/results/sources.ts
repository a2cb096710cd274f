// Where the results' numbers come from, for the ⓘ tips next to section titles.
import { MODEL_NOTES, MODEL_PARAMS, STORAGE_STACKS, VSWITCHES } from '../../catalog';

const note = (title: string): string => MODEL_NOTES.find((n) => n.title === title)?.text ?? '';

export const SOURCES = {
  bandwidth: note('A flow-level model'),
  latency: note('Latency'),
  density: `${note('Density')} CPU per Gb/s: ${MODEL_PARAMS.ioGhzPerGbpsSource}.`,
  cost: note('I/O power and cost, as the seed counts them'),
  prices: note('Calibrated prices and watts'),
  hostPath: `Virtual switch, 2007 servers: ${MODEL_PARAMS.softwareNetGhzPerGbps.source}. Today's servers, kernel datapath: ${VSWITCHES.kernel.ghzPerGbps.source}; ${VSWITCHES.kernel.coresPerPort.source}. DMA remapping: ${MODEL_PARAMS.dmaRemapEfficiency.native.source}.`,
  sanTransport: `A VM's storage traffic uses the best transport its adapter runs in the mode that the array serves: NVMe/RDMA, then SRP, NVMe/TCP, iSCSI (RDMA on Ethernet needs a pass-through VF of a RoCE-capable NIC on a current host, and assumes a lossless fabric). NVMe/TCP: ${STORAGE_STACKS['nvme-tcp'].targetUs.source}. iSCSI: ${STORAGE_STACKS.iscsi.cpu.source}.`,
  qualitative: MODEL_PARAMS.qualitativeSource,
} as const;
