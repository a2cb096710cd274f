// The columns of a point-to-point cabling sheet: our own cabling map's (src/io/export/csv.ts)
// and the short form bring-up procedures use (device, port, device, port, cable, length), under
// the names spreadsheets give them, and NetBox's cable bulk-import columns (side_a_device, …). Matched case-insensitively; a column may be left out unless
// it is required.
import type { Issue } from '../../domain';

export const SHEET_FIELDS = {
  aDevice: ['a device', 'device a', 'source device', 'from device', 'side_a_device', 'device'],
  aNode: ['a node id'],
  aMember: ['a member'],
  aAdapter: ['a adapter'],
  aPort: ['a port', 'port a', 'source port', 'from port', 'side_a_name', 'port'],
  zDevice: ['z device', 'b device', 'device z', 'device b', 'target device', 'to device', 'side_b_device', 'device'],
  zNode: ['z node id', 'b node id'],
  zMember: ['z member', 'b member'],
  zAdapter: ['z adapter', 'b adapter'],
  zPort: ['z port', 'b port', 'port z', 'port b', 'target port', 'to port', 'side_b_name', 'port'],
  linkId: ['link id'],
  lane: ['lane'],
  // NetBox's cable label: our NetBox export writes the cable part there.
  cablePartId: ['cable part id', 'cable type', 'label'],
  lengthM: ['length (m)', 'length', 'length m'],
} as const;
export type SheetField = keyof typeof SHEET_FIELDS;

const REQUIRED: readonly SheetField[] = ['aDevice', 'aPort', 'zDevice', 'zPort'];

/** The name a message uses for a field: the header the sheet gave it, else our own. */
export const OWN_NAME: Record<SheetField, string> = {
  aDevice: 'A device', aNode: 'A node ID', aMember: 'A member', aAdapter: 'A adapter', aPort: 'A port',
  zDevice: 'Z device', zNode: 'Z node ID', zMember: 'Z member', zAdapter: 'Z adapter', zPort: 'Z port',
  linkId: 'Link ID', lane: 'Lane', cablePartId: 'Cable part ID', lengthM: 'Length (m)',
};

export interface SheetHeader {
  index: Partial<Record<SheetField, number>>;
  names: Partial<Record<SheetField, string>>;
}

/** Which column holds which field; a missing required column is an issue naming what the row has. */
export function readHeader(cells: readonly string[]): SheetHeader | Issue {
  const index: SheetHeader['index'] = {};
  const names: SheetHeader['names'] = {};
  const wanted = Object.entries(SHEET_FIELDS) as Array<[SheetField, readonly string[]]>;
  cells.forEach((raw, i) => {
    const cell = raw.trim().toLowerCase();
    // The first field that claims a column takes it ("device" is A's only when no "a device" exists).
    for (const [field, aliases] of wanted) {
      if (index[field] === undefined && aliases.includes(cell)) {
        index[field] = i;
        names[field] = raw.trim();
        break;
      }
    }
  });
  const missing = REQUIRED.filter((f) => index[f] === undefined);
  if (missing.length > 0) {
    return { path: 'row 1', message: `the header row has no ${missing.map((f) => `'${OWN_NAME[f]}'`).join(', ')} column (it has: ${cells.map((c) => `'${c.slice(0, 40)}'`).join(', ').slice(0, 300)})` };
  }
  return { index, names };
}
