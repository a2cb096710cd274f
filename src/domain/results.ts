import type { FlowKind, IovMode, Transport } from './iov';

/** Summary of a per-VM series. */
export interface Stat {
  /** How many VMs have such a flow (0: none — show "—", not 0). */
  n: number;
  min: number;
  median: number;
  max: number;
  mean: number;
}

export type Severity = 'error' | 'warning' | 'info';

/** Something the user should know about the design, with where it is. */
export interface Finding {
  code:
    | 'unconnected-port'
    | 'no-lan-path'
    | 'no-san-path'
    | 'no-ipc-path'
    | 'slot-overflow'
    | 'port-overflow'
    | 'rate-mismatch'
    | 'protocol-mismatch'
    | 'unsupported-mode'
    | 'cpu-overcommit'
    | 'memory-overcommit'
    | 'vm-limit'
    | 'no-vms'
    | 'lossless-fabric'
    | 'cable-reach'
    | 'no-san-transport'
    | 'empty-design'
    | 'too-large';
  severity: Severity;
  message: string;
  nodeId?: string;
  adapterId?: string;
  linkId?: string;
}

/** An adapter that cannot run the requested mode and what it does instead. */
export interface Fallback {
  nodeId: string;
  adapterId: string;
  adapterPart: string;
  adapterName: string;
  requested: IovMode;
  effective: IovMode;
  reason: string;
}

/** docs/model.md §14: the block transport a server group's storage flows use to one array. */
export interface SanTransportUse {
  nodeId: string;
  storageNodeId: string;
  transport: Transport;
  /** Storage flows (one per VM) that use it. */
  flows: number;
}

/** docs/model.md §5: what a server's VMs can push through one adapter when the fabric is not the limit. */
export interface HostPathEntry {
  adapterPart: string;
  adapterName: string;
  transport: Transport;
  gbps: number;
  /** What sets the figure: "virtual switch CPU", "PCIe bus", "port rate", "IPoIB stack". */
  limitedBy: string;
}

export type ResourceKind =
  | 'link'
  | 'bus'
  | 'host-path'
  | 'gateway'
  | 'storage'
  | 'backplane'
  | 'qos';

export interface Bottleneck {
  resource: string;
  label: string;
  kind: ResourceKind;
  nodeId?: string;
  linkId?: string;
  utilization: number;
  /** Flows this resource froze (the ones it limits). */
  flows: number;
  /**
   * The busiest instance the row stands for — member, adapter port or cable of a group — as a
   * person finds it on the rack: "\"IB leaf switches\" #3 port 17 → \"IB spine switches\" #1 port 3, 2 lanes".
   */
  busiest?: string;
  /** Instances (members, ports or cables) the row stands for, and how many run at its utilization. */
  instances?: number;
  atPeak?: number;
}

export interface Unreachable {
  kind: FlowKind;
  nodeId: string;
  /** VMs (over all members of the group) whose flow of this kind has no path. */
  vms: number;
  reason: string;
}

export interface DensityGroup {
  nodeId: string;
  label: string;
  /** VMs per server the design plans, and how many fit (CPU, memory, virtual functions). */
  planned: number;
  fit: number;
  /** Servers in the group. */
  servers?: number;
  limitedBy: 'cpu' | 'memory' | 'adapter-vms';
  cpuGhzPerVm: number;
  ioGhzPerVm: number;
  /** CPU a poll-mode virtual switch reserves on each server, GHz: taken from what VMs can use. */
  vswitchReservedGhz?: number;
  /** The adapter whose per-VM functions bound the fit in this mode: its limit and where it comes from. */
  adapterLimit?: { partName: string; limit: number; what: 'virtual functions' | 'offloaded virtio devices'; source: string };
}

export interface CostResult {
  capexUsd: number;
  capexByCategoryUsd: { adapters: number; switches: number; gateways: number; cables: number; servers: number; storage: number };
  maintenanceUsdPerYear: number;
  energyUsdPerYear: number;
  tcoUsd: number;
  /** TCO ÷ the VMs that run (planned, capped by what fits); null when no VM runs. */
  perVmUsd: number | null;
  years: number;
}

export interface PowerResult {
  /** Server adapters + gateways, the way the seed counts "I/O power". */
  ioW: number;
  /** Switches. */
  fabricW: number;
  totalW: number;
  byCategoryW: { adapters: number; switches: number; gateways: number; cables: number; servers: number; storage: number };
}

