// A node's ports: what each is cabled to, and a picker of compatible ports to cable it to — so a
// cable can be drawn from the keyboard, not only by dragging between handles on the canvas.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { portRateText } from '../../catalog';
import { PROTOCOL_LABEL, type DesignNode, type Protocol } from '../../domain';
import { useApp } from '../../store';
import { gbps, plural } from '../../ui';
import { Chip, Empty, Group } from '../bits';
import { useCatalog } from '../hooks';
import { portRows, type PortRow } from './portTargets';

const PROTOCOL_VAR: Record<Protocol, string> = { ethernet: 'var(--eth)', fc: 'var(--fc)', infiniband: 'var(--ib)' };
/** Cables listed per port before "and N more" (a LAN can have many). */
const SHOWN_CABLES = 6;
/** Options a picker lists at once; beyond, a filter narrows them (a 1,000-node design has ~1,000). */
const SHOWN_TARGETS = 100;

export function PortsSection({ node }: { node: DesignNode }) {
  const nodes = useApp((s) => s.design.nodes);
  const links = useApp((s) => s.design.links);
  const connect = useApp((s) => s.connect);
  const catalog = useCatalog();
  const rows = useMemo(() => portRows({ nodes, links }, node.id, catalog), [nodes, links, node.id, catalog]);
  const cableCount = useMemo(() => links.filter((l) => l.a.node === node.id || l.b.node === node.id).length, [links, node.id]);

  // A cabled adapter port loses its picker: keep keyboard focus in the row (on the new cable).
  const listRef = useRef<HTMLUListElement>(null);
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    const handle = refocus.current;
    if (!handle) return;
    refocus.current = null;
    const row = [...(listRef.current?.children ?? [])].find((li) => li instanceof HTMLElement && li.dataset.handle === handle);
    if (row && !row.contains(document.activeElement)) row.querySelector<HTMLElement>('select:not(:disabled), button')?.focus();
  }, [rows]);

  const onPick = (row: PortRow, index: number): void => {
    const target = row.targets[index];
    if (!target) return;
    refocus.current = row.port.handle;
    if (!connect(row.ref, target.ref)) refocus.current = null; // refused: the store says why
  };

  return (
    <Group title="Ports" aside={<Chip>{plural(cableCount, 'cable', 'cables')}</Chip>}>
      {rows.length === 0 ? (
        <Empty>No ports yet. Install an adapter: with this server selected, choose one in the palette.</Empty>
      ) : (
        <ul ref={listRef} className="pn-ports">
          {rows.map((row) => (
            <PortRowItem key={row.port.handle} row={row} onPick={onPick} />
          ))}
        </ul>
      )}
    </Group>
  );
}

/**
 * Choosing an option cables at once, and a closed select changes its option on ArrowUp/ArrowDown
 * in most browsers: a keyboard user stepping through the list would cable to the first target.
 * Arrows open the list instead (Space and Alt+ArrowDown open it too); the list is then browsed
 * and Enter chooses.
 */
function openOnArrow(e: KeyboardEvent<HTMLSelectElement>): void {
  if ((e.key !== 'ArrowDown' && e.key !== 'ArrowUp') || e.altKey) return;
  e.preventDefault();
  try {
    e.currentTarget.showPicker();
  } catch {
    // Not supported or not allowed here: the arrow just does nothing.
  }
}

function PortRowItem({ row, onPick }: { row: PortRow; onPick(row: PortRow, index: number): void }) {
  const select = useApp((s) => s.select);
  const id = useId();
  const { port, cables, open } = row;
  const each = portRateText(port.protocol, port.rateGbps, gbps);
  const rate = port.ports > 1 ? `${port.ports} × ${each}` : each;
  // Targets are listed once the picker is used (focus or pointer): selecting a node, or starting
  // a drag on it, never builds a thousand options.
  const [active, setActive] = useState(false);
  const [filter, setFilter] = useState('');
  const hasTarget = open && row.hasTarget();
  const targets = active && hasTarget ? row.targets : [];
  const needle = filter.trim().toLowerCase();
  const matching = needle ? targets.flatMap((t, i) => (t.label.toLowerCase().includes(needle) ? [i] : [])) : targets.map((_, i) => i);
  const shown = matching.slice(0, SHOWN_TARGETS);
  return (
    <li className="pn-port" data-handle={port.handle}>
      <div className="pn-port-head">
        <span className="pn-port-dot" style={{ background: PROTOCOL_VAR[port.protocol] }} role="img" aria-label={PROTOCOL_LABEL[port.protocol]} title={PROTOCOL_LABEL[port.protocol]} />
        <span className="pn-port-name" title={port.label}>
          {port.label}
        </span>
        <span className="pn-port-rate">{rate}</span>
      </div>
      {cables.length > 0 ? (
        <ul className="pn-port-cables" aria-label={`Cables on ${port.label}`}>
          {cables.slice(0, SHOWN_CABLES).map((c) => (
            <li key={c.linkId}>
              <button type="button" className="pn-port-cable" title={`Select the cable to ${c.label}`} onClick={() => select({ nodes: [], links: [c.linkId] })}>
                <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
                  <path d="M2.5 8h10M9 4.5 12.5 8 9 11.5" />
                </svg>
                <span>{c.label}</span>
              </button>
            </li>
          ))}
          {cables.length > SHOWN_CABLES ? <li className="pn-more">and {cables.length - SHOWN_CABLES} more</li> : null}
        </ul>
      ) : null}
      {open ? (
        <div className="pn-port-connect">
          <label htmlFor={id} className="visually-hidden">
            Connect {port.label} to
          </label>
          {!hasTarget ? (
            <select id={id} disabled value="">
              <option value="">No compatible port</option>
            </select>
          ) : (
            <>
              {targets.length > SHOWN_TARGETS && (
                <input
                  type="search"
                  className="pn-port-filter"
                  aria-label={`Filter the ports ${port.label} can connect to`}
                  placeholder={`Filter ${targets.length.toLocaleString('en-US')} ports…`}
                  value={filter}
                  onChange={(e) => setFilter(e.target.value)}
                />
              )}
              <select
                id={id}
                value=""
                title={`Cable ${port.label} to another part’s port`}
                onFocus={() => setActive(true)}
                onPointerDown={() => setActive(true)}
                onKeyDown={openOnArrow}
                onChange={(e) => {
                  if (e.target.value !== '') onPick(row, Number(e.target.value));
                }}
              >
                <option value="">Choose a port…</option>
                {shown.map((i) => {
                  const t = targets[i]!;
                  return (
                    <option key={`${t.ref.node}/${t.ref.handle}`} value={String(i)} title={t.warning}>
                      {t.label}
                    </option>
                  );
                })}
                {matching.length > shown.length && (
                  <option value="" disabled>
                    {(matching.length - shown.length).toLocaleString('en-US')} more: type in the filter above
                  </option>
                )}
              </select>
            </>
          )}
        </div>
      ) : null}
    </li>
  );
}
