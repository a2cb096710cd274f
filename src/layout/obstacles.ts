// The nodes a cable may have to go around, found fast: boxes sorted by their left edge, so the
// ones between two x positions are a binary search and a short scan, not a pass over the whole
// design for every cable (the 1,000-node designs have thousands of cables).
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

export function obstacleIndex(boxes: Iterable<Box>): ObstacleIndex {
  const sorted = [...boxes].sort((a, b) => a.x - b.x);
  const widest = sorted.reduce((w, b) => Math.max(w, b.width), 0);
  /** First index whose x is ≥ v. */
  const from = (v: number): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (sorted[m]!.x < v) lo = m + 1;
      else hi = m;
    }
    return lo;
  };
  return {
    between(x0, x1) {
      const lo = Math.min(x0, x1);
      const hi = Math.max(x0, x1);
      const out: Box[] = [];
      for (let i = from(lo - widest); i < sorted.length && sorted[i]!.x < hi; i++) {
        const b = sorted[i]!;
        if (b.x + b.width > lo) out.push(b);
      }
      return out;
    },
  };
}
