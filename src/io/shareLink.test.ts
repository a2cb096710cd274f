import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { getTemplate } from '../scenarios';
import { generateDesign } from '../scenarios';
import { SHARE_LINK_MAX_CHARS } from './limits';
import { decodeShareFragment, encodeShareLink, isShareFragment, toBase64Url } from './shareLink';

const demo = () => getTemplate('seed-ib-software')!.build();

describe('share links', () => {
  it('carry a template in about a kilobyte and decode to the same design', () => {
    const link = encodeShareLink(demo(), 'http://localhost:5173/#design=abc');
    if (!link.ok) throw new Error(link.message);
    expect(link.url.startsWith('http://localhost:5173/#share=1.')).toBe(true);
    expect(link.url.length).toBeLessThan(2000);
    const hash = new URL(link.url).hash;
    expect(isShareFragment(hash)).toBe(true);
    expect(decodeShareFragment(hash)).toEqual({ ok: true, design: demo() });
  });

  it('a design too large for a link is refused with the offer to save a file', () => {
    const big = { ...generateDesign({ servers: 1000, vms: 10 }) };
    const many = { ...big, nodes: Array.from({ length: 3000 }, (_, i) => ({ ...big.nodes[1]!, id: `leaf-${i}`, label: `Leaf switch ${i} ${Math.sin(i)}` })) };
    const link = encodeShareLink(many, 'http://localhost/');
    expect(link.ok).toBe(false);
    if (!link.ok) {
      expect(link.chars).toBeGreaterThan(SHARE_LINK_MAX_CHARS);
      expect(link.message).toMatch(/too large for a link .* Save it to a file/);
    }
  });

  it('a damaged, foreign or newer link gives a typed error, never an exception', () => {
    const ok = encodeShareLink(demo(), 'http://x/');
    if (!ok.ok) throw new Error('expected a link');
    const hash = new URL(ok.url).hash;
    expect(decodeShareFragment(hash.slice(0, hash.length / 2))).toMatchObject({ ok: false, error: { code: 'damaged' } });
    expect(decodeShareFragment('#share=1.%%%')).toMatchObject({ ok: false, error: { code: 'damaged' } });
    expect(decodeShareFragment('#share=1.')).toMatchObject({ ok: false, error: { code: 'damaged' } });
    expect(decodeShareFragment('#share=7.abc')).toMatchObject({ ok: false, error: { code: 'version-too-new' } });
    expect(decodeShareFragment(`#share=1.${toBase64Url(deflateSync(new TextEncoder().encode('{"hello":1}')))}`)).toMatchObject({ ok: false, error: { code: 'not-a-design' } });
  });

  it('a short link that inflates past the size limit is stopped there (a zip bomb)', () => {
    const bomb = deflateSync(new Uint8Array(21 * 1024 * 1024).fill(32), { level: 9 });
    const hash = `#share=1.${toBase64Url(bomb)}`;
    expect(hash.length).toBeLessThan(SHARE_LINK_MAX_CHARS);
    expect(decodeShareFragment(hash)).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });
});
