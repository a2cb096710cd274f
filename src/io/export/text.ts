// Text from users (labels, names) on its way into a file: made safe to draw and to store as XML,
// then fitted to the room it has (wrapped and shrunk, never cut: see fitBlock in draw.ts).
// Escaping for each format happens in its writer; this only
// removes what no format should carry.
import { shortName } from '../../layout';
import type { ExportFont } from './fonts';

// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are removed.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

/**
 * Drops characters that are invalid in XML 1.0 (C0/C1 controls, lone surrogates, U+FFFE/FFFF),
 * bidirectional overrides and isolates (they could reorder what a reader sees) and zero-width
 * characters, and collapses whitespace. Right-to-left letters themselves are kept.
 */

export function cleanText(text: string): string {
  return text
    .replace(CONTROLS, '')
    .replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, '')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The text, shortened at a word boundary with "…" if it is wider than maxWidth (a word is cut only
 * when the first one alone is too wide): the rule the canvas follows too (layout/shortName.ts).
 */
export function ellipsize(text: string, font: ExportFont, size: number, maxWidth: number): string {
  return shortName(text, maxWidth, (s) => font.width(s, size));
}

/** A word wider than a line, split into pieces that fit (at least one character each): nothing is dropped. */
function breakWord(word: string, font: ExportFont, size: number, maxWidth: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece && font.width(piece + ch, size) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Greedy word wrap into lines no wider than maxWidth; a word wider than a line is broken, never cut. */
export function wrap(text: string, font: ExportFont, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(' ').filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.width(candidate, size) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      const pieces = font.width(word, size) <= maxWidth ? [word] : breakWord(word, font, size, maxWidth);
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1] ?? '';
    }
    lines.push(line);
  }
  return lines;
}

const RTL_CHAR = '\\u0590-\\u08FF\\uFB1D-\\uFDFF\\uFE70-\\uFEFF';
const RTL = new RegExp(`[${RTL_CHAR}]`);
const RTL_RUN = new RegExp(`[${RTL_CHAR}](?:[\\s${RTL_CHAR}]*[${RTL_CHAR}])?`, 'g');

/**
 * The order to draw characters in, left to right: runs of right-to-left letters (Hebrew, Arabic)
 * reversed in place, in a left-to-right line. Enough for names and labels; a full bidi algorithm
 * and Arabic shaping are not attempted (Arabic letters keep their isolated forms).
 */
export function visualOrder(text: string): string {
  if (!RTL.test(text)) return text;
  return text.replace(RTL_RUN, (run) => [...run].reverse().join(''));
}
