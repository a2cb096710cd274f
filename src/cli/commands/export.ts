import { catalogFor } from '../../catalog';
import { IOV_MODES, type Design, type IovMode } from '../../domain';
import { headlessCapture } from '../../io/export/headless';
import { EXPORT_FORMATS, runExport, type ExportFormat, type ExportRequest } from '../../io/export/job';
import { simulate, simulateWithCapability } from '../../sim';
import { expectPositionals, parseArgs, type OptionKind } from '../args';
import { CliError, UsageError } from '../errors';
import { nodeExportRuntime } from '../exportRuntime';
import type { Io } from '../io';
import { loadDesign } from '../load';
import { didYouMean } from '../suggest';
import type { LabKinds } from '../../io/formats/containerlab';
import { SVG_TEXT } from '../../io/export/svg';

const OPTIONS: Record<string, OptionKind> = { format: 'value', out: 'value', mode: 'value', baseline: 'value', scale: 'value', background: 'value', 'prepared-for': 'value', 'prepared-by': 'value', kinds: 'value', full: 'flag', text: 'value' };

const DIAGRAMS: ReadonlySet<ExportFormat> = new Set(['png', 'svg', 'pdf', 'drawio', 'graphml']);

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback?: T): T {
  if (value === undefined) {
    if (fallback !== undefined) return fallback;
    throw new UsageError(`missing --${name} ${allowed.join('|')}.`);
  }
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`bad --${name} '${value}': expected ${allowed.join(', ')}.${didYouMean(value, allowed)}`);
  return value as T;
}

const CLASSES = ['server', 'switch', 'gateway', 'storage', 'network'] as const;

/** `--kinds switch=nokia_srlinux@ghcr.io/nokia/srlinux,server=linux@alpine:3.20`: lab node kind (and image) per part class. */
export function parseLabKinds(value: string): Partial<LabKinds> {
  const out: Partial<LabKinds> = {};
  for (const item of value.split(',')) {
    const m = /^\s*(\w+)=([\w.-]+)(?:@(\S+))?\s*$/.exec(item);
    if (!m) throw new UsageError(`bad --kinds item '${item}': expected CLASS=KIND or CLASS=KIND@IMAGE.`);
    const klass = oneOf('kinds class', m[1], CLASSES);
    out[klass] = { kind: m[2]!, ...(m[3] ? { image: m[3] } : {}) };
  }
  return out;
}

/** The request the app's Export menu would send for this design, built without a canvas. */
export async function exportRequest(design: Design, format: ExportFormat, p: { values: ReadonlyMap<string, string>; flags: ReadonlySet<string> }, io: Io): Promise<ExportRequest> {
  const catalog = catalogFor(design);
  // The proposal gives each mode's headroom: the app waits for the capability runs that follow a result.
  const result = format === 'pdf' ? simulateWithCapability(design) : simulate(design);
  const scale = Number(oneOf('scale', p.values.get('scale'), ['1', '2'], '1'));
  const background = oneOf('background', p.values.get('background'), ['white', 'transparent'], 'white');
  let baseline: ExportRequest['baseline'];
  const baselineRef = p.values.get('baseline');
  if (baselineRef !== undefined) {
    if (format !== 'pdf') throw new UsageError('--baseline is for --format pdf (the proposal’s comparison).');
    const b = (await loadDesign(baselineRef, io)).design;
    baseline = { name: b.name, design: b, result: simulate(b) };
  }
  const textFlag = p.values.get('text');
  if (textFlag !== undefined && format !== 'svg') throw new UsageError('--text is for --format svg (PNG and PDF always draw the export font).');
  const text = oneOf('text', textFlag, SVG_TEXT, 'real');
  const kinds = p.values.get('kinds');
  if ((kinds !== undefined || p.flags.has('full')) && format !== 'clab') throw new UsageError('--kinds and --full are for --format clab.');
  return {
    format,
    design,
    ...(format === 'clab' ? { tools: { ...(kinds ? { labKinds: parseLabKinds(kinds) } : {}), ...(p.flags.has('full') ? { labFull: true } : {}) } } : {}),
    now: io.now?.() ?? Date.now(),
    ...(DIAGRAMS.has(format) ? { capture: headlessCapture(design, catalog, result.modes.length > 0 ? result : null) } : {}),
    ...(result.modes.length > 0 ? { result } : {}),
    scale,
    background,
    ...(format === 'svg' ? { text } : {}),
    preparedFor: p.values.get('prepared-for') ?? '',
    preparedBy: p.values.get('prepared-by') ?? '',
    ...(baseline ? { baseline } : {}),
  };
}

/** `export <template | design.json> --format F [--out FILE]`: the file the app's Export menu writes. */
export async function exportCommand(args: readonly string[], io: Io, usage: () => number): Promise<number> {
  const p = parseArgs('export', args, OPTIONS);
  if (p.flags.has('help')) return usage();
  const [ref] = expectPositionals('export', p.positionals, ['template-id | design.json']);
  const format = oneOf('format', p.values.get('format'), EXPORT_FORMATS);
  const mode = p.values.get('mode');
  const loaded = await loadDesign(ref!, io);
  let design = loaded.design;
  // One mode: the results the bill of materials, legend and proposal lead with (the app's mode switch).
  if (mode !== undefined) design = { ...design, settings: { ...design.settings, mode: oneOf<IovMode>('mode', mode, IOV_MODES) } };
  const file = await runExport(await exportRequest(design, format, p, io), nodeExportRuntime());
  const out = p.values.get('out') ?? file.fileName;
  if (!io.writeFile) throw new CliError('this runner cannot write files.');
  try {
    await io.writeFile(out, file.bytes);
  } catch (e) {
    throw new CliError(`cannot write '${out}': ${e instanceof Error ? e.message : String(e)}`);
  }
  io.out(`${out}: ${file.summary}\n`);
  if (file.note) io.err(`note: ${file.note}\n`);
  return 0;
}
