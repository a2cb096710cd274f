import { IOV_MODES, type IovMode } from '../../domain';
import { defaultSizingInput, ERAS, FABRICS, sizeDesign, SizingInputSchema, type Era, type Fabric, type SizingInput } from '../../scenarios';
import { expectPositionals, parseArgs, parseCount, type OptionKind } from '../args';
import { CliError, EXIT_OK, UsageError } from '../errors';
import type { Io } from '../io';
import { didYouMean } from '../suggest';

// The design schema's own limits: a server group holds up to 100,000 servers of up to 1,000 VMs.
const MAX_SERVERS = 100_000;
const MAX_VMS = 1000;
// Beyond this a design still imports but takes minutes and gigabytes to simulate (100,000 VMs: ~5 s).
const MAX_TOTAL_VMS = 1_000_000;

const OPTIONS: Record<string, OptionKind> = {
  servers: 'value',
  vms: 'value',
  fabric: 'value',
  era: 'value',
  ha: 'flag',
  oversubscription: 'value',
  mode: 'value',
  'lan-gbps': 'value',
  san: 'value',
  'ipc-gbps': 'value',
  cpu: 'value',
  memory: 'value',
  server: 'value',
  switch: 'value',
  explain: 'flag',
};

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`bad --${name} '${value}': expected ${allowed.join(', ')}.${didYouMean(value, allowed)}`);
}

function number(name: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(n) || n > max) throw new UsageError(`--${name} must be a number from 0 to ${max.toLocaleString('en-US')}, not '${value}'.`);
  return n;
}

/** Mb/s of the stored workload per Gb/s typed: LAN and server-to-server are given in Gb/s, as every result shows them. */
const MBPS_PER_GBPS = 1000;

/** A demand option in Gb/s as the design's Mb/s (the file format), without float noise: 0.015 → 15. */
function gbpsOption(name: string, value: string | undefined, fallbackMbps: number): number {
  if (value === undefined) return fallbackMbps;
  return Number((number(name, value, 0, 100_000 / MBPS_PER_GBPS) * MBPS_PER_GBPS).toPrecision(12));
}

/**
 * Options that took Mb/s before LAN and server-to-server went to Gb/s everywhere. A script that
 * still passes them would ask for 1,000× the demand under the new unit: refused, with the new
 * spelling and its value in Gb/s.
 */
const RETIRED: Readonly<Record<string, { now: string; example: string }>> = {
  lan: { now: 'lan-gbps', example: '15 Mb/s = 0.015' },
  ipc: { now: 'ipc-gbps', example: '300 Mb/s = 0.3' },
};

function refuseRetired(args: readonly string[]): void {
  for (let i = 0; i < args.length && args[i] !== '--'; i++) {
    const m = /^--(lan|ipc)(?:=(.*))?$/.exec(args[i]!);
    if (!m) continue;
    const { now, example } = RETIRED[m[1]!]!;
    const value = m[2] ?? (args[i + 1]?.startsWith('-') ? undefined : args[i + 1]);
    const n = value !== undefined && /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
    const instead = Number.isFinite(n) ? ` For --${m[1]} ${value}, write --${now} ${Number((n / MBPS_PER_GBPS).toPrecision(12))}.` : '';
    throw new UsageError(`--${m[1]} now takes Gb/s as --${now} (${example}).${instead}`);
  }
}

/**
 * `generate --servers N --vms V [--fabric …] [--era …] [--ha] [--oversubscription 1|2|3] …`: a
 * right-sized design from requirements (the app's sizing wizard, same code), as a design file on
 * stdout; `--explain` prints why these counts instead.
 */
export function generateCommand(args: readonly string[], io: Io, usage: () => number): number {
  refuseRetired(args);
  const p = parseArgs('generate', args, OPTIONS);
  if (p.flags.has('help')) return usage();
  expectPositionals('generate', p.positionals, []);
  const v = (k: string): string | undefined => p.values.get(k);
  const servers = parseCount('servers', v('servers'), 1, MAX_SERVERS);
  const vms = parseCount('vms', v('vms'), 1, MAX_VMS);
  if (servers * vms > MAX_TOTAL_VMS) {
    throw new UsageError(`--servers × --vms is ${(servers * vms).toLocaleString('en-US')} VMs; at most ${MAX_TOTAL_VMS.toLocaleString('en-US')} can be simulated in reasonable time.`);
  }
  const era = oneOf<Era>('era', v('era'), ERAS, '2007');
  const fabric = oneOf<Fabric>('fabric', v('fabric'), FABRICS, era === '2007' ? 'infiniband' : 'modern');
  const base = defaultSizingInput(era, fabric);
  const ratio = oneOf('oversubscription', v('oversubscription'), ['1', '2', '3'] as const, '1');
  const mode = v('mode') === undefined ? undefined : oneOf<IovMode>('mode', v('mode'), IOV_MODES, 'software');
  const input: SizingInput = {
    ...base,
    servers,
    vmsPerServer: vms,
    ha: p.flags.has('ha'),
    oversubscription: Number(ratio) as 1 | 2 | 3,
    lanMbps: gbpsOption('lan-gbps', v('lan-gbps'), base.lanMbps),
    sanMBps: number('san', v('san'), base.sanMBps, 100_000),
    ipcMbps: gbpsOption('ipc-gbps', v('ipc-gbps'), base.ipcMbps),
    cpuGhz: number('cpu', v('cpu'), base.cpuGhz, 1000),
    memoryGb: number('memory', v('memory'), base.memoryGb, 100_000),
    ...(mode ? { mode } : {}),
    ...(v('server') ? { serverPartId: v('server') } : {}),
    ...(v('switch') ? { switchPartId: v('switch') } : {}),
  };
  const checked = SizingInputSchema.safeParse(input);
  if (!checked.success) throw new UsageError(checked.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('; '));
  const outcome = sizeDesign(checked.data);
  if (!outcome.ok) throw new CliError(`cannot size this design: ${outcome.error}`);
  const { result } = outcome;
  if (p.flags.has('explain')) {
    const lines = [result.design.name, `Sized for ${result.mode} IOV.`, '', ...result.notes.map((n) => `- ${n}`)];
    if (result.warnings.length) lines.push('', 'Warnings:', ...result.warnings.map((w) => `- ${w}`));
    io.out(lines.join('\n') + '\n');
  } else {
    io.out(JSON.stringify(result.design, null, 2) + '\n');
  }
  return EXIT_OK;
}
