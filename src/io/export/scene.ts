// A diagram as a list of vector primitives — paths and single-line texts — in one coordinate
// space (y down, px at 1×). Built once from the design and what the canvas drew; the SVG, PNG,
// PDF and draw.io writers only translate primitives, so every format shows the same picture.
import type { NodeKind, Protocol } from '../../domain';
import type { Weight } from './fonts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PathShape {
  kind: 'path';
  /** SVG path data; with tx/ty/scale it is drawn translated and scaled (icons, glyphs, cables). */
  d: string;
  tx?: number;
  ty?: number;
  scale?: number;
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  dash?: number[];
  opacity?: number;
  round?: boolean;
  /** A cable: its link id (one path per visible cable in every format). */
  cable?: string;
  bbox: Box;
}

export interface TextShape {
  kind: 'text';
  /** Left end of the baseline. */
  x: number;
  y: number;
  /** The text as written (for accessible names and extraction). */
  text: string;
  /** The same characters in drawing order (right-to-left runs reversed). */
  visual: string;
  /** When a text was wrapped onto several lines: the whole text this line is part of. */
  whole?: string;
  size: number;
  weight: Weight;
  color: string;
  bbox: Box;
}

export type Shape = PathShape | TextShape;

/** A part on the diagram, for formats that keep objects (draw.io). */
export interface SceneNode {
  id: string;
  box: Box;
  /** Label and part name, cleaned. */
  label: string;
  sub: string;
  color: string;
  /** Members of a stack or server group (1 for a single part). */
  count: number;
  kind: NodeKind | 'missing';
  /** A server's adapters (rows of its card) and every port cables meet, in scene coordinates. */
  adapters: Array<{ label: string; protocol: Protocol; box: Box }>;
  ports: Array<{ handle: string; label: string; protocol: Protocol; box: Box; adapter?: number }>;
}

export interface SceneCable {
  /** The link id. */
  id: string;
  source: string;
  target: string;
  /** The port handles at each end (source's, target's). */
  sourceHandle: string;
  targetHandle: string;
  label: string;
  color: string;
  width: number;
  d: string;
}

export interface Scene {
  width: number;
  height: number;
  title: string;
  /** Shapes in paint order. */
  shapes: Shape[];
  nodes: SceneNode[];
  cables: SceneCable[];
  /** Where the diagram proper (without the header) sits: PDF tiles split this part. */
  diagram: Box;
  /** Canvas coordinates + offset = scene coordinates (cable `d` strings are in canvas coordinates). */
  offset: { x: number; y: number };
}

/** A rounded rectangle with per-corner radii (top-left, top-right, bottom-right, bottom-left). */
export function roundRect(x: number, y: number, w: number, h: number, r: number | [number, number, number, number]): string {
  const [tl, tr, br, bl] = (typeof r === 'number' ? [r, r, r, r] : r).map((v) => Math.max(0, Math.min(v, w / 2, h / 2)));
  const k = 0.5523; // cubic approximation of a quarter circle
  const n = (v: number): string => String(Math.round(v * 100) / 100);
  return [
    `M${n(x + tl!)} ${n(y)}`,
    `L${n(x + w - tr!)} ${n(y)}`,
    tr ? `C${n(x + w - tr! + tr! * k)} ${n(y)} ${n(x + w)} ${n(y + tr! - tr! * k)} ${n(x + w)} ${n(y + tr!)}` : '',
    `L${n(x + w)} ${n(y + h - br!)}`,
    br ? `C${n(x + w)} ${n(y + h - br! + br! * k)} ${n(x + w - br! + br! * k)} ${n(y + h)} ${n(x + w - br!)} ${n(y + h)}` : '',
    `L${n(x + bl!)} ${n(y + h)}`,
    bl ? `C${n(x + bl! - bl! * k)} ${n(y + h)} ${n(x)} ${n(y + h - bl! + bl! * k)} ${n(x)} ${n(y + h - bl!)}` : '',
    `L${n(x)} ${n(y + tl!)}`,
    tl ? `C${n(x)} ${n(y + tl! - tl! * k)} ${n(x + tl! - tl! * k)} ${n(y)} ${n(x + tl!)} ${n(y)}` : '',
    'Z',
  ].join('');
}

export const circle = (cx: number, cy: number, r: number): string => roundRect(cx - r, cy - r, 2 * r, 2 * r, r);

/** Bounding box of the points of an absolute-coordinate path (M/L/C/Q): control points included. */
export function pathBox(d: string): Box {
  const nums = d.match(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi)?.map(Number) ?? [];
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i + 1 < nums.length; i += 2) {
    x0 = Math.min(x0, nums[i]!);
    x1 = Math.max(x1, nums[i]!);
    y0 = Math.min(y0, nums[i + 1]!);
    y1 = Math.max(y1, nums[i + 1]!);
  }
  return Number.isFinite(x0) ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : { x: 0, y: 0, width: 0, height: 0 };
}

export const union = (a: Box, b: Box): Box => {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
};

export const intersects = (a: Box, b: Box): boolean => a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;

/** Path data that is only absolute commands and numbers (what the canvas produces): safe to write anywhere. */
export const isPlainPath = (d: string): boolean => /^[MLCQZmlcqzhvHVSsTtAa0-9.,\s\-eE]*$/.test(d) && d.length < 20000;
