// One diagram node as primitives, laid out as canvas.css lays it out (a 200 px card: kind-coloured
// top, icon, label and part name, a meta line, then adapter rows with port pins, or port bars).
// Port pins and bars sit where the canvas measured its handles, so cables meet them.
import { portRateText, type Catalog } from '../../catalog';
import { type AdapterPart, type DesignNode, type NodePart, type Protocol } from '../../domain';
import { num } from '../../ui/format';
import { PART_ICON_PATHS } from '../../ui/partIconPaths';
import type { CapturedHandle, CapturedNode } from './capture';
import { fitBlock, placedPath, push, rectShape, textShape, type FitItem } from './draw';
import { fontOf, type ExportFonts } from './fonts';
import { adapterRowHeight, BAR_INSET, firstPinY, HEAD, HEAD_TOP, META, PIN_H, PIN_W } from './layout';
import { circle, type Box, type Shape } from './scene';
import { cleanText } from './text';
import { INK, KIND_INK, PROTOCOL_INK, tint } from './theme';

/** num() without trailing zeros: "16", "1.6", "54.5". */
export function compact(value: number): string {
  const s = num(value);
  return /^-?[\d,]*\.\d+$/.test(s) ? s.replace(/\.?0+$/, '') : s;
}
const rate = (gbps: number): string => `${compact(gbps)} Gb/s`;
/** The canvas's port text ("2 × IB DDR 4x · 16 Gb/s data"): the datasheet's name beside the payload rate. */
const portsText = (ports: number, protocol: Protocol, gbps: number): string => `${compact(ports)} × ${portRateText(protocol, gbps, rate)}`;


function meta(node: DesignNode, part: NodePart): [string, string] {
  switch (part.kind) {
    case 'server': {
      const vms = node.vmsPerServer ?? 0;
      return [`${compact(vms)} VM${vms === 1 ? '' : 's'}${node.count > 1 ? ' each' : ''}`, `${node.adapters?.length ?? 0}/${part.slots} slots`];
    }
    case 'switch':
      return [`${part.forwarding} · ${compact(part.hopLatencyUs)} µs/hop`, ''];
    case 'storage':
      return [`${compact(part.throughputMBps)} MB/s · ${compact(part.serviceLatencyUs)} µs`, ''];
    case 'network':
      return ['existing network', ''];
    case 'gateway':
      return [`${rate(part.throughputGbps)} translation · ${compact(part.latencyUs)} µs`, ''];
  }
}

function card(out: Shape[], b: Box, kind: string, group: boolean): void {
  if (group) {
    for (const [d, opacity] of [[8, 0.6], [4, 1]] as const) {
      out.push(rectShape({ x: b.x + d, y: b.y + d, width: b.width, height: b.height }, 8, { fill: INK.panel, stroke: INK.borderStrong, strokeWidth: 1, opacity }));
    }
  }
  out.push(rectShape(b, 8, { fill: kind }));
  out.push(rectShape({ x: b.x + 1, y: b.y + HEAD_TOP, width: b.width - 2, height: b.height - HEAD_TOP - 1 }, [5, 5, 7, 7], { fill: INK.panel }));
}

/** A pin on the card's edge, rounded on its inner side (`left`: a server whose ports face left). */
function pin(out: Shape[], fonts: ExportFonts, h: { x: number; y: number }, label: string, protocol: Protocol, cabled: boolean, left: boolean): void {
  const ink = PROTOCOL_INK[protocol];
  out.push(rectShape({ x: h.x, y: h.y, width: PIN_W, height: PIN_H }, left ? [0, 7.5, 7.5, 0] : [7.5, 0, 0, 7.5], { fill: cabled ? ink : INK.panel, stroke: ink, strokeWidth: 1.5 }));
  push(out, textShape(fonts, label, h.x + PIN_W / 2 + (left ? -1 : 1), h.y + 11, { size: 9.5, weight: 'bold', color: cabled ? INK.panel : ink, anchor: 'middle' }));
}