export interface PortsResult {
  /** Cabled adapter ports per server (mean over servers). */
  perServer: number;
  adapters: number;
  cables: number;
  switchPorts: number;
  serverPorts: number;
}

/** Table 3's qualitative rows: true when every adapter's effective mode keeps the property. */
export interface Qualitative {
  legacyIoInVms: boolean;
  managementTransparency: boolean;
  liveMigration: boolean;
}

export interface LinkLoad {
  utilization: number;
  loadGbps: number;
  capacityGbps: number;
}

/**
 * Per-VM series, compact for the worker boundary (typed arrays are transferred, not cloned).
 * Index i is VM i; `server` gives the design node index of its server group.
 */
export interface PerVmSeries {
  server: Uint32Array;
  lanGbps: Float64Array;
  sanMBps: Float64Array;
  ipcGbps: Float64Array;
  lanLatencyUs: Float64Array;
  sanLatencyUs: Float64Array;
  ipcLatencyUs: Float64Array;
}

export interface QueueingHop {
  /** "cable "FC switches" #2 port 27 → "Existing FC SAN storage" #1 port 1". */
  where: string;
  utilization: number;
  /** The slowest flow's loaded and unloaded latency, and what this hop's queue adds, µs. */
  loadedUs: number;
  unloadedUs: number;
  addedUs: number;
}

export interface ModeResult {
  mode: IovMode;
  /** True when every adapter runs the requested mode (no fallbacks). */
  supported: boolean;
  fallbacks: Fallback[];
  vm: {
    count: number;
    lanGbps: Stat;
    sanMBps: Stat;
    ipcGbps: Stat;
    latencyUs: { lan: Stat; san: Stat; ipc: Stat };
    loadedLatencyUs: { lan: Stat; san: Stat; ipc: Stat };
    /**
     * Where a loaded latency more than twice the unloaded one comes from, per flow kind: the hop
     * whose queue adds the most delay to the slowest flow of that kind, and how busy it is.
     */
    queueing?: Partial<Record<'lan' | 'san' | 'ipc', QueueingHop>>;
    /** What the workload asks per VM (the same in every mode): LAN and server-to-server Gb/s, SAN MB/s. */
    demand?: { lanGbps: Stat; sanMBps: Stat; ipcGbps: Stat };
    /**
     * Per kind, the VMs that get less than they ask (no path counts as 0): how many, and the least
     * and most such a VM gets, in the kind's unit.
     */
    short?: Record<FlowKind, { vms: number; min: number; max: number }>;
  };
  totals: { lanGbps: number; sanMBps: number; ipcGbps: number };
  perVm: PerVmSeries;
  hostPath: HostPathEntry[];
  /** Which block transport each server group's storage flows use, per array (absent in results saved before). */
  sanTransports?: SanTransportUse[];
  density: {
    vmsPerServer: number;
    groups: DensityGroup[];
    /** VMs the design plans, over all servers. */
    vmsPlanned?: number;
    /** VMs that run: planned, capped by what fits, per server group. Cost per VM divides by this. */
    vmsRunning?: number;
  };
  cost: CostResult;
  power: PowerResult;
  ports: PortsResult;
  qualitative: Qualitative;
  bottlenecks: Bottleneck[];
  unreachable: Unreachable[];
  findings: Finding[];
  links: Record<string, LinkLoad>;
  flows: number;
  constraints: number;
}

/**
 * What each VM could get, per flow kind, pushing that kind as hard as it can while the other kinds
 * keep their planned demand (one run per kind the workload has), per mode. Never below delivered.
 */
export interface CapabilityResult {
  mode: IovMode;
  vm: Pick<ModeResult['vm'], 'lanGbps' | 'sanMBps' | 'ipcGbps'>;
  /** The tightest VM's capability ÷ its demand, per kind (null: no VM asks for that kind). */
  headroom: Record<FlowKind, number | null>;
  /** Per VM, as `ModeResult.perVm` (−1: no such flow, or the VM does not run). */
  perVm: Pick<PerVmSeries, 'lanGbps' | 'sanMBps' | 'ipcGbps'>;
}

export interface SimulationResult {
  designName: string;
  saturate: boolean;
  modes: ModeResult[];
  /** Capability per mode, once computed (same design, same worker, right after the delivered result). */
  capability?: CapabilityResult[];
  /** Findings that hold whatever the mode. */
  findings: Finding[];
  elapsedMs: number;
}
