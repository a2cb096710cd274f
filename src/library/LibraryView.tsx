// The "Designs" view: every design kept in this browser, with new, open, rename, duplicate,
// save to file, delete (confirmed) and search. Designs that cannot be opened are listed too,
// with the reason, and can be saved as files to repair them.
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { designFileName, designFileText, DESIGN_FILE_TYPE, importDesignValue, matchesSearch, type LibraryEntry } from '../io';
import { getTemplate } from '../scenarios';
import { useApp, type DesignSession } from '../store';
import { ConfirmDialog, downloadText, int } from '../ui';
import { LibraryRow, type RowActions } from './LibraryRow';
import { useLibraryEntries } from './useLibrary';
import './library.css';

export function LibraryView({ session, onClose, newActions }: { session: DesignSession | null; onClose(): void; newActions: ReactNode }) {
  const state = useLibraryEntries(session);
  const currentId = useApp((s) => s.persist.designId);
  const notify = useApp((s) => s.notify);
  const showProblem = useApp((s) => s.showProblem);
  const [query, setQuery] = useState('');
  const [deleting, setDeleting] = useState<LibraryEntry | null>(null);
  const headingId = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  useEffect(() => searchRef.current?.focus(), []);

  const entries = useMemo(() => (state.status === 'ready' ? state.entries : []), [state]);
  const shown = useMemo(() => entries.filter((e) => matchesSearch(e, query, (id) => getTemplate(id)?.name)), [entries, query]);

  const fail = (what: string) => (e: unknown) => showProblem({ title: `Could not ${what}`, message: e instanceof Error ? e.message : String(e), details: [] });
  const actions: RowActions = {
    open: (entry) => {
      if (!session) return;
      void session.open(entry.id).then((r) => (r.ok ? onClose() : showProblem({ title: `“${entry.name}” cannot be opened`, message: r.message, details: [] })), fail('open the design'));
    },
    rename: (entry, name) => void session?.rename(entry.id, name).catch(fail('rename the design')),
    duplicate: (entry) => {
      void session?.duplicate(entry.id).then((copy) => copy && notify('info', `Duplicated as “${copy.name}”.`), fail('duplicate the design'));
    },
    save: (entry) => {
      void session?.library.read(entry.id).then((stored) => {
        if (!stored) return;
        const imported = importDesignValue(stored.raw);
        // A design that cannot be opened is saved exactly as stored, to be repaired by hand.
        const text = imported.ok ? designFileText(imported.design) : `${stored.json}\n`;
        downloadText(designFileName(entry.name), text, DESIGN_FILE_TYPE);
      }, fail('save the file'));
    },
    remove: (entry) => setDeleting(entry),
  };

  return (
    <section className="library" aria-labelledby={headingId} onKeyDown={(e) => e.key === 'Escape' && !deleting && onClose()}>
      <header className="lib-header">
        <h1 id={headingId}>Designs</h1>
        <span className="lib-count">{state.status === 'ready' ? `${int(entries.length)} in this browser` : ''}</span>
        <input
          ref={searchRef}
          type="search"
          className="lib-search"
          placeholder="Search by name or template"
          aria-label="Search designs"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <span className="spacer" />
        {newActions}
        <button type="button" onClick={onClose}>
          Back to the design
        </button>
      </header>
      {state.status === 'loading' && <p className="lib-empty">Loading…</p>}
      {state.status === 'error' && (
        <p className="lib-empty" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'ready' && (
        <div className="lib-table-wrap">
          <table className="lib-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Last modified</th>
                <th scope="col" className="num">
                  Servers
                </th>
                <th scope="col" className="num">
                  VMs
                </th>
                <th scope="col">From</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((entry) => (
                <LibraryRow key={`${entry.id}/${entry.name}`} entry={entry} current={entry.id === currentId} actions={actions} />
              ))}
            </tbody>
          </table>
          {shown.length === 0 && <p className="lib-empty">{entries.length === 0 ? 'No designs yet.' : `No design matches “${query}”.`}</p>}
        </div>
      )}
      {deleting && (
        <ConfirmDialog
          title={`Delete “${deleting.name}”?`}
          confirmLabel="Delete"
          danger
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const entry = deleting;
            setDeleting(null);
            void session?.remove(entry.id).then(() => notify('info', `Deleted “${entry.name}”.`), fail('delete the design'));
          }}
        >
          <p>It is removed from this browser and cannot be restored. Save it to a file first if you may need it again.</p>
          {deleting.id === currentId && <p>It is open now: the most recent other design opens instead.</p>}
        </ConfirmDialog>
      )}
    </section>
  );
}
