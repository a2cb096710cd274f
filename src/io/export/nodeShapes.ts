// One diagram node as primitives, laid out as canvas.css lays it out (a 200 px card: kind-coloured
// top, icon, label and part name, a meta line, then adapter rows with port pins, or port bars).
// Port pins and bars sit where the canvas measured its handles, so cables meet them.
import { portRateText, type Catalog } from '../../catalog';
import { type AdapterPart, type DesignNode, type NodePart, type Protocol } from '../../domain';
import { num } from '../../ui/format';
import { PART_ICON_PATHS } from '../../ui/partIconPaths';
import type { CapturedHandle, CapturedNode } from './capture';
import { placedPath, push, rectShape, textShape } from './draw';
import type { ExportFonts } from './fonts';
import { adapterRowHeight, BAR_INSET, firstPinY, HEAD, HEAD_TOP, META, PIN_H, PIN_W } from './layout';
import { circle, type Box, type Shape } from './scene';
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
  push(out, textShape(fonts, text, x, cy + 4, { size: 11, color: INK.text, maxWidth: b.x + b.width - 12 - x }));
}

export interface NodeDrawing {
  shapes: Shape[];
  sub: string;
  color: string;
}

/** Draws a node into `out`; `cabled` holds the node's handles that have a cable. */
export function drawNode(fonts: ExportFonts, node: DesignNode, part: NodePart | undefined, catalog: Catalog, at: CapturedNode, cabled: ReadonlySet<string>): NodeDrawing {
  const out: Shape[] = [];
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
  push(out, textShape(fonts, node.label, part ? titleX : b.x + 9, cy - 3, { size: 12.5, weight: 'bold', color: INK.text, maxWidth: right - (part ? titleX : b.x + 9) }));
  let subRight = right;
  if (node.count > 1) {
    const count = textShape(fonts, `×${compact(node.count)}`, right - 5, cy + 12, { size: 11, weight: 'bold', color: kindInk, anchor: 'end' });
    if (count) {
      out.push(rectShape({ x: count.bbox.x - 5, y: cy + 2, width: count.bbox.width + 10, height: 14 }, 7, { fill: tint(kindInk, 0.16) }));
      out.push(count);
      subRight = count.bbox.x - 11;
    }
  }
  push(out, textShape(fonts, sub, part ? titleX : b.x + 9, cy + 12, { size: 11, color: part ? INK.muted : INK.danger, maxWidth: subRight - (part ? titleX : b.x + 9) }));
  if (!part) return { shapes: out, sub, color: kindInk };

  const [left, rightMeta] = meta(node, part);
  const metaY = b.y + HEAD_TOP + HEAD + 11;
  const rightText = rightMeta ? textShape(fonts, rightMeta, right, metaY, { size: 11, color: part.kind === 'server' && (node.adapters?.length ?? 0) >= part.slots ? INK.warning : INK.muted, anchor: 'end' }) : null;
  push(out, textShape(fonts, left, b.x + 42, metaY, { size: 11, color: INK.muted, maxWidth: (rightText ? rightText.bbox.x - 6 : right) - (b.x + 42) }));
  push(out, rightText);

  if (part.kind === 'server') drawAdapters(out, fonts, node, catalog, b, handle, cabled);
  else if (part.kind === 'gateway') {
    const sides = (['A', 'B'] as const).map((h) => ({ h, side: h === 'A' ? part.sideA : part.sideB }));
    sides.forEach(({ h, side }, i) => {
      const fallback = { x: b.x + BAR_INSET, y: b.y + b.height - 8 - 24 - (1 - i) * 22, width: b.width - 2 * BAR_INSET, height: 24 };
      const at = handle.get(h) ?? fallback;
      bar(out, fonts, at, side.protocol, portsText(side.ports, side.protocol, side.portDataGbps), h, cabled.has(h));
    });
  } else {
    const at = handle.get('p') ?? { x: b.x + BAR_INSET, y: b.y + b.height - 32, width: b.width - 2 * BAR_INSET, height: 24 };
    bar(out, fonts, at, part.protocol, portsText(part.ports, part.protocol, part.portDataGbps), null, cabled.has('p'));
  }
  return { shapes: out, sub, color: kindInk };
}

function drawAdapters(out: Shape[], fonts: ExportFonts, node: DesignNode, catalog: Catalog, b: Box, handle: Map<string, CapturedHandle>, cabled: ReadonlySet<string>): void {
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
    push(out, textShape(fonts, a.part.name, b.x + 36, y + h / 2 - 2, { size: 11.5, color: INK.text, maxWidth: textRight - (b.x + 36) }));
    push(out, textShape(fonts, `${ordinal}${portsText(a.part.ports, a.part.protocol, a.part.portDataGbps)}`, b.x + 36, y + h / 2 + 11, { size: 10.5, color: INK.muted, maxWidth: textRight - (b.x + 36) }));
    for (let p = 0; p < a.part.ports; p++) {
      const id = `a/${a.id}/${p}`;
      const at = handle.get(id) ?? { x: b.x + b.width - PIN_W, y: firstPinY(y, a.part.ports) + p * (PIN_H + 3) };
      pin(out, fonts, at, String(p + 1), a.part.protocol, cabled.has(id), at.x + PIN_W / 2 < b.x + b.width / 2);
    }
    if (i < adapters.length - 1) out.push({ kind: 'path', d: `M${b.x + 1} ${y + h}H${b.x + b.width - 1}`, stroke: INK.border, strokeWidth: 1, bbox: { x: b.x, y: y + h, width: b.width, height: 1 } });
    y += h;
  });
}
