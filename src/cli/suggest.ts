/** Edit distance, for "did you mean" hints on mistyped commands, options and template ids. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** The closest candidate, if it is close enough to be a plausible typo (or contains the input). */
export function nearest(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(needle, c.toLowerCase());
    if (d < bestD) [best, bestD] = [c, d];
  }
  if (best !== undefined && bestD <= Math.max(2, Math.floor(needle.length / 3))) return best;
  // "ib-native" for "seed-ib-native": a fragment is as good a hint as a typo.
  const containing = needle.length >= 3 ? candidates.filter((c) => c.toLowerCase().includes(needle)) : [];
  return containing.length === 1 ? containing[0] : undefined;
}

export const didYouMean = (input: string, candidates: readonly string[]): string => {
  const n = nearest(input, candidates);
  return n ? ` Did you mean '${n}'?` : '';
};
