import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { Design } from '../domain';
import { emptyDesign, TEMPLATES } from '../scenarios';
import { appStore } from '../store';
import { ConfirmDialog } from './ConfirmDialog';
import { openNewDesign } from './openDesign';

interface Choice {
  id: string;
  name: string;
  description: string;
  build(): Design;
}

// The wizard's chunk loads when it is first opened.
const SizingWizard = lazy(() => import('../wizard').then((m) => ({ default: m.SizingWizard })));

const CHOICES: Choice[] = [{ id: 'empty', name: 'Empty design', description: 'Start from a blank canvas.', build: () => emptyDesign() }, ...TEMPLATES];

/** Edits since the design was opened would be lost (autosave keeps one design). */
const hasUnsavedWork = (): boolean => appStore().temporal.getState().pastStates.length > 0;

function open(choice: Choice): void {
  openNewDesign(choice.build());
}

export function TemplatesMenu({ open: isOpen, setOpen }: { open: boolean; setOpen(v: boolean): void }) {
  const [pending, setPending] = useState<Choice | null>(null);
  const [wizard, setWizard] = useState(false);
  const menuRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!isOpen) return;
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const close = (e: MouseEvent): void => {
      if (!menuRef.current?.parentElement?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [isOpen, setOpen]);
  const choose = (c: Choice): void => {
    setOpen(false);
    if (hasUnsavedWork()) setPending(c);
    else open(c);
  };
  const onMenuKey = (e: React.KeyboardEvent): void => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown') items[(i + 1) % items.length]?.focus();
    else if (e.key === 'ArrowUp') items[(i - 1 + items.length) % items.length]?.focus();
    else if (e.key === 'Escape') setOpen(false);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  return (
    <div className="menu-anchor">
      <button type="button" aria-haspopup="menu" aria-expanded={isOpen} onClick={() => setOpen(!isOpen)}>
        Templates <span aria-hidden="true">▾</span>
      </button>
      {isOpen && (
        <div className="menu" role="menu" aria-label="Templates" ref={menuRef} onKeyDown={onMenuKey}>
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            onClick={() => {
              setOpen(false);
              setWizard(true);
            }}
          >
            <span className="menu-title">Sizing wizard…</span>
            <span className="menu-desc">Servers, VMs, workload, fabric, HA and oversubscription in; a right-sized design out.</span>
          </button>
          {CHOICES.map((c) => (
            <button key={c.id} type="button" role="menuitem" tabIndex={-1} onClick={() => choose(c)}>
              <span className="menu-title">{c.name}</span>
              <span className="menu-desc">{c.description}</span>
            </button>
          ))}
        </div>
      )}
      {wizard && (
        <Suspense fallback={null}>
          <SizingWizard
            onCancel={() => setWizard(false)}
            onCreate={(design) => {
              setWizard(false);
              const choice: Choice = { id: 'wizard', name: design.name, description: '', build: () => design };
              if (hasUnsavedWork()) setPending(choice);
              else open(choice);
            }}
          />
        </Suspense>
      )}
      {pending && (
        <ConfirmDialog
          title="Replace the current design?"
          confirmLabel="Replace"
          onConfirm={() => {
            open(pending);
            setPending(null);
          }}
          onCancel={() => setPending(null)}
        >
          “{appStore().getState().design.name}” has edits. Opening “{pending.name}” replaces it in this browser; export it first if you want to keep a copy.
        </ConfirmDialog>
      )}
    </div>
  );
}
