import { TEMPLATES } from '../../scenarios';
import { simulate, simulateWithCapability } from '../../sim';
import { expectPositionals, outputFormat, parseArgs, parseModes, type OptionKind } from '../args';
import { exitForDesigns } from '../designErrors';
import { CliError, UsageError } from '../errors';
import type { Io } from '../io';
import { simJson, toJson } from '../json';
import { loadDesign, UnknownRefError, type Loaded } from '../load';
import { serverCount } from '../../analysis/metrics';
import { simCsv, simText } from '../simText';
import { COMMANDS } from '../usage';
import { didYouMean } from '../suggest';

const OPTIONS: Record<string, OptionKind> = { mode: 'value', saturate: 'flag', json: 'flag', csv: 'flag' };

/**
 * `sim <template-id | design.json>`. `implicit`: the user left out the word "sim", so an argument
 * that is neither a template nor a file was more likely meant as a command.
 */
export async function simCommand(args: readonly string[], io: Io, implicit: boolean, usage: () => number): Promise<number> {
  const p = parseArgs('sim', args, OPTIONS);
  if (p.flags.has('help')) return usage();
  const [ref] = expectPositionals('sim', p.positionals, ['template-id | design.json']);
  const format = outputFormat(p.flags);
  const modes = parseModes(p.values.get('mode'));
  const saturate = p.flags.has('saturate');
  let loaded: Loaded;
  try {
    loaded = await loadDesign(ref!, io);
  } catch (e) {
    if (implicit && e instanceof UnknownRefError) {
      throw new UsageError(`unknown command or template '${ref}'.${didYouMean(ref!, [...COMMANDS, ...TEMPLATES.map((t) => t.id)])} Commands: ${COMMANDS.join(', ')}; 'templates' lists the template ids.`);
    }
    throw e;
  }
  // --saturate: the app's capability (each kind pushed, the others at their demand) beside the planned run.
  const result = saturate ? simulateWithCapability(loaded.design, { modes }) : simulate(loaded.design, { modes });
  if (result.modes.length === 0) throw new CliError(`${ref}: ${result.findings.map((f) => f.message).join(' ') || 'nothing to simulate.'}`);
  const ctx = { servers: serverCount(loaded.design) };
  if (format === 'json') io.out(toJson(simJson(loaded, ctx.servers, result, saturate)));
  else if (format === 'csv') io.out(simCsv(result.modes, ctx, loaded.design));
  else io.out(simText(loaded, result, ctx));
  return exitForDesigns(io, [{ ref: ref!, result }]);
}
