import { TEMPLATES } from '../../scenarios';
import { expectPositionals, parseArgs } from '../args';
import { EXIT_OK } from '../errors';
import { wrap } from '../format';
import type { Io } from '../io';
import { toJson } from '../json';
import { WIDTH } from '../report';

/** `templates`: the built-in designs `sim` and `compare` accept by id. */
export function templatesCommand(args: readonly string[], io: Io, usage: () => number): number {
  const p = parseArgs('templates', args, { json: 'flag' });
  if (p.flags.has('help')) return usage();
  expectPositionals('templates', p.positionals, []);
  const list = TEMPLATES.map((t) => ({ id: t.id, name: t.name, description: t.description }));
  if (p.flags.has('json')) {
    io.out(toJson(list));
    return EXIT_OK;
  }
  const w = Math.max(...list.map((t) => t.id.length)) + 3;
  const indent = ' '.repeat(w);
  const blocks = list.map((t) => [`${t.id.padEnd(w)}${t.name}`, wrap(t.description, WIDTH, indent)].join('\n'));
  io.out(blocks.join('\n\n') + '\n');
  return EXIT_OK;
}
