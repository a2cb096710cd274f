import { useState } from 'react';
import { DesignSchema } from '../domain';
import type { LibraryEntry } from '../io';
import { getTemplate } from '../scenarios';
import { int } from '../ui';
import { modifiedText } from './useLibrary';

const SOURCE_TEXT: Record<LibraryEntry['source'], string> = {
  template: 'Template',
  empty: 'Empty design',
  file: 'Opened file',
  link: 'Share link',
  copy: 'Copy',
  conflict: 'Conflict copy',
  migrated: 'Earlier version',
  wizard: 'Sizing wizard',
  recovered: 'Recovered',
};

/** Where a design came from, as the library lists it: its template's name, else how it came in. */
export function sourceText(entry: LibraryEntry): string {
  if (entry.conflictOf) return `Conflict copy of “${entry.conflictOf.name}”`;
  const template = entry.templateId ? getTemplate(entry.templateId) : undefined;
  if (template) return entry.source === 'template' ? template.name : `${SOURCE_TEXT[entry.source]} · ${template.name}`;
  return SOURCE_TEXT[entry.source];
}

export interface RowActions {
  open(entry: LibraryEntry): void;
  rename(entry: LibraryEntry, name: string): void;
  duplicate(entry: LibraryEntry): void;
  save(entry: LibraryEntry): void;
  remove(entry: LibraryEntry): void;
}

export function LibraryRow({ entry, current, actions }: { entry: LibraryEntry; current: boolean; actions: RowActions }) {
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(entry.name);
  const valid = DesignSchema.shape.name.safeParse(draft.trim()).success;
  const commit = (): void => {
    setRenaming(false);
    if (valid && draft.trim() !== entry.name) actions.rename(entry, draft.trim());
  };
  const unreadable = entry.unreadable !== undefined;
  return (
    <tr className={current ? 'lib-current' : undefined} aria-current={current ? 'true' : undefined}>
      <th scope="row" className="lib-name">
        {renaming ? (
          <input
            autoFocus
            aria-label={`New name for ${entry.name}`}
            aria-invalid={!valid}
            value={draft}
            maxLength={120}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={commit}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commit();
              if (e.key === 'Escape') {
                e.stopPropagation();
                setDraft(entry.name);
                setRenaming(false);
              }
            }}
          />
        ) : (
          <button type="button" className="lib-open-name" title={unreadable ? 'Try to open it again' : `Open “${entry.name}”`} onClick={() => actions.open(entry)}>
            {entry.name}
          </button>
        )}
        {current && <span className="lib-tag">Open here</span>}
        {unreadable && (
          <span className="lib-problem" role="note">
            Cannot be opened: {entry.unreadable} {entry.damaged === 'missing' ? 'Save what is left of it to a file, or delete it.' : 'Save it to a file to repair it, or delete it.'}
          </span>
        )}
      </th>
      <td className="lib-date">{modifiedText(entry.modifiedAt)}</td>
      <td className="num">{unreadable ? '–' : int(entry.servers)}</td>
      <td className="num">{unreadable ? '–' : int(entry.vms)}</td>
      <td className="lib-source">{sourceText(entry)}</td>
      <td className="lib-actions">
        <button type="button" aria-label={`Rename ${entry.name}`} title="Rename" disabled={entry.damaged !== undefined} onClick={() => (setDraft(entry.name), setRenaming(true))}>
          Rename
        </button>
        <button type="button" aria-label={`Duplicate ${entry.name}`} title="Duplicate" disabled={unreadable} onClick={() => actions.duplicate(entry)}>
          Duplicate
        </button>
        <button type="button" aria-label={`Save ${entry.name} to file`} title="Save to file (.json)" onClick={() => actions.save(entry)}>
          Save to file
        </button>
        <button type="button" className="lib-danger" aria-label={`Delete ${entry.name}`} title="Delete from this browser" onClick={() => actions.remove(entry)}>
          Delete
        </button>
      </td>
    </tr>
  );
}
