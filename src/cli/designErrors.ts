import type { SimulationResult } from '../domain';
import { EXIT_DESIGN_ERRORS, EXIT_OK } from './errors';
import type { Io } from './io';

/** Error findings of a simulated design, over its design-wide findings and every mode's. */
export function errorCount(result: SimulationResult): number {
  const all = [...result.findings, ...result.modes.flatMap((m) => m.findings)];
  return new Set(all.filter((f) => f.severity === 'error').map((f) => f.message)).size;
}

/**
 * The exit status for designs that simulated: 3 when any has errors, with one line on stderr
 * saying so (stdout keeps only the requested output, so `--json` stays parseable).
 */
export function exitForDesigns(io: Io, designs: ReadonlyArray<{ ref: string; result: SimulationResult }>): number {
  let status = EXIT_OK;
  for (const { ref, result } of designs) {
    const n = errorCount(result);
    if (n === 0) continue;
    io.err(`${ref}: the design has ${n} ${n === 1 ? 'error' : 'errors'} (see Findings); exit status ${EXIT_DESIGN_ERRORS}.\n`);
    status = EXIT_DESIGN_ERRORS;
  }
  return status;
}
