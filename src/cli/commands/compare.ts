import type { IovMode, SimulationResult } from '../../domain';
import { simulateWithCapability } from '../../sim';
import { expectPositionals, outputFormat, parseArgs, parseModes, type OptionKind } from '../args';
import { exitForDesigns } from '../designErrors';
import { CliError } from '../errors';
import type { Io } from '../io';
import { toJson } from '../json';
import { loadDesign } from '../load';
import { serverCount } from '../../analysis/metrics';
import { compareCsv, compareJson, compareText, type Side } from '../compareText';

const OPTIONS: Record<string, OptionKind> = { mode: 'value', saturate: 'flag', json: 'flag', csv: 'flag' };

async function side(ref: string, io: Io, modes: readonly IovMode[]): Promise<Side & { result: SimulationResult }> {
  const loaded = await loadDesign(ref, io);
  // Planned demand with capability, as the app's Compare view: the same rows, the same numbers.
  const result = simulateWithCapability(loaded.design, { modes });
  if (result.modes.length === 0) throw new CliError(`${ref}: ${result.findings.map((f) => f.message).join(' ') || 'nothing to simulate.'}`);
  return { loaded, ctx: { servers: serverCount(loaded.design) }, modes: new Map(result.modes.map((m) => [m.mode, m])), result };
}

/** `compare <a> <b>`: B against A, mode by mode, and the seed's Table 3 for the pair. */
export async function compareCommand(args: readonly string[], io: Io, usage: () => number): Promise<number> {
  const p = parseArgs('compare', args, OPTIONS);
  if (p.flags.has('help')) return usage();
  const [refA, refB] = expectPositionals('compare', p.positionals, ['a', 'b']);
  const format = outputFormat(p.flags);
  const modes = parseModes(p.values.get('mode'));
  // --saturate is still accepted: capability rows are always there now, as in the app.
  const a = await side(refA!, io, modes);
  const b = await side(refB!, io, modes);
  if (format === 'json') io.out(toJson(compareJson(a, b, modes, true)));
  else if (format === 'csv') io.out(compareCsv(a, b, modes));
  else io.out(compareText(a, b, modes));
  return exitForDesigns(io, [
    { ref: refA!, result: a.result },
    { ref: refB!, result: b.result },
  ]);
}
