// A name shortened to fit a width without cutting a word: the canvas (measuring in the browser's
// UI font) and the diagram exports (measuring in the export font) both shorten through this one
// function, so a name reads the same way everywhere and never ends mid-word (issue 23).

export const ELLIPSIS = '…';

/** Width of a string in the units of maxWidth (px at a given font size). */
export type MeasureText = (text: string) => number;

/**
 * Whitespace and the punctuation a name breaks after ("Servers, pod 3", "IB↔Eth", "a/b", "x-y").
 * A break is taken before whitespace or after one of these.
 */
const BREAK_AFTER = /[\s,;:/\-–—(·]/u;

/** Grapheme clusters where the runtime can tell them (emoji with modifiers, combining marks), else code points. */
function graphemes(text: string): string[] {
  const Seg = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (Seg) return Array.from(new Seg(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);
  return [...text];
}

/** Where the text may be cut: character counts (in graphemes) ending a whole word. */
function wordEnds(chars: readonly string[]): number[] {
  const ends: number[] = [];
  for (let i = 1; i < chars.length; i++) {
    const prev = chars[i - 1]!;
    const here = chars[i]!;
    if (/\s/u.test(here) && !/\s/u.test(prev)) ends.push(i);
    else if (!/\s/u.test(prev) && BREAK_AFTER.test(prev) && !/\s/u.test(here)) ends.push(i);
  }
  return ends;
}

/** Trailing separators dropped before the "…": "Servers, …" reads worse than "Servers…". */
const trimEnd = (s: string): string => s.replace(/[\s,;:/\-–—(·]+$/u, '');

/**
 * The text if it fits in maxWidth; else its longest run of whole words that fits with "…" after
 * it. Only when not even the first word fits is a word cut (at a grapheme boundary, so emoji and
 * combining marks stay whole). Right-to-left text is shortened at its logical end (the end a
 * reader reaches last), which the browser and the export's visual ordering then place correctly.
 */
export function shortName(text: string, maxWidth: number, measure: MeasureText): string {
  if (measure(text) <= maxWidth) return text;
  const chars = graphemes(text);
  const ends = wordEnds(chars);
  // Longest whole-word prefix that fits (widths grow with the prefix: binary search).
  let lo = 0;
  let hi = ends.length - 1;
  let best = '';
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const candidate = trimEnd(chars.slice(0, ends[mid]).join('')) + ELLIPSIS;
    if (candidate.length > ELLIPSIS.length && measure(candidate) <= maxWidth) {
      best = candidate;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (best) return best;
  // One word wider than the room: the only case cut inside a word.
  let a = 0;
  let b = chars.length;
  while (a < b) {
    const mid = (a + b + 1) >> 1;
    if (measure(chars.slice(0, mid).join('') + ELLIPSIS) <= maxWidth) a = mid;
    else b = mid - 1;
  }
  const keep = a;
  if (keep === 0) return measure(ELLIPSIS) <= maxWidth ? ELLIPSIS : '';
  return chars.slice(0, keep).join('').trimEnd() + ELLIPSIS;
}

/** True when `shown` is `full` or a whole-word prefix of it followed by "…" (what shortName promises, tests check). */
export function isWholeWordPrefix(shown: string, full: string): boolean {
  if (shown === full) return true;
  if (!shown.endsWith(ELLIPSIS)) return false;
  const head = shown.slice(0, -ELLIPSIS.length);
  if (!full.startsWith(head)) return false;
  const next = full.slice(head.length);
  return head.length > 0 && (/^[\s,;:/\-–—(·]/u.test(next) || BREAK_AFTER.test(head.at(-1) ?? ''));
}
