// A cable's path on the diagram: orthogonal runs that go around nodes rather than through them.
// Each end leaves its node on the side facing the other node, at its port's height; the cable
// turns into a vertical channel in a gap between columns (a strip no node overlaps), and when
// nodes stand in the way it crosses them in a free row between channels. One pure function for the
// canvas (CableEdge), the diagram exports and the CLI's `sim export`, so every drawing of a design
// has the same paths (e2e/cli-export.spec.ts compares the files byte for byte). Cost: a sort of
// the nodes between the two ends, a few dozen at most on a Tidy layout (obstacleIndex finds them).
import type { Box, ObstacleIndex } from './obstacles';

export type { Box };
export interface Point {
  x: number;
  y: number;
}

export interface CableRoute {
  /** SVG path data: M, L and Q (rounded corners) in absolute coordinates. */
  path: string;
  /** The corners of the route, ends included (the Q curves cut these by at most RADIUS). */
  points: Point[];
  /** Halfway along the route: where a label goes by default. */
  labelX: number;
  labelY: number;
  /** Both ends on the same side: a loop beside the nodes. */
  loop: boolean;
}

/** Closer than this (horizontal gap between the two boxes), nodes count as stacked. */
const STACKED_GAP = 40;
/** Room kept between a cable and a node it passes. */
const CLEARANCE = 10;
/** How far a loop beside stacked nodes stands out from them. */
const LOOP_OUT = 24;
const RADIUS = 8;
/** How far right of stacked nodes a loop looks for a free channel. */
const LOOP_BAND = 800;

/**
 * Floating cable ends: each end leaves its node on the side that faces the other node (left or
 * right border), at the height of its handle. Nodes stacked above each other (no room between
 * them horizontally) are joined on their right sides, a loop beside both rather than an S through them.
 */
export function floatingEnds(source: Box, sourceY: number, target: Box, targetY: number): { sx: number; sy: number; sLeft: boolean; tx: number; ty: number; tLeft: boolean } {
  const gap = Math.max(target.x - (source.x + source.width), source.x - (target.x + target.width));
  let sLeft = false;
  let tLeft = false;
  if (gap >= STACKED_GAP) {
    sLeft = target.x + target.width / 2 < source.x + source.width / 2;
    tLeft = !sLeft;
  }
  return { sx: sLeft ? source.x : source.x + source.width, sy: sourceY, sLeft, tx: tLeft ? target.x : target.x + target.width, ty: targetY, tLeft };
}

interface Span {
  lo: number;
  hi: number;
}

/** [lo, hi] minus the spans (each grown by CLEARANCE), as free spans in order. */
function freeSpans(lo: number, hi: number, blocked: readonly Span[]): Span[] {
  const sorted = blocked.map((b) => ({ lo: b.lo - CLEARANCE, hi: b.hi + CLEARANCE })).sort((a, b) => a.lo - b.lo);
  const out: Span[] = [];
  let at = lo;
  for (const b of sorted) {
    if (b.lo > at) out.push({ lo: at, hi: Math.min(b.lo, hi) });
    at = Math.max(at, b.hi);
    if (at >= hi) break;
  }
  if (at < hi) out.push({ lo: at, hi });
  return out.filter((s) => s.hi > s.lo);
}

const xSpan = (b: Box): Span => ({ lo: b.x, hi: b.x + b.width });
const ySpan = (b: Box): Span => ({ lo: b.y, hi: b.y + b.height });
const overlaps = (a: Span, b: Span): boolean => a.lo < b.hi && b.lo < a.hi;
const mid = (s: Span): number => (s.lo + s.hi) / 2;

/** Does a horizontal run at y from x0 to x1 pass through a node (with clearance)? */
const rowBlocked = (y: number, x0: number, x1: number, obstacles: readonly Box[]): boolean =>
  obstacles.some((o) => overlaps(xSpan(o), { lo: Math.min(x0, x1), hi: Math.max(x0, x1) }) && y > o.y - CLEARANCE && y < o.y + o.height + CLEARANCE);

