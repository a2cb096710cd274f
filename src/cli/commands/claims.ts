import { checkClaims } from '../../scenarios/claims';
import { checkModernClaims } from '../../scenarios/modernClaims';
import { expectPositionals, parseArgs } from '../args';
import { EXIT_FAILURE, EXIT_OK, UsageError } from '../errors';
import type { Io } from '../io';
import { toJson } from '../json';
import { WIDTH } from '../report';
import { wrap } from '../format';

/**
 * `claims`: the seed's claims C1–C14 (or, with `--era modern`, today's M1–M9) measured by the
 * simulator; exit 1 when any fails (CI can gate on it).
 */
export function claimsCommand(args: readonly string[], io: Io, usage: () => number): number {
  const p = parseArgs('claims', args, { json: 'flag', era: 'value' });
  if (p.flags.has('help')) return usage();
  expectPositionals('claims', p.positionals, []);
  const era = p.values.get('era') ?? '2007';
  if (era !== '2007' && era !== 'modern') throw new UsageError(`bad --era '${era}': expected 2007 or modern.`);
  const claims = (era === 'modern' ? checkModernClaims() : checkClaims()).map((c) => ({ id: c.id, statement: c.claim, measured: c.measured, accepted: c.accepted, pass: c.pass }));
  const passed = claims.filter((c) => c.pass).length;
  const failed = claims.length - passed;
  if (p.flags.has('json')) {
    io.out(toJson({ claims, passed, failed }));
  } else {
    const idWidth = Math.max(...claims.map((c) => c.id.length));
    const lines = claims.flatMap((c) => {
      const indent = ' '.repeat(idWidth + 8);
      return [
        wrap(c.statement, WIDTH, indent, `${c.id.padEnd(idWidth)}  ${c.pass ? 'PASS' : 'FAIL'}  `),
        wrap(c.measured, WIDTH, indent + '          ', `${indent}measured  `),
        wrap(c.accepted, WIDTH, indent + '          ', `${indent}accepted  `),
      ];
    });
    io.out([...lines, '', `${passed} passed, ${failed} failed`, ''].join('\n'));
  }
  return failed > 0 ? EXIT_FAILURE : EXIT_OK;
}
