// Scene → a draw.io (diagrams.net) file a customer can keep editing: one vertex per part at the
// canvas's position, labelled with its name, its ×count and its part, holding draw.io's own
// network shape for its kind, its adapters (servers) and its ports as child shapes; one edge per
// cable from port to port, so moving a part in draw.io keeps its cables on their ports. Labels
// are plain text (html=0): never markup.
import type { NodeKind } from '../../domain';
import { cornersOf } from '../../layout';
import type { Box, Scene, SceneNode } from './scene';
import { compact } from './nodeShapes';
import { INK, PROTOCOL_INK, tint } from './theme';
import { escapeXml, n } from './xml';

const style = (pairs: Record<string, string | number>): string =>
  Object.entries(pairs)
    .map(([k, v]) => `${k}=${v}`)
    .join(';') + ';';

/** draw.io's network stencils (Arrange ▸ Shapes ▸ Networks), one per kind of part. */
export const NETWORK_SHAPE: Record<NodeKind | 'missing', string> = {
  server: 'mxgraph.networks.server',
  switch: 'mxgraph.networks.switch',
  gateway: 'mxgraph.networks.router',
  storage: 'mxgraph.networks.storage',
  network: 'mxgraph.networks.cloud',
  missing: 'mxgraph.networks.unsecure',
};

/** Geometry of a child, relative to its parent's box (draw.io's convention for children). */
const geometry = (b: Box, parent?: Box): string =>
  `<mxGeometry x="${n(b.x - (parent?.x ?? 0))}" y="${n(b.y - (parent?.y ?? 0))}" width="${n(b.width)}" height="${n(b.height)}" as="geometry"/>`;

const vertex = (id: string, value: string, s: string, parent: string, b: Box, parentBox?: Box): string =>
  `<mxCell id="${id}" value="${value}" style="${s}" vertex="1" parent="${parent}">${geometry(b, parentBox)}</mxCell>`;

/** "Blade servers ×128", then the part: the count a stack or server group stands for is part of its name here. */
export const drawioLabel = (node: Pick<SceneNode, 'label' | 'sub' | 'count'>): string =>
  [`${escapeXml(node.label)}${node.count > 1 ? ` ×${compact(node.count)}` : ''}`, node.sub ? escapeXml(node.sub) : ''].filter(Boolean).join('&#10;');

function partCells(node: SceneNode, id: string, portCell: Map<string, string>): string[] {
  const b = node.box;
  const cells: string[] = [];
  cells.push(
    vertex(
      id,
      drawioLabel(node),
      style({ rounded: 1, arcSize: 4, whiteSpace: 'wrap', html: 0, container: 1, collapsible: 0, recursiveResize: 0, fillColor: '#ffffff', strokeColor: node.color, strokeWidth: 2, verticalAlign: 'top', align: 'left', spacingLeft: 42, spacingTop: 4, fontSize: 11, fontStyle: 1 }),
      '1',
      b,
    ),
  );
  cells.push(vertex(`${id}-shape`, '', style({ shape: NETWORK_SHAPE[node.kind], html: 0, fillColor: tint(node.color, 0.85), strokeColor: node.color, aspect: 'fixed', movable: 0, resizable: 0, connectable: 0 }), id, { x: b.x + 9, y: b.y + 12, width: 26, height: 26 }, b));
  node.adapters.forEach((a, i) => {
    cells.push(
      vertex(
        `${id}-adapter-${i + 1}`,
        a.label.split('\n').map(escapeXml).join('&#10;'),
        style({ rounded: 0, whiteSpace: 'wrap', html: 0, container: 1, collapsible: 0, fillColor: '#ffffff', strokeColor: tint(PROTOCOL_INK[a.protocol], 0.6), align: 'left', verticalAlign: 'middle', spacingLeft: 10, spacingRight: 26, fontSize: 9, fontColor: INK.text }),
        id,
        a.box,
        b,
      ),
    );
  });
  node.ports.forEach((p, i) => {
    const pid = `${id}-port-${i + 1}`;
    portCell.set(`${node.id}\u0000${p.handle}`, pid);
    const ink = PROTOCOL_INK[p.protocol];
    const inAdapter = p.adapter !== undefined ? node.adapters[p.adapter] : undefined;
    const parent = inAdapter ? `${id}-adapter-${p.adapter! + 1}` : id;
    const bar = p.adapter === undefined;
    cells.push(
      vertex(
        pid,
        escapeXml(p.label),
        style({ rounded: 1, arcSize: bar ? 20 : 40, whiteSpace: 'wrap', html: 0, fillColor: tint(ink, bar ? 0.09 : 0.2), strokeColor: ink, fontSize: bar ? 10 : 9, fontStyle: bar ? 0 : 1, fontColor: INK.text, movable: 0, resizable: 0 }),
        parent,
        p.box,
        inAdapter?.box ?? b,
      ),
    );
  });
  return cells;
}

/** The cable's corners (canvas coordinates, moved into the scene's) as waypoints, so draw.io draws the canvas's route (layout/cableRoute.ts). */
function edgeGeometry(d: string, offset: Scene['offset']): string {
  const bends = cornersOf(d).slice(1, -1).map((p) => ({ x: p.x + offset.x, y: p.y + offset.y }));
  if (bends.length === 0) return '<mxGeometry relative="1" as="geometry"/>';
  return `<mxGeometry relative="1" as="geometry"><Array as="points">${bends.map((p) => `<mxPoint x="${n(p.x)}" y="${n(p.y)}"/>`).join('')}</Array></mxGeometry>`;
}

export function renderDrawio(scene: Scene, options: { modified: string }): string {
  const cellOf = new Map<string, string>();
  const portCell = new Map<string, string>();
  const cells: string[] = ['<mxCell id="0"/>', '<mxCell id="1" parent="0"/>'];
  scene.nodes.forEach((node, i) => {
    const id = `node-${i + 1}`;
    cellOf.set(node.id, id);
    cells.push(...partCells(node, id, portCell));
  });
  scene.cables.forEach((c, i) => {
    // A cable runs from port to port; to the part itself when its port is not drawn.
    const source = portCell.get(`${c.source}\u0000${c.sourceHandle}`) ?? cellOf.get(c.source);
    const target = portCell.get(`${c.target}\u0000${c.targetHandle}`) ?? cellOf.get(c.target);
    if (!source || !target) return;
    const pairs = { edgeStyle: 'orthogonalEdgeStyle', rounded: 1, endArrow: 'none', startArrow: 'none', html: 0, strokeColor: c.color, strokeWidth: n(c.width), fontSize: 10, labelBackgroundColor: '#ffffff' };
    cells.push(`<mxCell id="cable-${i + 1}" value="${escapeXml(c.label)}" style="${style(pairs)}" edge="1" parent="1" source="${source}" target="${target}">${edgeGeometry(c.d, scene.offset)}</mxCell>`);
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