function bar(out: Shape[], fonts: ExportFonts, b: Box, protocol: Protocol, text: string, side: string | null, cabled: boolean): void {
  const ink = PROTOCOL_INK[protocol];
  out.push(rectShape(b, 6, { fill: tint(ink, 0.09), stroke: tint(ink, 0.55), strokeWidth: 1 }));
  const cy = b.y + b.height / 2;
  for (const cx of [b.x - 9.5, b.x + b.width + 9.5]) out.push({ kind: 'path', d: circle(cx, cy, 4.5), fill: cabled ? ink : INK.panel, stroke: ink, strokeWidth: 2, bbox: { x: cx - 5.5, y: cy - 5.5, width: 11, height: 11 } });
  let x = b.x + 12;
  if (side) {
    const tag = textShape(fonts, side, x + 4, cy + 3.5, { size: 10, weight: 'bold', color: INK.panel });
    if (tag) {
      out.push(rectShape({ x, y: cy - 7, width: tag.bbox.width + 8, height: 14 }, 3, { fill: ink }));
      out.push(tag);
      x += tag.bbox.width + 14;
    }
  }
  line(out, fonts, { raw: text, size: 11, color: INK.text }, x, cy + 4, { x, y: cy - 8, width: b.x + b.width - 12 - x, height: 16 });
}

/** One line where the canvas draws it, or, when it would not fit, the whole text fitted to `room`. */
function line(out: Shape[], fonts: ExportFonts, item: FitItem, x: number, y: number, room: Box): void {
  const fitted = fitBlock(fonts, [item], room);
  if (fitted) out.push(...fitted);
  else push(out, textShape(fonts, item.raw, x, y, { size: item.size, weight: item.weight ?? 'regular', color: item.color }));
}

/** A port where cables meet a node: an adapter's pin, or a switch's (gateway side's) port bar. */
export interface PortDrawing {
  handle: string;
  label: string;
  protocol: Protocol;
  box: Box;
  /** Index into the node's adapters, for an adapter's port. */
  adapter?: number;
}

export interface NodeDrawing {
  shapes: Shape[];
  sub: string;
  color: string;
  /** Adapter rows (servers), for formats that keep objects (draw.io). */
  adapters: Array<{ label: string; protocol: Protocol; box: Box }>;
  ports: PortDrawing[];
}

