import { DEFAULT_CATALOG, MODEL_PARAMS } from '../catalog';
import { VSWITCHES } from '../catalog/vswitch';
import { TRANSPORT_LABEL, type Design, type IovMode, type ModeResult, type StoragePart, type Transport } from '../domain';
import { simulate } from '../sim';
import type { ClaimResult } from './claims';
import { modernEthernet, modernInfiniband } from './modernTemplates';
import { tinyEthDesign, tinyEthStorageDesign } from './testDesigns';

/**
 * docs/model.md §15: published figures of today's I/O virtualization, each measured by the
 * simulator on the modern templates or a one-server design — as the whitepaper's claims are
 * (claims.ts). Every `measured` comes out of `simulate`; the claim names its source.
 */
const modeOf = (d: Design, mode: IovMode, saturate = false): ModeResult => simulate(d, { modes: [mode], saturate }).modes[0]!;
const within = (v: number, lo: number, hi: number): boolean => v >= lo - 1e-9 && v <= hi + 1e-9;
const fmt = (v: number, digits = 1): string => v.toFixed(digits);
const yes = (b: boolean): string => (b ? 'yes' : 'no');

export function checkModernClaims(): ClaimResult[] {
  const out: ClaimResult[] = [];
  const add = (id: string, claim: string, measured: string, accepted: string, pass: boolean): void => {
    out.push({ id, claim, measured, accepted, pass });
  };
  const eth = modernEthernet();
  const ib = modernInfiniband();
  const goodput = 100 * MODEL_PARAMS.protocolEfficiency.ethernet.value;
  const ethSw = modeOf(eth, 'software');
  const ethPt = modeOf(eth, 'passthrough');
  const ethOff = modeOf(eth, 'offload');
  const tcpPath = (m: ModeResult): number => m.hostPath.find((h) => h.transport === 'tcp')!.gbps;

  const perCore = tcpPath(ethSw) / VSWITCHES.kernel.coresPerPort.value;
  add(
    'M1',
    'Kernel OVS with vhost-net forwards ≈ 1 Mpps per core, ≈ 11–12 Gb/s of 1,500-byte frames (Emmerich et al., IEEE CloudNet 2014)',
    `${fmt(perCore, 2)} Gb/s per vhost core; ${fmt(tcpPath(ethSw))} Gb/s per 100GbE port over ${VSWITCHES.kernel.coresPerPort.value} queues`,
    '10–13 Gb/s per core',
    within(perCore, 10, 13),
  );

  const ptShare = tcpPath(ethPt) / goodput;
  add(
    'M2',
    'SR-IOV: a virtual function runs at line rate (Dong et al., HPCA 2010: 9.57 Gb/s on 10GbE)',
    `${fmt(tcpPath(ethPt), 2)} of ${fmt(goodput, 2)} Gb/s TCP goodput on a 100GbE port (${fmt(ptShare * 100)}%)`,
    '≥ 95% of goodput',
    ptShare >= 0.95,
  );

  const offRatio = tcpPath(ethOff) / tcpPath(ethSw);
  const swIo = ethSw.density.groups[0]!.ioGhzPerVm;
  const offIo = ethOff.density.groups[0]!.ioGhzPerVm;
  add(
    'M3',
    'OVS hardware offload (ASAP², vDPA) against kernel OVS: the eSwitch carries the datapath at line rate without host CPU (NVIDIA DOCA, “OVS Acceleration”)',
    `${fmt(tcpPath(ethOff))} vs ${fmt(tcpPath(ethSw))} Gb/s per port (${fmt(offRatio, 2)}×); host I/O CPU per VM ${fmt(offIo, 3)} vs ${fmt(swIo, 3)} GHz`,
    'offload ≥ 2 × kernel per 100GbE port; offload charges the guest stack only',
    offRatio >= 2 && offIo < swIo,
  );

  const perVmGbps = (eth.workloads[0]!.lanMbps + eth.workloads[0]!.ipcMbps) / 1000 + (eth.workloads[0]!.sanMBps * 8) / 1000;
  const saved = swIo - offIo;
  const more = ethOff.density.vmsPerServer / ethSw.density.vmsPerServer - 1;
  add(
    'M4',
    'A DPU or offloading NIC gives the host the cores the software switch used (NVIDIA BlueField-3: the switch runs on the DPU’s Arm cores or eSwitch)',
    `${fmt(saved, 3)} GHz per VM saved = ${fmt(perVmGbps, 2)} Gb/s × ${VSWITCHES.kernel.ghzPerGbps.value} GHz per Gb/s; ${ethOff.density.vmsPerServer} vs ${ethSw.density.vmsPerServer} VMs per server (+${fmt(more * 100, 0)}%)`,
    'saving = demand × the kernel switch’s GHz per Gb/s (±1e-9); more VMs per server',
    Math.abs(saved - perVmGbps * VSWITCHES.kernel.ghzPerGbps.value) < 1e-9 && more > 0,
  );

  const tcpSan = ethPt.vm.latencyUs.san.median;
  const rdmaSan = modeOf(ib, 'native').vm.latencyUs.san.median;
  add(
    'M5',
    'NVMe/TCP against NVMe over RDMA: 25–40 µs against 10–20 µs end to end, TCP adds ≈ 15–20 µs (nvme-tcp.com “NVMe/TCP vs NVMe/RDMA”; the model follows the added figure, not the absolute ones)',
    `SAN latency ${fmt(tcpSan)} µs (NVMe/TCP, 100GbE, pass-through) vs ${fmt(rdmaSan)} µs (NVMe-oF, HDR, native): +${fmt(tcpSan - rdmaSan)} µs`,
    'NVMe/TCP adds 10–30 µs',
    within(tcpSan - rdmaSan, 10, 30),
  );

  const small = { sanMBps: 0, ipcMbps: 0, lanMbps: 10, cpuGhz: 0.1, memoryGb: 1 };
  const vfFit = (nic: string): { fit: number; error: boolean } => {
    const m = modeOf(tinyEthDesign({ vms: 600, nic, workload: small }), 'passthrough');
    return { fit: m.density.vmsPerServer, error: m.findings.some((f) => f.code === 'vm-limit' && f.severity === 'error') };
  };
  const vfs = { 'ConnectX-7': vfFit('nic-400gbe-1p'), E810: vfFit('nic-e810-100gbe-2p'), 'Intel 82599': vfFit('nic-10gbe-2p'), 'ConnectX-4': vfFit('nic-25gbe-2p') };
  add(
    'M6',
    'Virtual functions per PF: ConnectX-7 127, E810 256, 82599 63, ConnectX-4 62 (NVIDIA firmware notes, MLNX_OFED; Linux ice and ixgbe drivers)',
    Object.entries(vfs).map(([k, v]) => `${k} ${v.fit}${v.error ? ' (error)' : ''}`).join(', '),
    'exactly, each an error finding beyond it',
    vfs['ConnectX-7'].fit === 127 && vfs.E810.fit === 256 && vfs['Intel 82599'].fit === 63 && vfs['ConnectX-4'].fit === 62 && Object.values(vfs).every((v) => v.error),
  );

  const migrates = (nic: string): boolean => modeOf(tinyEthDesign({ nic, workload: small }), 'passthrough').qualitative.liveMigration;
  const cx7 = migrates('nic-400gbe-1p');
  const cx6 = migrates('nic-100gbe-2p');
  const e810 = migrates('nic-e810-100gbe-2p');
  add(
    'M7',
    'Pass-through live migration only where the vendor supports it: ConnectX-7 in Ethernet mode (NVIDIA DOCA “SR-IOV Live Migration”; Linux mlx5_vfio_pci)',
    `ConnectX-7: ${yes(cx7)}; ConnectX-6 Dx: ${yes(cx6)}; E810: ${yes(e810)}`,
    'ConnectX-7 yes, the others no',
    cx7 && !cx6 && !e810,
  );

  const q = ethOff.qualitative;
  add(
    'M8',
    'Offloaded virtio keeps the standard virtio driver, the hypervisor’s control of the switch and live migration (Linux vDPA framework, QEMU vhost-vdpa)',
    `legacy I/O ${yes(q.legacyIoInVms)}, management transparency ${yes(q.managementTransparency)}, live migration ${yes(q.liveMigration)}; line rate ${fmt((tcpPath(ethOff) / goodput) * 100)}%`,
    'yes/yes/yes at ≥ 95% of goodput',
    q.legacyIoInVms && q.managementTransparency && q.liveMigration && tcpPath(ethOff) / goodput >= 0.95,
  );
  out.push(nvmeTransportsClaim());
  return out;
}

