// Scene → GraphML for yEd: one ShapeNode per part at the canvas's position and size, labelled
// with its name, part and count, and one PolyLineEdge per cable in its colour and width with its
// label, under yEd's own keys (nodegraphics, edgegraphics), so the diagram opens laid out as
// drawn and stays editable. Every text is escaped; labels are plain text.
import type { Design } from '../../domain';
import { cornersOf } from '../../layout';
import type { Box, Scene } from '../export/scene';
import { color, escapeXml, n } from '../export/xml';

export function renderGraphml(scene: Scene, design: Design): string {
  const count = new Map(design.nodes.map((d) => [d.id, d.count]));
  const laneCount = new Map(design.links.map((l) => [l.id, l.lanes]));
  const ids = new Map<string, string>();
  const nodes = scene.nodes.map((node, i) => {
    const id = `n${i}`;
    ids.set(node.id, id);
    const c = count.get(node.id) ?? 1;
    const label = [node.label, node.sub, c > 1 ? `×${c}` : ''].filter(Boolean).map(escapeXml).join('&#10;');
    const b = node.box;
    return [
      `<node id="${id}">`,
      `<data key="d0">${escapeXml(node.id)}</data>`,
      `<data key="d1">${c}</data>`,
      `<data key="d6"><y:ShapeNode><y:Geometry x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.height)}"/><y:Fill color="#FFFFFF" transparent="false"/><y:BorderStyle color="${color(node.color)}" type="line" width="2.0"/>`,
      `<y:NodeLabel alignment="left" autoSizePolicy="content" fontFamily="Dialog" fontSize="12" modelName="internal" modelPosition="tl" textColor="#000000" visible="true">${label}</y:NodeLabel><y:Shape type="roundrectangle"/></y:ShapeNode></data>`,
      '</node>',
    ].join('');
  });
  const boxes = new Map(scene.nodes.map((node) => [node.id, node.box]));
  const edges = scene.cables.flatMap((c, i) => {
    const s = ids.get(c.source);
    const t = ids.get(c.target);
    if (!s || !t) return [];
    const lanes = laneCount.get(c.id) ?? 1;
    return [
      [
        `<edge id="e${i}" source="${s}" target="${t}">`,
        `<data key="d2">${escapeXml(c.id)}</data>`,
        `<data key="d3">${lanes}</data>`,
        `<data key="d10"><y:PolyLineEdge>${edgePath(c.d, scene.offset, boxes.get(c.source)!, boxes.get(c.target)!)}<y:LineStyle color="${color(c.color)}" type="line" width="${n(c.width)}"/><y:Arrows source="none" target="none"/>`,
        `<y:EdgeLabel alignment="center" fontFamily="Dialog" fontSize="10" modelName="centered" modelPosition="center" preferredPlacement="anywhere" textColor="#000000" visible="true">${escapeXml(c.label)}</y:EdgeLabel><y:BendStyle smoothed="true"/></y:PolyLineEdge></data>`,
        '</edge>',
      ].join(''),
    ];
  });
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:y="http://www.yworks.com/xml/graphml" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">',
    '<key attr.name="node id" attr.type="string" for="node" id="d0"/>',
    '<key attr.name="count" attr.type="int" for="node" id="d1"/>',
    '<key for="node" id="d6" yfiles.type="nodegraphics"/>',
    '<key attr.name="link id" attr.type="string" for="edge" id="d2"/>',
    '<key attr.name="lanes" attr.type="int" for="edge" id="d3"/>',
    '<key for="edge" id="d10" yfiles.type="edgegraphics"/>',
    `<graph edgedefault="undirected" id="G"><desc>${escapeXml(scene.title)}</desc>`,
    ...nodes,
    ...edges,
    '</graph>',
    '</graphml>',
    '',
  ].join('\n');
}

/** yEd's edge path (the canvas's route moved into the scene's coordinates): its ends as offsets from the nodes' centres, and the route's corners (layout/cableRoute.ts) as bends. */
function edgePath(d: string, offset: Scene['offset'], s: Box, t: Box): string {
  const pts = cornersOf(d).map((p) => ({ x: p.x + offset.x, y: p.y + offset.y }));
  if (pts.length < 2) return '';
  const [a, z] = [pts[0]!, pts[pts.length - 1]!];
  const bends = pts.slice(1, -1).map((p) => `<y:Point x="${n(p.x)}" y="${n(p.y)}"/>`).join('');
  return `<y:Path sx="${n(a.x - s.x - s.width / 2)}" sy="${n(a.y - s.y - s.height / 2)}" tx="${n(z.x - t.x - t.width / 2)}" ty="${n(z.y - t.y - t.height / 2)}">${bends}</y:Path>`;
}
