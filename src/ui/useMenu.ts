import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

/**
 * A drop-down menu's behaviour (WAI-ARIA menu button): focus the first item on open, close on a
 * click outside the anchor, arrow keys move between items, Escape closes.
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
    return () => document.removeEventListener('mousedown', close);
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
