// The design file a user saves and sends: the design (with its custom parts and price list) under
// its format name and version, plus which app wrote it and when. Opened by the same importer
// as everything else; the extra fields are informative and ignored on import.
import type { Design } from '../domain';
import { APP_NAME, APP_VERSION } from './appVersion';

export const DESIGN_FILE_EXTENSION = '.json';
export const DESIGN_FILE_TYPE = 'application/json';

export function designFileText(design: Design, savedAt: Date = new Date()): string {
  const { format, version, ...rest } = design;
  // Format and version first: someone opening the file in an editor sees what it is.
  const file = { format, version, app: `${APP_NAME} ${APP_VERSION}`, savedAt: savedAt.toISOString(), ...rest };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name from the design's name: letters, digits and dashes, never empty. */
export function designFileName(name: string, extension = DESIGN_FILE_EXTENSION): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'design'}${extension}`;
}
