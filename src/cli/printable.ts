/* eslint-disable no-control-regex -- matching control characters is what this module is for */
/**
 * Text the CLI prints comes partly from design files (names, labels, descriptions, and messages
 * that quote them). A label holding `ESC[2J` would clear the user's terminal, one holding a
 * carriage return could overwrite a line, a right-to-left override could disguise one: so every
 * line the CLI prints goes through here. Escape sequences (CSI, OSC, and two-byte ESC forms) are
 * removed whole (7-bit and 8-bit forms), then any other C0/C1 control character (but newline and tab) and the bidi
 * embedding/override/isolate marks. JSON output is unaffected: JSON.stringify escapes C0, and
 * `toJson` escapes C1 and bidi marks, so nothing raw is left for this to remove.
 */
const CSI = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]/g;
const OSC = /(?:\u001b\]|\u009d)[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?/g;
/** Any other escape: ESC, its intermediate bytes, and its final byte (ESC c resets a terminal). */
const ESC_OTHER = /\u001b[ -/]*[0-~]?/g;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(CSI, '').replace(OSC, '').replace(ESC_OTHER, '').replace(CONTROL, '');
}
