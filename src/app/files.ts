// File and link commands: save the design to a file, open one (picker, drop, paste), copy a
// share link. Everything that comes in goes through the importer, then openNewDesign(); on any
// error a dialog names what is wrong and where, and the open design is untouched.
import type { Design } from '../domain';
import {
  decodeDesignBytes,
  designFileName,
  designFileText,
  DESIGN_FILE_TYPE,
  encodeShareLink,
  importDesignText,
  importProblems,
  IMPORT_LIMITS,
  referencesSummary,
  tooLargeMessage,
  type DesignImportError,
} from '../io';
import { appStore } from '../store';
import { downloadText } from '../ui';
import { openNewDesign } from './openDesign';

export function saveDesignToFile(design: Design = appStore().getState().design): void {
  const name = designFileName(design.name);
  downloadText(name, designFileText(design), DESIGN_FILE_TYPE);
  appStore().getState().notify('info', `Saved “${design.name}” as ${name}.`);
}

const capitalized = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function showImportError(source: string, error: DesignImportError): void {
  const issues = importProblems(error);
  // With a list of problems below, the sentence above says what kind and how many.
  const count = `${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}`;
  const summary =
    issues.length === 0 ? error.message
    : error.code === 'broken-references' ? `${capitalized(referencesSummary(issues))} (${count}, listed below).`
    : `The design is invalid (${count}, listed below).`;
  appStore().getState().showProblem({
    title: `Could not open ${source}`,
    message: `${summary} The open design is unchanged.`,
    details: issues.map((i) => `${i.path || '(top level)'}: ${i.message}`),
  });
}

/** Import text and open it as a new design; `source` names it in messages (“design.json”, “the pasted text”). */
export async function openDesignText(text: string, source: string): Promise<boolean> {
  const result = importDesignText(text);
  if (!result.ok) {
    showImportError(source, result.error);
    return false;
  }
  const opened = await openNewDesign(result.design, { source: 'file' });
  if (opened.ok) {
    const upgraded = result.migratedFrom !== undefined ? ` (upgraded from file version ${result.migratedFrom})` : '';
    appStore().getState().notify('info', `Opened ${source} as a new design in Designs${upgraded}.`);
  }
  return opened.ok;
}

/** A file from the picker or a drop: its size is checked before it is read. */
export async function openDesignFile(file: File): Promise<boolean> {
  const source = `“${file.name}”`;
  if (file.size > IMPORT_LIMITS.bytes) {
    showImportError(source, { code: 'too-large', message: tooLargeMessage(file.size) });
    return false;
  }
  let text: string;
  try {
    // Bytes, not file.text(): a UTF-16 file (with its byte order mark) is decoded as UTF-16.
    text = decodeDesignBytes(new Uint8Array(await file.arrayBuffer()));
  } catch (e) {
    showImportError(source, { code: 'damaged', message: `The file could not be read (${e instanceof Error ? e.message : String(e)}).` });
    return false;
  }
  return /\.csv$/i.test(file.name) ? openCablingSheetText(text, source) : openDesignText(text, source);
}

/**
 * A cabling sheet (ours, a short device/port one, or NetBox's cables CSV) opened as a new design
 * with the open design's devices: their parts, adapters, VMs and settings (the CLI's --like).
 */
export async function openCablingSheetText(text: string, source: string): Promise<boolean> {
  const [{ importCablingSheet }, { deviceMapOf }] = await Promise.all([import('../io/formats/cablingSheet'), import('../io/formats/deviceMap')]);
  const current = appStore().getState().design;
  const result = importCablingSheet(text, { ...deviceMapOf(current), name: `${current.name} (from ${source.replace(/[“”]/g, '')})`.slice(0, 120) });
  if (!result.ok) {
    appStore().getState().showProblem({ title: `Could not open ${source}`, message: `${result.message} The devices come from the open design, “${current.name}”; it is unchanged.`, details: result.issues.map((i) => `${i.path}: ${i.message}`) });
    return false;
  }
  const opened = await openNewDesign(result.design, { source: 'file' });
  if (opened.ok) appStore().getState().notify('info', `Opened ${source} (${result.cables.toLocaleString('en-US')} cables) as a new design in Designs.`);
  return opened.ok;
}

/** Does pasted text look like an attempt to paste a design (rather than anything else on the clipboard)? */
export const looksLikeDesignJson = (text: string): boolean => /^\uFEFF?\s*\{/.test(text) && text.includes('"format"');

/** Copy a link that carries the design; a design too large for a link is offered as a file instead. */
export async function copyShareLink(design: Design = appStore().getState().design): Promise<void> {
  const store = appStore();
  const link = encodeShareLink(design, location.href);
  if (!link.ok) {
    store.getState().showProblem({ title: 'Too large for a share link', message: link.message, details: [], action: 'save-file' });
    return;
  }
  try {
    await navigator.clipboard.writeText(link.url);
    store.getState().notify('info', `Share link copied (${link.url.length.toLocaleString('en-US')} characters). It carries the whole design; whoever opens it sees it read-only and can save a copy.`);
  } catch {
    // Clipboard refused (permissions, an insecure context): show the link to copy by hand.
    store.getState().showProblem({ title: 'Copy this share link', message: 'The browser did not allow copying to the clipboard. Select the link below and copy it.', details: [link.url] });
  }
}
