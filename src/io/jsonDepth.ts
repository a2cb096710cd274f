/**
 * Does the JSON text nest arrays/objects deeper than `max`? A linear scan that skips strings, so
 * a hostile file ("[[[[…" a million deep) is refused before JSON.parse and the validators recurse
 * into it. Malformed text is left for JSON.parse to report.
 */
export function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
