// The exports for the tools around the planner (containerlab, yEd, InfiniBand fabric checkers,
// the device map that cabling-sheet and NetBox imports read): one request → one file, as the
// Export menu's other formats (job.ts), so the app and the CLI write the same bytes.
import type { Catalog } from '../../catalog';
import type { Design } from '../../domain';
import { fileName } from '../export/filename';
import type { Scene } from '../export/scene';
import { containerlabTopology, LAB_MAX_NODES, type LabKinds } from './containerlab';
import { deviceMapOf } from './deviceMap';
import { renderGraphml } from './graphml';
import { ibnetdiscoverFile } from './ibnetdiscover';
import { netboxZip } from './netbox';

export const TOOL_FORMATS = ['clab', 'graphml', 'ibnet', 'netbox', 'devicemap'] as const;
export type ToolFormat = (typeof TOOL_FORMATS)[number];

export interface ToolExportOptions {
  /** containerlab: node kind (and image) per part class. */
  labKinds?: Partial<LabKinds>;
  /** containerlab: every server even past the lab size (default: the reduced copy). */
  labFull?: boolean;
}

interface ToolFile {
  bytes: Uint8Array;
  mime: string;
  fileName: string;
  note?: string;
  summary: string;
}

const encoder = new TextEncoder();
const count = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export function exportToolFormat(format: ToolFormat, design: Design, catalog: Catalog, now: number, scene: () => Scene, options: ToolExportOptions = {}): ToolFile {
  switch (format) {
    case 'clab': {
      const lab = containerlabTopology(design, catalog, { ...(options.labKinds ? { kinds: options.labKinds } : {}), ...(options.labFull ? { full: true } : {}) });
      const note = lab.reduced
        ? `The design has ${lab.reduced.fullNodes.toLocaleString('en-US')} lab nodes, more than a lab runs comfortably (${LAB_MAX_NODES}): this is a reduced copy with one server per leaf (${count(lab.reduced.droppedServers, 'server')} left out).`
        : undefined;
      return { bytes: encoder.encode(lab.yaml), mime: 'application/yaml', fileName: fileName(design.name, '', 'clab.yml'), summary: `${count(lab.nodes, 'node')}, ${count(lab.links, 'link')}`, ...(note ? { note } : {}) };
    }
    case 'graphml': {
      const s = scene();
      return { bytes: encoder.encode(renderGraphml(s, design)), mime: 'application/graphml+xml', fileName: fileName(design.name, '', 'graphml'), summary: `${count(s.nodes.length, 'part')}, ${count(s.cables.length, 'cable')}` };
    }
    case 'ibnet': {
      const f = ibnetdiscoverFile(design, catalog, new Date(now).toISOString());
      return { bytes: encoder.encode(f.text), mime: 'text/plain', fileName: fileName(design.name, 'ibnetdiscover', 'txt'), summary: `${count(f.switches, 'switch', 'switches')}, ${count(f.cas, 'channel adapter')}, ${count(f.cables, 'cable')}` };
    }
    case 'netbox': {
      const z = netboxZip(design, catalog, now);
      return { bytes: z.bytes, mime: 'application/zip', fileName: fileName(design.name, 'netbox', 'zip'), summary: `${count(z.summary.deviceTypes, 'device type')}, ${count(z.summary.devices, 'device')}, ${count(z.summary.cables, 'cable')}` };
    }
    case 'devicemap': {
      const map = deviceMapOf(design);
      return { bytes: encoder.encode(`${JSON.stringify(map, null, 2)}\n`), mime: 'application/json', fileName: fileName(design.name, 'devices', 'json'), summary: count(Object.keys(map.devices).length, 'device') };
    }
  }
}
