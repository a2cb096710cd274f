/**
 * The median `stat` (stats.ts) gives of a series in which value i appears count[i] times — the
 * lower of the two middle ones for an even total, never their average — without writing the series
 * out: a sweep point's groups of flows (flowGroups.ts) hold a few thousand values standing for tens
 * of thousands of VMs. Linear time (three-way quickselect carrying the counts); reorders
 * `values[0..n)` and `count[0..n)` together. Values with count 0 are skipped; 0 when none counts.
 */
export function weightedMedian(values: Float64Array, count: Float64Array, n: number): number {
  let total = 0;
  for (let i = 0; i < n; i++) total += count[i]!;
  if (total === 0) return 0;
  let k = (total - 1) >> 1; // the k-th smallest, counting from 0
  let lo = 0;
  let hi = n - 1;
  for (;;) {
    const p = values[(lo + hi) >> 1]!;
    // [lo, lt): < p; [lt, i): = p; (gt, hi]: > p.
    let lt = lo;
    let i = lo;
    let gt = hi;
    let below = 0;
    let equal = 0;
    while (i <= gt) {
      const v = values[i]!;
      const c = count[i]!;
      if (v < p) {
        below += c;
        values[i] = values[lt]!;
        count[i] = count[lt]!;
        values[lt] = v;
        count[lt] = c;
        lt++;
        i++;
      } else if (v > p) {
        values[i] = values[gt]!;
        count[i] = count[gt]!;
        values[gt] = v;
        count[gt] = c;
        gt--;
      } else {
        equal += c;
        i++;
      }
    }
    if (k < below) hi = lt - 1;
    else if (k < below + equal) return p;
    else {
      k -= below + equal;
      lo = gt + 1;
    }
  }
}
