/* eslint-disable no-control-regex -- the tests look for control characters in the output */
import { describe, expect, it } from 'vitest';
import { getTemplate } from '../scenarios';
import { tinyIbDesign } from '../scenarios/testDesigns';
import { num, formatValue, percent } from './format';
import { memoryCli } from './memoryCli';
import { printable } from './printable';

/** Errors are errors, labels cannot drive the terminal, numbers stay numbers (issue 10, item 7). */
const cli = (argv: string[], files: Record<string, string> = {}) => memoryCli(argv, files);

// The tiny test design with FC storage and no IB↔FC gateway: its two VMs have no SAN path.
const noSanPath = JSON.stringify(tinyIbDesign({ storage: 'fc-no-gateway' }));

describe('a design with error findings', () => {
  it('sim prints its numbers, then exits 3 with one line on stderr', async () => {
    const r = await cli(['sim', 'broken.json'], { 'broken.json': noSanPath });
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/VMs per server/);
    expect(r.stdout).toMatch(/\[error\] 2 VM\(s\) have no SAN path\. No gateway from InfiniBand to Fibre Channel/);
    expect(r.stderr).toBe('broken.json: the design has 1 error (see Findings); exit status 3.\n');
  });

  it('--json stays one parseable object on stdout and still exits 3', async () => {
    const r = await cli(['sim', 'broken.json', '--json'], { 'broken.json': noSanPath });
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout).modes.software.vm.count).toBe(2);
  });

  it('compare exits 3 when either side has errors, 0 when neither has', async () => {
    expect((await cli(['compare', 'seed-ib-software', 'broken.json'], { 'broken.json': noSanPath })).code).toBe(3);
    expect((await cli(['compare', 'seed-ib-software', 'seed-ib-native'])).code).toBe(0);
  });

  it('a clean template exits 0', async () => {
    expect((await cli(['sim', 'seed-ib-native', '--mode', 'native'])).code).toBe(0);
  });
});

describe('labels from files cannot drive the terminal', () => {
  const hostile = (() => {
    const d = getTemplate('seed-ib-software')!.build();
    d.name = 'Clear\u001b[2J\u001b[Hme \u001b]0;pwned\u0007title\r\u009b31mred\u202eevil';
    d.nodes[0]!.label = 'Blade\u001b[31m servers\u0007';
    return JSON.stringify(d);
  })();

  it('the text report carries no escape sequence, control character or bidi override', async () => {
    const r = await cli(['sim', 'hostile.json', '--mode', 'software'], { 'hostile.json': hostile });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(r.stdout.split('\n')[0]).toBe('Clearme titleredevil');
    expect(r.stdout).toContain('Blade servers');
  });

  it('JSON keeps the label, escaped: the same string for a JSON reader, nothing raw for a terminal', async () => {
    const r = await cli(['sim', 'hostile.json', '--json', '--mode', 'software'], { 'hostile.json': hostile });
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(JSON.parse(r.stdout).design.name).toBe(JSON.parse(hostile).name);
  });

  it('printable() removes CSI, OSC and lone escapes, keeps newlines and tabs', () => {
    expect(printable('a\u001b[1;31mb\u001b[0m\tc\n')).toBe('ab\tc\n');
    expect(printable('x\u001b]8;;http://evil\u001b\\y')).toBe('xy');
    expect(printable('\u001bcreset\u0000\u0085')).toBe('reset');
  });
});

describe('the command line itself', () => {
  it('a repeated option is an error, not "last one wins"', async () => {
    for (const argv of [
      ['sim', 'seed-ib-software', '--mode', 'native', '--mode', 'software'],
      ['sim', 'seed-ib-software', '--json', '--json'],
      ['generate', '--servers', '4', '--vms', '2', '--servers=8'],
    ]) {
      const r = await cli(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^error: option --(mode|json|servers) is given more than once\./);
      expect(r.stdout).toBe('');
    }
  });

  it('never prints NaN or ∞', () => {
    for (const v of [NaN, Infinity, -Infinity]) {
      expect(num(v)).toBe('—');
      expect(formatValue(v, '$')).toBe('—');
      expect(formatValue(v, 'Gb/s')).toBe('—');
      expect(percent(v)).toBe('—');
    }
  });
});
