import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

/**
 * A drop-down menu's behaviour (WAI-ARIA menu button): focus the first item on open, close on a
 * click outside the anchor, arrow keys move between items, Escape closes. Closed with focus
 * inside (an item chosen, Escape), focus goes back to the menu button: a keyboard user would
 * otherwise be left on the page's body, to start again from its first Tab stop.
 */
export function useMenu(open: boolean, setOpen: (open: boolean) => void): { anchor: RefObject<HTMLDivElement | null>; menu: RefObject<HTMLDivElement | null>; onKeyDown(e: KeyboardEvent): void } {
  const anchor = useRef<HTMLDivElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const close = (e: MouseEvent): void => {
      if (!anchor.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    const button = anchor.current?.querySelector<HTMLElement>('[aria-haspopup="menu"]');
    return () => {
      document.removeEventListener('mousedown', close);
      // The items are gone by now: focus on the body means it was in the menu. A dialog the item
      // opens takes focus after this (its effect runs later in the same commit).
      if (document.activeElement === document.body || document.activeElement === null) button?.focus();
    };
  }, [open, setOpen]);
  const onKeyDown = (e: KeyboardEvent): void => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown') items[(i + 1) % items.length]?.focus();
    else if (e.key === 'ArrowUp') items[(i - 1 + items.length) % items.length]?.focus();
    else if (e.key === 'Escape') setOpen(false);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  return { anchor, menu, onKeyDown };
}