/** The free height between x0 and x1 closest to running straight from y0 to y1. */
function freeRow(x0: number, x1: number, y0: number, y1: number, obstacles: readonly Box[]): number {
  const across = { lo: x0, hi: x1 };
  const blocked = obstacles.filter((o) => overlaps(xSpan(o), across)).map(ySpan);
  const lo = Math.min(y0, y1);
  const hi = Math.max(y0, y1);
  let best = y0;
  let cost = Infinity;
  for (const s of freeSpans(-1e9, 1e9, blocked)) {
    // Inside [lo, hi] costs nothing extra; outside, twice the way out and back.
    const y = Math.max(s.lo, Math.min(s.hi, Math.max(lo, Math.min(hi, (y0 + y1) / 2))));
    const c = Math.max(0, lo - y) + Math.max(0, y - hi);
    if (c < cost) [best, cost] = [y, c];
  }
  return best;
}

/** Left end (x0, y0) on a node's right side to right end (x1, y1) on a node's left side, x0 < x1. */
function forward(x0: number, y0: number, x1: number, y1: number, obstacles: readonly Box[]): Point[] {
  const between = obstacles.filter((o) => overlaps(xSpan(o), { lo: x0, hi: x1 }));
  const channels = freeSpans(x0, x1, between.map(xSpan));
  if (between.length === 0 || channels.length === 0) {
    const cx = (x0 + x1) / 2;
    return [{ x: x0, y: y0 }, { x: cx, y: y0 }, { x: cx, y: y1 }, { x: x1, y: y1 }];
  }
  // One turn will do when a channel sees both ends with nothing across either run (the channel
  // nearest the middle first).
  const centre = (x0 + x1) / 2;
  const byMiddle = [...channels].sort((a, b) => Math.abs(mid(a) - centre) - Math.abs(mid(b) - centre));
  for (const c of byMiddle) {
    const cx = mid(c);
    if (!rowBlocked(y0, x0, cx, between) && !rowBlocked(y1, cx, x1, between)) return [{ x: x0, y: y0 }, { x: cx, y: y0 }, { x: cx, y: y1 }, { x: x1, y: y1 }];
  }
  // Else: out into the first channel, along a free row to the last channel, and in.
  const c0 = mid(channels[0]!);
  const c1 = mid(channels[channels.length - 1]!);
  const y = freeRow(c0, c1, y0, y1, between);
  return [{ x: x0, y: y0 }, { x: c0, y: y0 }, { x: c0, y }, { x: c1, y }, { x: c1, y: y1 }, { x: x1, y: y1 }];
}

/** Both ends on the right sides (stacked nodes): out to a free vertical channel beside both, and back. */
function loopRight(sx: number, sy: number, tx: number, ty: number, obstacles: readonly Box[]): Point[] {
  const edge = Math.max(sx, tx);
  const along = { lo: Math.min(sy, ty) - CLEARANCE, hi: Math.max(sy, ty) + CLEARANCE };
  const inTheWay = obstacles.filter((o) => overlaps(ySpan(o), along) && o.x + o.width > edge);
  const first = freeSpans(edge, edge + 1e6, inTheWay.map(xSpan))[0]!;
  const x = first.lo === edge ? Math.min(edge + LOOP_OUT, mid({ lo: edge, hi: Math.min(first.hi, edge + 2 * LOOP_OUT) })) : first.lo;
  return [{ x: sx, y: sy }, { x, y: sy }, { x, y: ty }, { x: tx, y: ty }];
}

const n = (v: number): number => Math.round(v * 100) / 100;

/** Drops repeated points and points in line with their neighbours. */
function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const q = { x: n(p.x), y: n(p.y) };
    const last = out[out.length - 1];
    if (last && last.x === q.x && last.y === q.y) continue;
    const before = out[out.length - 2];
    if (before && last && ((before.x === last.x && last.x === q.x) || (before.y === last.y && last.y === q.y))) out.pop();
    out.push(q);
  }
  return out;
}

