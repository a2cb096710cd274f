import { useCallback, useDeferredValue, useId, useMemo, useState } from 'react';
import type { DesignNode, Part } from '../domain';
import { appStore, useApp, type AppState } from '../store';
import { addPartAtCenter } from './canvasBus';
import { catalogOf, useCatalog } from './catalogMemo';
import { ERA_LABEL, paletteGroups, type EraFilter } from './paletteModel';
import { PaletteItem } from './PaletteItem';
import './canvas.css';

const ERA_CHOICES: ReadonlyArray<{ value: EraFilter; label: string }> = [
  { value: 'all', label: 'All' },
  { value: 'seed', label: '2007' },
  { value: 'modern', label: 'Modern' },
];

/** The server an adapter goes into: the one selected node if it is a server, or the selected adapter's server. */
export function selectedServerOf(s: AppState): DesignNode | null {
  const id = s.selection.adapter?.nodeId ?? (s.selection.nodes.length === 1 ? s.selection.nodes[0] : undefined);
  const node = id ? s.design.nodes.find((n) => n.id === id) : undefined;
  return node && catalogOf(s.design).byId.get(node.partId)?.kind === 'server' ? node : null;
}

function activate(part: Part): void {
  const s = appStore().getState();
  if (part.kind === 'adapter') {
    const server = selectedServerOf(s);
    if (!server) {
      s.notify('error', 'Select a server first, then click an adapter to install it — or drag the adapter onto a server.');
      return;
    }
    s.installAdapter(server.id, part.id);
    return;
  }
  if (!addPartAtCenter(part.id)) s.addPart(part.id, { x: 0, y: 0 });
}

/** Parts to drag onto the canvas, grouped by kind and era, searchable. */
export function Palette() {
  const catalog = useCatalog();
  const currency = useApp((s) => s.design.settings.currency);
  const selectedServer = useApp((s) => selectedServerOf(s)?.label ?? null);
  const [query, setQuery] = useState('');
  const [era, setEra] = useState<EraFilter>('all');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const deferredQuery = useDeferredValue(query);
  const groups = useMemo(() => paletteGroups(catalog.parts, deferredQuery, era), [catalog, deferredQuery, era]);
  const searching = deferredQuery.trim() !== '';
  const toggle = useCallback((kind: string) => {
    setCollapsed((c) => {
      const next = new Set(c);
      if (next.has(kind)) next.delete(kind);
      else next.add(kind);
      return next;
    });
  }, []);
  const uid = useId();
  return (
    <aside aria-label="Parts palette" className="iov-palette">
      <div className="iov-palette__top">
        <input
          type="search"
          className="iov-palette__search"
          aria-label="Search parts"
          placeholder="Search: IB, 16 Gb/s, HBA, switch…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && query) {
              e.stopPropagation();
              setQuery('');
            }
          }}
        />
        <div className="iov-segmented" role="radiogroup" aria-label="Parts era">
          {ERA_CHOICES.map((c) => (
            <button key={c.value} type="button" role="radio" aria-checked={era === c.value} onClick={() => setEra(c.value)}>
              {c.label}
            </button>
          ))}
        </div>
        <p className="iov-palette__hint" aria-live="polite">
          {selectedServer ? (
            <>
              Click an adapter to install it in <strong>{selectedServer}</strong>.
            </>
          ) : (
            'Drag parts onto the canvas; adapters onto a server.'
          )}
        </p>
      </div>
      <div className="iov-palette__groups">
        {groups.length === 0 && <p className="iov-palette__empty">No part matches “{deferredQuery.trim()}”.</p>}
        {groups.map((g) => {
          const open = searching || !collapsed.has(g.kind);
          const headingId = `${uid}-${g.kind}`;
          return (
            <section key={g.kind} className="iov-palette__group" aria-labelledby={headingId}>
              <h2 className="iov-palette__heading" id={headingId}>
                <button type="button" aria-expanded={open} onClick={() => toggle(g.kind)}>
                  <svg className="iov-chevron" width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
                    <path d="M3 2l4 3-4 3" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
                  </svg>
                  {g.label}
                  <span className="iov-palette__count" aria-hidden="true">
                    {g.count}
                  </span>
                </button>
              </h2>
              {open &&
                g.eras.map((e) => (
                  <div key={e.era} className="iov-palette__era">
                    {era === 'all' && <h3 className="iov-palette__subheading">{ERA_LABEL[e.era]}</h3>}
                    <ul className="iov-palette__list">
                      {e.parts.map((p) => (
                        <PaletteItem key={p.id} part={p} currency={currency} onActivate={activate} />
                      ))}
                    </ul>
                  </div>
                ))}
            </section>
          );
        })}
      </div>
    </aside>
  );
}