/** Draws a node into `out`; `cabled` holds the node's handles that have a cable. */
export function drawNode(fonts: ExportFonts, node: DesignNode, part: NodePart | undefined, catalog: Catalog, at: CapturedNode, cabled: ReadonlySet<string>): NodeDrawing {
  const out: Shape[] = [];
  const adapters: NodeDrawing['adapters'] = [];
  const ports: PortDrawing[] = [];
  const b: Box = { x: at.x, y: at.y, width: at.width, height: at.height };
  const kindInk = KIND_INK[part?.kind ?? 'missing'];
  card(out, b, kindInk, node.count > 1);
  const handle = new Map<string, CapturedHandle>(at.handles.map((h) => [h.id, h]));

  // Head: icon, label, part name and the group count.
  const cy = b.y + HEAD_TOP + 22;
  const titleX = b.x + 43;
  const right = b.x + b.width - 8;
  if (part) {
    out.push(rectShape({ x: b.x + 9, y: cy - 13, width: 26, height: 26 }, 6, { fill: tint(kindInk, 0.14) }));
    out.push(placedPath(PART_ICON_PATHS[part.kind], b.x + 14, cy - 8, 16 / 24, { stroke: kindInk, strokeWidth: 1.8, round: true, fill: 'none' }, { x: 0, y: 0, width: 24, height: 24 }));
  }
  const sub = part ? part.name : `Unknown part “${node.partId}”`;
  const textX = part ? titleX : b.x + 9;
  let subRight = right;
  if (node.count > 1) {
    const count = textShape(fonts, `×${compact(node.count)}`, right - 5, cy + 12, { size: 11, weight: 'bold', color: kindInk, anchor: 'end' });
    if (count) {
      out.push(rectShape({ x: count.bbox.x - 5, y: cy + 2, width: count.bbox.width + 10, height: 14 }, 7, { fill: tint(kindInk, 0.16) }));
      out.push(count);
      subRight = count.bbox.x - 11;
    }
  }
  const label: FitItem = { raw: node.label, size: 12.5, weight: 'bold', color: INK.text, keep: 1.3 };
  const subItem: FitItem = { raw: sub, size: 11, color: part ? INK.muted : INK.danger };
  // The label takes the whole width on the canvas, the part name stops at the count: fitted
  // together (in the narrower width) only when either would not fit.
  const wide = fontOf(fonts, 'bold').width(cleanText(node.label), 12.5) > right - textX || fontOf(fonts, 'regular').width(cleanText(sub), 11) > subRight - textX;
  const head = wide ? fitBlock(fonts, [label, subItem], { x: textX, y: b.y + HEAD_TOP + 3, width: subRight - textX, height: HEAD - 5 }) : null;
  if (head) out.push(...head);
  else {
    push(out, textShape(fonts, node.label, textX, cy - 3, { size: 12.5, weight: 'bold', color: INK.text }));
    push(out, textShape(fonts, sub, textX, cy + 12, { size: 11, color: subItem.color }));
  }
  if (!part) return { shapes: out, sub, color: kindInk, adapters, ports };

  const [left, rightMeta] = meta(node, part);
  const metaY = b.y + HEAD_TOP + HEAD + 11;
  const rightText = rightMeta ? textShape(fonts, rightMeta, right, metaY, { size: 11, color: part.kind === 'server' && (node.adapters?.length ?? 0) >= part.slots ? INK.warning : INK.muted, anchor: 'end' }) : null;
  const leftRoom = (rightText ? rightText.bbox.x - 6 : right) - (b.x + 42);
  line(out, fonts, { raw: left, size: 11, color: INK.muted }, b.x + 42, metaY, { x: b.x + 42, y: metaY - 12, width: leftRoom, height: 16 });
  push(out, rightText);

  if (part.kind === 'server') drawAdapters(out, fonts, node, catalog, b, handle, cabled, adapters, ports);
  else if (part.kind === 'gateway') {
    const sides = (['A', 'B'] as const).map((h) => ({ h, side: h === 'A' ? part.sideA : part.sideB }));
    sides.forEach(({ h, side }, i) => {
      const fallback = { x: b.x + BAR_INSET, y: b.y + b.height - 8 - 24 - (1 - i) * 22, width: b.width - 2 * BAR_INSET, height: 24 };
      const at = handle.get(h) ?? fallback;
      const text = portsText(side.ports, side.protocol, side.portDataGbps);
      bar(out, fonts, at, side.protocol, text, h, cabled.has(h));
      ports.push({ handle: h, label: `${h}: ${text}`, protocol: side.protocol, box: { x: at.x, y: at.y, width: at.width, height: at.height } });
    });
  } else {
    const at = handle.get('p') ?? { x: b.x + BAR_INSET, y: b.y + b.height - 32, width: b.width - 2 * BAR_INSET, height: 24 };
    const text = portsText(part.ports, part.protocol, part.portDataGbps);
    bar(out, fonts, at, part.protocol, text, null, cabled.has('p'));
    ports.push({ handle: 'p', label: text, protocol: part.protocol, box: { x: at.x, y: at.y, width: at.width, height: at.height } });
  }
  return { shapes: out, sub, color: kindInk, adapters, ports };
}

