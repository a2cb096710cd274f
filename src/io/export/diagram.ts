// Design + what the canvas drew → the diagram scene: a header (design name, what the colours
// mean), then cables, their labels and the nodes, in the canvas's paint order.
import type { Catalog } from '../../catalog';
import { MODE_LABEL, type Design, type NodePart } from '../../domain';
import type { CableInk, DiagramCapture } from './capture';
import { push, rectShape, textShape } from './draw';
import type { ExportFonts } from './fonts';
import { drawNode } from './nodeShapes';
import { isPlainPath, pathBox, union, type Box, type Scene, type SceneCable, type SceneNode, type Shape } from './scene';
import { cleanText } from './text';
import { INK, PROTOCOL_INK, UTIL_INK } from './theme';

const MARGIN = 32;
const HEADER = 64;
const UTIL_STEPS = ['<25%', '25%', '50%', '75%', '≥90%'];

export const inkColor = (ink: CableInk): string => ('util' in ink ? UTIL_INK[ink.util] : 'protocol' in ink ? PROTOCOL_INK[ink.protocol] : INK.muted);

export interface DiagramOptions {
  /** "Exported 3 May 2026" or similar, under the title; omitted when empty. */
  subtitle?: string;
  /** Draw the design name on top (default); a PDF page has its own heading. */
  showTitle?: boolean;
}

function legend(fonts: ExportFonts, capture: DiagramCapture, x: number, y: number): Shape[] {
  const out: Shape[] = [];
  const items: Array<[string, string]> =
    capture.legend.kind === 'load'
      ? UTIL_STEPS.map((t, i) => [t, UTIL_INK[i]!])
      : [
          ['Ethernet', PROTOCOL_INK.ethernet],
          ['Fibre Channel', PROTOCOL_INK.fc],
          ['InfiniBand', PROTOCOL_INK.infiniband],
        ];
  let cx = x;
  if (capture.legend.kind === 'load') {
    const title = textShape(fonts, `Cable load, ${MODE_LABEL[capture.legend.mode]} mode${capture.legend.stale ? ' (results were updating)' : ''}:`, cx, y, { size: 11, weight: 'bold', color: INK.text });
    if (title) {
      out.push(title);
      cx += title.bbox.width + 10;
    }
  }
  for (const [label, color] of items) {
    out.push(rectShape({ x: cx, y: y - 6, width: 14, height: 4 }, 2, { fill: color }));
    const t = textShape(fonts, label, cx + 18, y, { size: 11, color: INK.muted });
    if (t) {
      out.push(t);
      cx = t.bbox.x + t.bbox.width + 12;
    }
  }
  return out;
}

/** The label pill of a cable, centred at its label point. */
function cableLabel(fonts: ExportFonts, text: string, x: number, y: number, color: string, loaded: boolean, dot: string | null): Shape[] {
  const out: Shape[] = [];
  const t = textShape(fonts, text, 0, 0, { size: 10, color: loaded ? INK.text : INK.muted });
  if (!t) return out;
  const dotW = dot ? 10 : 0;
  const w = t.bbox.width + 12 + dotW;
  const left = x - w / 2;
  out.push(rectShape({ x: left, y: y - 8, width: w, height: 16 }, 8, { fill: INK.panel, stroke: loaded ? color : INK.border, strokeWidth: loaded ? 1.5 : 1 }));
  if (dot) out.push(rectShape({ x: left + 6, y: y - 3, width: 6, height: 6 }, 3, { fill: dot }));
  const dx = left + 6 + dotW;
  out.push({ ...t, x: dx, y: y + 3.5, bbox: { ...t.bbox, x: dx, y: y - 6 } });
  return out;
}

