// Scene → a draw.io (diagrams.net) file: one vertex per part, one edge per cable, at the canvas's
// positions, with the cables' exit and entry points on the ports they use — so the diagram opens
// for editing in the tool a team already uses. Labels are plain text (html=0): never markup.
import type { Scene } from './scene';
import { escapeXml, n } from './xml';

const style = (pairs: Record<string, string | number>): string =>
  Object.entries(pairs)
    .map(([k, v]) => `${k}=${v}`)
    .join(';') + ';';

/** First and last point of an absolute path (where a cable leaves and reaches its nodes). */
function ends(d: string): [{ x: number; y: number }, { x: number; y: number }] | null {
  const nums = d.match(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi)?.map(Number) ?? [];
  if (nums.length < 4) return null;
  return [
    { x: nums[0]!, y: nums[1]! },
    { x: nums[nums.length - 2]!, y: nums[nums.length - 1]! },
  ];
}

const clamp01 = (v: number): number => Math.round(Math.min(1, Math.max(0, v)) * 1000) / 1000;

export function renderDrawio(scene: Scene, options: { modified: string }): string {
  const cellOf = new Map<string, string>();
  const cells: string[] = ['<mxCell id="0"/>', '<mxCell id="1" parent="0"/>'];
  scene.nodes.forEach((node, i) => {
    const id = `node-${i + 1}`;
    cellOf.set(node.id, id);
    const s = style({ rounded: 1, arcSize: 6, whiteSpace: 'wrap', html: 0, fillColor: '#ffffff', strokeColor: node.color, strokeWidth: 2, verticalAlign: 'top', align: 'left', spacingLeft: 8, spacingTop: 6, fontSize: 12 });
    const value = node.sub ? `${escapeXml(node.label)}&#10;${escapeXml(node.sub)}` : escapeXml(node.label);
    cells.push(
      `<mxCell id="${id}" value="${value}" style="${s}" vertex="1" parent="1"><mxGeometry x="${n(node.box.x)}" y="${n(node.box.y)}" width="${n(node.box.width)}" height="${n(node.box.height)}" as="geometry"/></mxCell>`,
    );
  });
  const byId = new Map(scene.nodes.map((nd) => [nd.id, nd]));
  scene.cables.forEach((c, i) => {
    const source = cellOf.get(c.source);
    const target = cellOf.get(c.target);
    if (!source || !target) return;
    const pairs: Record<string, string | number> = { endArrow: 'none', startArrow: 'none', html: 0, curved: 1, rounded: 1, strokeColor: c.color, strokeWidth: n(c.width), fontSize: 10, labelBackgroundColor: '#ffffff' };
    const e = ends(c.d);
    const sb = byId.get(c.source)!.box;
    const tb = byId.get(c.target)!.box;
    if (e) {
      const [p0, p1] = e.map((p) => ({ x: p.x + scene.offset.x, y: p.y + scene.offset.y }));
      Object.assign(pairs, {
        exitX: clamp01((p0!.x - sb.x) / sb.width),
        exitY: clamp01((p0!.y - sb.y) / sb.height),
        entryX: clamp01((p1!.x - tb.x) / tb.width),
        entryY: clamp01((p1!.y - tb.y) / tb.height),
        exitPerimeter: 0,
        entryPerimeter: 0,
      });
    }
    cells.push(
      `<mxCell id="cable-${i + 1}" value="${escapeXml(c.label)}" style="${style(pairs)}" edge="1" parent="1" source="${source}" target="${target}"><mxGeometry relative="1" as="geometry"/></mxCell>`,
    );
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<mxfile host="IOV Planner" modified="${escapeXml(options.modified)}" agent="IOV Planner export" version="24.0.0" type="device">`,
    `<diagram id="iov-planner" name="${escapeXml(scene.title)}">`,
    `<mxGraphModel dx="0" dy="0" grid="1" gridSize="10" guides="1" tooltips="1" connect="1" arrows="0" fold="1" page="0" pageScale="1" pageWidth="${scene.width}" pageHeight="${scene.height}" math="0" shadow="0">`,
    '<root>',
    ...cells,
    '</root>',
    '</mxGraphModel>',
    '</diagram>',
    '</mxfile>',
    '',
  ].join('\n');
}
