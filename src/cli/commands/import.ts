import { deviceMapOf, readDeviceMap, type DeviceMap } from '../../io/formats/deviceMap';
import { importCablingSheet } from '../../io/formats/cablingSheet';
import { withNetboxDevices } from '../../io/formats/netboxImport';
import { catalogFor } from '../../catalog';
import { emptyDesign } from '../../scenarios';
import { designFileName, designFileText } from '../../io';
import { expectPositionals, parseArgs, type OptionKind } from '../args';
import { CliError, UsageError } from '../errors';
import type { Io } from '../io';
import { loadDesign } from '../load';

const OPTIONS: Record<string, OptionKind> = { map: 'value', like: 'value', out: 'value', name: 'value', devices: 'value' };

/** The device map: a file the user wrote (--map), or made from a design whose devices these are (--like). */
async function deviceMap(p: { values: ReadonlyMap<string, string> }, io: Io): Promise<DeviceMap> {
  const file = p.values.get('map');
  const like = p.values.get('like');
  if (file && like) throw new UsageError('choose one of --map and --like.');
  if (like) return deviceMapOf((await loadDesign(like, io)).design);
  if (!file) {
    if (p.values.has('devices')) return { format: 'iov-planner/device-map', version: 1, devices: {} };
    throw new UsageError("a cabling sheet does not say which part each device is: give --map devices.json (see 'export --format devicemap'), --like <template | design.json>, or NetBox's --devices devices.csv.");
  }
  const read = readDeviceMap(await io.readFile(file));
  if (!read.ok) throw new CliError(`${file}: ${read.message}`);
  return read.map;
}

/** `import <sheet.csv | cables.csv> --map devices.json [--devices devices.csv] [--out design.json]`: a cabling sheet (or NetBox's cables) in as a design file. */
export async function importCommand(args: readonly string[], io: Io, usage: () => number): Promise<number> {
  const p = parseArgs('import', args, OPTIONS);
  if (p.flags.has('help')) return usage();
  const [file] = expectPositionals('import', p.positionals, ['sheet.csv']);
  let map = await deviceMap(p, io);
  // NetBox's devices CSV: the parts of devices the map does not list, from their device types.
  const devicesFile = p.values.get('devices');
  if (devicesFile) {
    const withDevices = withNetboxDevices(map, await io.readFile(devicesFile), catalogFor({ ...emptyDesign(), customParts: map.customParts ?? [] }));
    if (!withDevices.ok) throw new CliError(`${devicesFile}: ${withDevices.message}`);
    map = withDevices.map;
  }
  const name = p.values.get('name');
  const r = importCablingSheet(await io.readFile(file!), name ? { ...map, name } : map, file!.replace(/^.*[\\/]/, '').replace(/\.csv$/i, ''));
  if (!r.ok) throw new CliError(`${file}: ${r.message}`);
  const out = p.values.get('out') ?? designFileName(r.design.name);
  if (!io.writeFile) throw new CliError('this runner cannot write files.');
  await io.writeFile(out, new TextEncoder().encode(designFileText(r.design, new Date(io.now?.() ?? Date.now()))));
  io.out(`${out}: ${r.design.nodes.length} nodes, ${r.design.links.length} links from ${r.cables.toLocaleString('en-US')} cables\n`);
  return 0;
}