export function buildDiagram(design: Design, catalog: Catalog, capture: DiagramCapture, fonts: ExportFonts, options: DiagramOptions = {}): Scene {
  const nodesById = new Map(design.nodes.map((n) => [n.id, n]));
  const linksById = new Map(design.links.map((l) => [l.id, l]));
  const cabledBy = new Map<string, Set<string>>();
  for (const l of design.links) {
    for (const end of [l.a, l.b]) {
      let set = cabledBy.get(end.node);
      if (!set) cabledBy.set(end.node, (set = new Set()));
      set.add(end.handle);
    }
  }

  const body: Shape[] = [];
  const labels: Shape[] = [];
  const nodeShapes: Shape[] = [];
  const cables: SceneCable[] = [];
  const nodes: SceneNode[] = [];
  let bounds: Box | null = null;
  const grow = (b: Box): void => {
    bounds = bounds ? union(bounds, b) : b;
  };

  for (const c of capture.cables) {
    if (!isPlainPath(c.d)) continue;
    const color = inkColor(c.ink);
    const bbox = pathBox(c.d);
    body.push({ kind: 'path', d: c.d, stroke: color, strokeWidth: c.strokeWidth, fill: 'none', round: true, cable: c.id, bbox });
    grow(bbox);
    const label = cleanText(c.label);
    const link = linksById.get(c.id);
    const [from, to] = link && link.a.node === c.target && link.b.node === c.source ? [link.b, link.a] : [link?.a, link?.b];
    cables.push({ id: c.id, source: c.source, target: c.target, sourceHandle: from?.handle ?? '', targetHandle: to?.handle ?? '', label, color, width: c.strokeWidth, d: c.d });
    if (label) {
      const pill = cableLabel(fonts, label, c.labelX, c.labelY, color, c.loaded, 'protocol' in c.ink ? color : null);
      labels.push(...pill);
      for (const s of pill) grow(s.bbox);
    }
  }
  for (const at of capture.nodes) {
    const node = nodesById.get(at.id);
    if (!node) continue;
    const p = catalog.byId.get(node.partId);
    const part = p && p.kind !== 'adapter' && p.kind !== 'cable' ? (p as NodePart) : undefined;
    const drawing = drawNode(fonts, node, part, catalog, at, cabledBy.get(node.id) ?? new Set());
    nodeShapes.push(...drawing.shapes);
    grow({ x: at.x, y: at.y, width: at.width + (node.count > 1 ? 8 : 0), height: at.height + (node.count > 1 ? 8 : 0) });
    nodes.push({ id: node.id, box: { x: at.x, y: at.y, width: at.width, height: at.height }, label: cleanText(node.label), sub: drawing.sub, color: drawing.color, count: node.count, kind: part?.kind ?? 'missing', adapters: drawing.adapters, ports: drawing.ports });
  }

  const content: Box = bounds ?? { x: 0, y: 0, width: 320, height: 120 };
  // Diagram coordinates are the canvas's; the scene shifts them under the header.
  const dx = MARGIN - content.x;
  const headerH = HEADER + (options.showTitle === false ? -26 : 0);
  const dy = MARGIN + headerH - content.y;
  const shifted = [...body, ...labels, ...nodeShapes].map((s) => shift(s, dx, dy));

  const header: Shape[] = [];
  const title = cleanText(design.name) || 'Untitled design';
  const top = options.showTitle === false ? -26 : 0;
  if (options.showTitle !== false) push(header, textShape(fonts, title, MARGIN, MARGIN + 18, { size: 20, weight: 'bold', color: INK.text }));
  const line2 = [options.subtitle, `${design.nodes.length} nodes, ${design.links.length} cables drawn${capture.selectionOnly ? ' (selection)' : ''}`].filter(Boolean).join(' · ');
  push(header, textShape(fonts, line2, MARGIN, MARGIN + 38 + top, { size: 11, color: INK.muted }));
  header.push(...legend(fonts, capture, MARGIN, MARGIN + 56 + top));
  const headerWidth = header.reduce((w, s) => Math.max(w, s.bbox.x + s.bbox.width), 0);

  const width = Math.ceil(Math.max(content.width + 2 * MARGIN, headerWidth + MARGIN));
  const height = Math.ceil(content.height + headerH + 2 * MARGIN);
  return {
    width,
    height,
    title,
    shapes: [...header, ...shifted],
    nodes: nodes.map((n) => ({
      ...n,
      box: move(n.box, dx, dy),
      adapters: n.adapters.map((a) => ({ ...a, box: move(a.box, dx, dy) })),
      ports: n.ports.map((p) => ({ ...p, box: move(p.box, dx, dy) })),
    })),
    cables,
    diagram: { x: MARGIN, y: MARGIN + headerH, width: content.width, height: content.height },
    offset: { x: dx, y: dy },
  };
}

const move = (b: Box, dx: number, dy: number): Box => ({ ...b, x: b.x + dx, y: b.y + dy });

function shift(s: Shape, dx: number, dy: number): Shape {
  const bbox = { ...s.bbox, x: s.bbox.x + dx, y: s.bbox.y + dy };
  if (s.kind === 'text') return { ...s, x: s.x + dx, y: s.y + dy, bbox };
  return s.tx !== undefined ? { ...s, tx: s.tx + dx, ty: (s.ty ?? 0) + dy, bbox } : { ...s, tx: dx, ty: dy, scale: 1, bbox };
}
