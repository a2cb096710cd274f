// The nodes a cable may have to go around, found fast. Boxes sharing a left edge and a width (a
// column of a Tidy layout: 900 servers, say) form one group, and groups are sorted by their left
// edge, so the boxes between two x positions are a binary search and a scan of the few groups
// there — not a pass over every node for every cable (a 1,000-node design has as many cables).
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ObstacleIndex {
  /** Boxes overlapping the band x0 < x < x1 (any height). */
  between(x0: number, x1: number): Box[];
}

interface Group {
  x: number;
  width: number;
  boxes: Box[];
}

export function obstacleIndex(boxes: Iterable<Box>): ObstacleIndex {
  const byEdge = new Map<string, Group>();
  for (const b of boxes) {
    const key = `${b.x},${b.width}`;
    const g = byEdge.get(key);
    if (g) g.boxes.push(b);
    else byEdge.set(key, { x: b.x, width: b.width, boxes: [b] });
  }
  const groups = [...byEdge.values()].sort((a, b) => a.x - b.x);
  const widest = groups.reduce((w, g) => Math.max(w, g.width), 0);
  return {
    between(x0, x1) {
      const lo = Math.min(x0, x1);
      const hi = Math.max(x0, x1);
      // First group that can reach past lo: its left edge is above lo − widest.
      let a = 0;
      let b = groups.length;
      while (a < b) {
        const m = (a + b) >> 1;
        if (groups[m]!.x <= lo - widest) a = m + 1;
        else b = m;
      }
      const out: Box[] = [];
      for (let i = a; i < groups.length && groups[i]!.x < hi; i++) {
        const g = groups[i]!;
        if (g.x + g.width > lo) out.push(...g.boxes);
      }
      return out;
    },
  };
}
