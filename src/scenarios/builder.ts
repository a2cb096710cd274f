import {
  adapterHandle,
  DEFAULT_SETTINGS,
  DESIGN_FORMAT,
  DESIGN_VERSION,
  DesignSchema,
  type Design,
  type DesignLink,
  type DesignNode,
  type FlowKind,
  type Settings,
  type Workload,
} from '../domain';
import { DEFAULT_CATALOG } from '../catalog';
import { layeredPositions } from '../layout';

/**
 * The seed-era VM of the templates: a consolidated server of 2007 with modest LAN and SAN traffic
 * (the existing LAN uplinks and FC SAN carry every VM's average) and heavy server-to-server
 * traffic (clustering, VM migration: whitepaper Scenario II). Its application CPU is calibrated to seed
 * Table 2 ("30–50% more VMs per server" in native IOV).
 */
export function defaultWorkload(): Workload {
  return {
    id: 'default',
    name: 'Consolidated server VM (2007)',
    lanMbps: 15,
    sanMBps: 2,
    ipcMbps: 300,
    cpuGhz: 0.77,
    memoryGb: 1,
    ibTransport: 'rdma',
  };
}

type End = [nodeId: string, handle: string];

/** Small fluent helper so templates read like the figures they reproduce. */
export class DesignBuilder {
  private readonly nodes: DesignNode[] = [];
  private readonly links: DesignLink[] = [];
  private settings: Settings = { ...DEFAULT_SETTINGS };

  constructor(
    private readonly name: string,
    private readonly description: string,
    private readonly templateId?: string,
  ) {}

  mode(mode: Settings['mode']): this {
    this.settings = { ...this.settings, mode };
    return this;
  }

  node(id: string, partId: string, label: string, x: number, y: number, count = 1): this {
    this.nodes.push({ id, partId, label, position: { x, y }, count });
    return this;
  }

  server(
    id: string,
    partId: string,
    label: string,
    x: number,
    y: number,
    opts: { count: number; vms: number; adapters: Array<[adapterId: string, partId: string, roles?: FlowKind[]]> },
  ): this {
    this.nodes.push({
      id,
      partId,
      label,
      position: { x, y },
      count: opts.count,
      vmsPerServer: opts.vms,
      workloadId: 'default',
      adapters: opts.adapters.map(([aid, pid, roles]) => (roles ? { id: aid, partId: pid, roles } : { id: aid, partId: pid })),
    });
    return this;
  }

  link(a: End, b: End, opts: { lanes?: number; mesh?: boolean; lengthM?: number } = {}): this {
    const link: DesignLink = {
      id: `l${this.links.length + 1}`,
      a: { node: a[0], handle: a[1] },
      b: { node: b[0], handle: b[1] },
      lanes: opts.lanes ?? 1,
      lengthM: opts.lengthM ?? 3,
    };
    if (opts.mesh) link.mesh = true;
    this.links.push(link);
    return this;
  }

  /**
   * The design, laid out left to right by role (layout/layered.ts) so templates open tidy; the
   * x, y given to node() are kept only with `keepPositions` (stress designs drawn on a grid).
   */
  build(opts: { keepPositions?: boolean } = {}): Design {
    const placed = opts.keepPositions ? null : layeredPositions({ nodes: this.nodes, links: this.links }, DEFAULT_CATALOG);
    const doc: Design = {
      format: DESIGN_FORMAT,
      version: DESIGN_VERSION,
      name: this.name,
      description: this.description,
      nodes: placed ? this.nodes.map((n) => ({ ...n, position: placed.get(n.id) ?? n.position })) : this.nodes,
      links: this.links,
      workloads: [defaultWorkload()],
      settings: this.settings,
      priceList: {},
      customParts: [],
    };
    if (this.templateId) doc.templateId = this.templateId;
    return DesignSchema.parse(doc);
  }
}

export const port = (nodeId: string, adapterId: string, p = 0): End => [nodeId, adapterHandle(adapterId, p)];
export const bus = (nodeId: string): End => [nodeId, 'p'];
export const sideA = (nodeId: string): End => [nodeId, 'A'];
export const sideB = (nodeId: string): End => [nodeId, 'B'];