/** The corners as path data, each rounded by up to RADIUS (less where a run is short). */
export function roundedPath(points: readonly Point[]): string {
  const parts = [`M${points[0]!.x},${points[0]!.y}`];
  for (let i = 1; i < points.length - 1; i++) {
    const [a, p, b] = [points[i - 1]!, points[i]!, points[i + 1]!];
    const r = Math.min(RADIUS, Math.hypot(p.x - a.x, p.y - a.y) / 2, Math.hypot(b.x - p.x, b.y - p.y) / 2);
    const towards = (q: Point, d: number): Point => {
      const len = Math.hypot(q.x - p.x, q.y - p.y) || 1;
      return { x: n(p.x + ((q.x - p.x) * d) / len), y: n(p.y + ((q.y - p.y) * d) / len) };
    };
    const inn = towards(a, r);
    const out = towards(b, r);
    parts.push(`L${inn.x},${inn.y}`, `Q${p.x},${p.y} ${out.x},${out.y}`);
  }
  const last = points[points.length - 1]!;
  parts.push(`L${last.x},${last.y}`);
  return parts.join(' ');
}

/** The point `share` (0–1) of the way along a polyline. */
export function pointAlong(points: readonly Point[], share: number): Point {
  const lengths = points.slice(1).map((p, i) => Math.abs(p.x - points[i]!.x) + Math.abs(p.y - points[i]!.y));
  let left = lengths.reduce((s, l) => s + l, 0) * share;
  for (let i = 0; i < lengths.length; i++) {
    const l = lengths[i]!;
    if (left <= l && l > 0) {
      const [a, b] = [points[i]!, points[i + 1]!];
      return { x: n(a.x + ((b.x - a.x) * left) / l), y: n(a.y + ((b.y - a.y) * left) / l) };
    }
    left -= l;
  }
  return points[points.length - 1]!;
}

/**
 * The route of a cable from its source box (port at height sy) to its target box (port at ty),
 * around the boxes in `obstacles` (the other nodes: the two ends are ignored if present).
 */
export function routeCable(s: Box, sy: number, t: Box, ty: number, obstacles: ObstacleIndex): CableRoute {
  const f = floatingEnds(s, sy, t, ty);
  const loop = f.sLeft === f.tLeft;
  const band = loop ? [Math.max(f.sx, f.tx), Math.max(f.sx, f.tx) + LOOP_BAND] : [Math.min(f.sx, f.tx), Math.max(f.sx, f.tx)];
  const others = obstacles.between(band[0]!, band[1]!).filter((o) => !sameBox(o, s) && !sameBox(o, t));
  let points: Point[];
  if (loop) points = loopRight(f.sx, sy, f.tx, ty, others);
  else if (f.sx < f.tx) points = forward(f.sx, sy, f.tx, ty, others);
  else points = forward(f.tx, ty, f.sx, sy, others).reverse();
  points = simplify(points);
  const at = pointAlong(points, 0.5);
  return { path: roundedPath(points), points, labelX: at.x, labelY: at.y, loop };
}

const sameBox = (a: Box, b: Box): boolean => a === b || (a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height);

/** Spots for a label along a route: halfway first, then further out either way. */
export function spotsAlong(points: readonly Point[], shares: readonly number[] = [0.5, 0.38, 0.62, 0.28, 0.72, 0.2, 0.8]): Point[] {
  return points.length < 2 ? [] : shares.map((s) => pointAlong(points, s));
}

/**
 * The corners of a route from its path data (as roundedPath writes it: each corner is a Q's
 * control point), ends included — for formats that store an edge as bend points (draw.io, GraphML).
 */
export function cornersOf(path: string): Point[] {
  const out: Point[] = [];
  const cmds = [...path.matchAll(/([MLQ])([^MLQ]*)/g)];
  cmds.forEach(([, cmd, args], i) => {
    const v = (args!.match(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi) ?? []).map(Number);
    if (cmd === 'M' || (cmd === 'L' && i === cmds.length - 1)) out.push({ x: v[0]!, y: v[1]! });
    else if (cmd === 'Q') out.push({ x: v[0]!, y: v[1]! });
  });
  return out;
}
