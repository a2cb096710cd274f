import { lazy, Suspense, useState } from 'react';
import type { Design } from '../domain';
import { emptyDesign, TEMPLATES } from '../scenarios';
import { useMenu } from '../ui';
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

/**
 * "New ▾": an empty design or one of the seed's templates, each opened as a new design in the
 * library (the design open now is kept there, so nothing is replaced and nothing is asked).
 */
export function NewMenu({ open: isOpen, setOpen, align = 'left', primary = false }: { open: boolean; setOpen(v: boolean): void; align?: 'left' | 'right'; primary?: boolean }) {
  const [wizard, setWizard] = useState(false);
  const { anchor, menu, onKeyDown } = useMenu(isOpen, setOpen);
  const choose = (c: Choice): void => {
    setOpen(false);
    void openNewDesign(c.build(), { source: c.id === 'empty' ? 'empty' : 'template' });
  };
  return (
    <div className="menu-anchor" ref={anchor}>
      <button type="button" className={primary ? 'primary' : undefined} aria-haspopup="menu" aria-expanded={isOpen} title="A new design: empty or from a template (the current one stays in Designs)" onClick={() => setOpen(!isOpen)}>
        New <span aria-hidden="true">▾</span>
      </button>
      {isOpen && (
        <div className={align === 'right' ? 'menu menu-right' : 'menu'} role="menu" aria-label="New design" ref={menu} onKeyDown={onKeyDown}>
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
              void openNewDesign(design, { source: 'wizard' });
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
