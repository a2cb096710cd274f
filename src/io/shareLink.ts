// Share links carry the whole design in the URL fragment (never sent to a server): compact JSON,
// DEFLATE-compressed (fflate), base64url. Opening one goes through the same importer as a file.
import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';
import type { Design } from '../domain';
import { importDesignText, type DesignImport } from './importer';
import { IMPORT_LIMITS, SHARE_LINK_MAX_CHARS, tooLargeMessage } from './limits';

/** `#share=1.<payload>`: the 1 is the link format, so a later encoding can be told apart. */
const PREFIX = 'share=';
const LINK_FORMAT = '1';

export type ShareLink = { ok: true; url: string } | { ok: false; chars: number; message: string };

/** The link for `design`, opened at `base` (the app's address without a fragment). */
export function encodeShareLink(design: Design, base: string): ShareLink {
  const payload = toBase64Url(deflateSync(strToU8(JSON.stringify(design)), { level: 9 }));
  const url = `${base.split('#')[0]}#${PREFIX}${LINK_FORMAT}.${payload}`;
  if (url.length > SHARE_LINK_MAX_CHARS) {
    return {
      ok: false,
      chars: url.length,
      message: `This design is too large for a link (${url.length.toLocaleString('en-US')} characters; links up to ${SHARE_LINK_MAX_CHARS.toLocaleString('en-US')} are safe to send). Save it to a file and send the file instead.`,
    };
  }
  return { ok: true, url };
}

/** Does this fragment (location.hash, with or without '#') carry a shared design? */
export const isShareFragment = (hash: string): boolean => hash.replace(/^#/, '').startsWith(PREFIX);

const damaged = (why: string): DesignImport => ({ ok: false, error: { code: 'damaged', message: `This share link is damaged or incomplete (${why}). Ask for the link again, or for the design file.` } });

/** Decode a share fragment into a design, with the importer's checks and typed errors. */
export function decodeShareFragment(hash: string): DesignImport {
  const body = hash.replace(/^#/, '');
  if (!body.startsWith(PREFIX)) return damaged('it does not carry a design');
  const value = body.slice(PREFIX.length);
  const dot = value.indexOf('.');
  if (dot < 0) return damaged('no link format');
  const format = value.slice(0, dot);
  if (format !== LINK_FORMAT) {
    return { ok: false, error: { code: 'version-too-new', found: Number(format) || 0, message: 'This share link was made by a newer IOV Planner; open it there and save the design to a file.' } };
  }
  const payload = value.slice(dot + 1);
  if (payload.length > SHARE_LINK_MAX_CHARS * 4) return { ok: false, error: { code: 'too-large', message: 'This share link is far longer than any link IOV Planner makes.' } };
  const bytes = fromBase64Url(payload);
  if (!bytes) return damaged('it contains characters a link never has');
  const inflated = inflateBounded(bytes, IMPORT_LIMITS.bytes);
  if (inflated === 'too-large') return { ok: false, error: { code: 'too-large', message: tooLargeMessage(IMPORT_LIMITS.bytes + 1) } };
  if (inflated === null) return damaged('it does not decompress');
  let text: string;
  try {
    text = strFromU8(inflated);
  } catch {
    return damaged('it is not text');
  }
  return importDesignText(text);
}

/** Inflate, stopping as soon as the output passes `limit` bytes (a small link cannot become a huge allocation). */
function inflateBounded(input: Uint8Array, limit: number): Uint8Array | 'too-large' | null {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let over = false;
  let done = false;
  const stream = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size > limit) over = true;
    else chunks.push(chunk);
    if (final) done = true;
  });
  try {
    const STEP = 1024;
    for (let i = 0; i < input.length && !over; i += STEP) stream.push(input.subarray(i, i + STEP), i + STEP >= input.length);
  } catch {
    return null;
  }
  if (over) return 'too-large';
  if (!done) return null;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}
