import { generateDesign } from '../../scenarios';
import { expectPositionals, parseArgs, parseCount } from '../args';
import { EXIT_OK, UsageError } from '../errors';
import type { Io } from '../io';

// The design schema's own limits: a server group holds up to 100,000 servers of up to 1,000 VMs.
const MAX_SERVERS = 100_000;
const MAX_VMS = 1000;
// Beyond this a design still imports but takes minutes and gigabytes to simulate (100,000 VMs: ~5 s).
const MAX_TOTAL_VMS = 1_000_000;

/** `generate --servers N --vms V`: a synthetic InfiniBand design, as a design file on stdout. */
export function generateCommand(args: readonly string[], io: Io, usage: () => number): number {
  const p = parseArgs('generate', args, { servers: 'value', vms: 'value' });
  if (p.flags.has('help')) return usage();
  expectPositionals('generate', p.positionals, []);
  const servers = parseCount('servers', p.values.get('servers'), 1, MAX_SERVERS);
  const vms = parseCount('vms', p.values.get('vms'), 1, MAX_VMS);
  if (servers * vms > MAX_TOTAL_VMS) {
    throw new UsageError(`--servers × --vms is ${(servers * vms).toLocaleString('en-US')} VMs; at most ${MAX_TOTAL_VMS.toLocaleString('en-US')} can be simulated in reasonable time.`);
  }
  io.out(JSON.stringify(generateDesign({ servers, vms }), null, 2) + '\n');
  return EXIT_OK;
}