function drawAdapters(out: Shape[], fonts: ExportFonts, node: DesignNode, catalog: Catalog, b: Box, handle: Map<string, CapturedHandle>, cabled: ReadonlySet<string>, rows: NodeDrawing['adapters'], ports: PortDrawing[]): void {
  const adapters = (node.adapters ?? []).flatMap((a) => {
    const p = catalog.byId.get(a.partId);
    return p?.kind === 'adapter' ? [{ id: a.id, part: p as AdapterPart }] : [];
  });
  const top = b.y + HEAD_TOP + HEAD + META;
  if (adapters.length === 0) {
    out.push(rectShape({ x: b.x + 8, y: top, width: b.width - 16, height: Math.max(24, b.y + b.height - 8 - top) }, 6, { stroke: INK.borderStrong, strokeWidth: 1, dash: [4, 3], fill: 'none' }));
    push(out, textShape(fonts, 'No adapters installed', b.x + b.width / 2, top + 16, { size: 11, color: INK.muted, anchor: 'middle' }));
    return;
  }
  const total = new Map<string, number>();
  for (const a of adapters) total.set(a.part.id, (total.get(a.part.id) ?? 0) + 1);
  const seen = new Map<string, number>();
  // Rows fill the card's bottom: their heights are the canvas's, their top follows from the measured height.
  let y = b.y + b.height - 1 - adapters.reduce((s, a) => s + adapterRowHeight(a.part.ports), 0);
  out.push({ kind: 'path', d: `M${b.x + 1} ${y}H${b.x + b.width - 1}`, stroke: INK.border, strokeWidth: 1, bbox: { x: b.x, y, width: b.width, height: 1 } });
  adapters.forEach((a, i) => {
    const h = adapterRowHeight(a.part.ports);
    const ink = PROTOCOL_INK[a.part.protocol];
    const n = (seen.get(a.part.id) ?? 0) + 1;
    seen.set(a.part.id, n);
    const ordinal = (total.get(a.part.id) ?? 0) > 1 ? `#${n} ` : '';
    out.push(rectShape({ x: b.x + 7, y: y + 5, width: 3, height: h - 11 }, 1.5, { fill: ink }));
    out.push(placedPath(PART_ICON_PATHS.adapter, b.x + 16, y + h / 2 - 7, 14 / 24, { stroke: ink, strokeWidth: 1.8, round: true, fill: 'none' }, { x: 0, y: 0, width: 24, height: 24 }));
    const textRight = b.x + b.width - PIN_W - 6;
    const name: FitItem = { raw: a.part.name, size: 11.5, color: INK.text, keep: 1.15 };
    const portLine: FitItem = { raw: `${ordinal}${portsText(a.part.ports, a.part.protocol, a.part.portDataGbps)}`, size: 10.5, color: INK.muted };
    const fitted = fitBlock(fonts, [name, portLine], { x: b.x + 36, y: y + 2, width: textRight - (b.x + 36), height: h - 4 });
    if (fitted) out.push(...fitted);
    else {
      push(out, textShape(fonts, name.raw, b.x + 36, y + h / 2 - 2, name));
      push(out, textShape(fonts, portLine.raw, b.x + 36, y + h / 2 + 11, portLine));
    }
    rows.push({ label: `${a.part.name}\n${portLine.raw}`, protocol: a.part.protocol, box: { x: b.x + 1, y, width: b.width - 2, height: h } });
    for (let p = 0; p < a.part.ports; p++) {
      const id = `a/${a.id}/${p}`;
      const at = handle.get(id) ?? { x: b.x + b.width - PIN_W, y: firstPinY(y, a.part.ports) + p * (PIN_H + 3) };
      pin(out, fonts, at, String(p + 1), a.part.protocol, cabled.has(id), at.x + PIN_W / 2 < b.x + b.width / 2);
      ports.push({ handle: id, label: String(p + 1), protocol: a.part.protocol, box: { x: at.x, y: at.y, width: PIN_W, height: PIN_H }, adapter: rows.length - 1 });
    }
    if (i < adapters.length - 1) out.push({ kind: 'path', d: `M${b.x + 1} ${y + h}H${b.x + b.width - 1}`, stroke: INK.border, strokeWidth: 1, bbox: { x: b.x, y: y + h, width: b.width, height: 1 } });
    y += h;
  });
}