/**
 * M9: one server, one ConnectX-6 Dx class VF, one NVMe-oF array on Ethernet — once as it is
 * (NVMe/RDMA over RoCEv2), once as a copy that serves NVMe/TCP only: the same array, NIC and mode,
 * so the difference is the transport's alone.
 */
function nvmeTransportsClaim(): ClaimResult {
  const array = DEFAULT_CATALOG.byId.get('st-eth-nvmeof-100g') as StoragePart;
  const w = { lanMbps: 0, ipcMbps: 0, sanMBps: 500, cpuGhz: 2, memoryGb: 8 };
  const one = (serves: StoragePart['serves']): ModeResult => {
    const custom: StoragePart = { ...array, id: 'claim-array', serves };
    return modeOf(tinyEthStorageDesign({ custom, workload: w }), 'passthrough');
  };
  const rdma = one(array.serves);
  const tcp = one(['nvme-tcp']);
  const gbps = (w.sanMBps * 8) / 1000;
  const added = tcp.vm.latencyUs.san.median - rdma.vm.latencyUs.san.median;
  // I/O CPU per VM less its VF's share of a 2.8 GHz core, per Gb/s of storage traffic.
  const cpu = (m: ModeResult): number => (m.density.groups[0]!.ioGhzPerVm - MODEL_PARAMS.passthroughCorePerVm.value * 2.8) / gbps;
  const used = (m: ModeResult): Transport => m.sanTransports?.[0]?.transport ?? 'tcp';
  return {
    id: 'M9',
    claim: 'On the same array and NIC, NVMe/TCP adds ≈ 15–20 µs per I/O over NVMe/RDMA (nvme-tcp.com “NVMe/TCP vs NVMe/RDMA”: 25–40 against 10–20 µs) and costs the host its TCP stack, which RDMA offloads (NVIDIA “RDMA Aware Networks Programming”)',
    measured: `SAN latency ${fmt(tcp.vm.latencyUs.san.median, 2)} µs (${TRANSPORT_LABEL[used(tcp)]}) vs ${fmt(rdma.vm.latencyUs.san.median, 2)} µs (${TRANSPORT_LABEL[used(rdma)]}): +${fmt(added)} µs; host CPU ${fmt(cpu(tcp), 3)} vs ${fmt(cpu(rdma), 3)} GHz per Gb/s`,
    accepted: 'NVMe/TCP adds 15–20 µs; its CPU per Gb/s above NVMe/RDMA’s',
    pass: used(rdma) === 'nvme-rdma' && used(tcp) === 'nvme-tcp' && within(added, 15, 20) && cpu(tcp) > cpu(rdma),
  };
}
