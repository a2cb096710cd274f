// The canvas's context menu (right-click a node or a cable): fail or restore it.
import { useEffect, useRef, useState } from 'react';
import { FailureActions, type FailureSubject } from './FailureActions';

export const FAILURE_MENU_EVENT = 'iov:failure-menu';
export type FailureMenuRequest = FailureSubject & { x: number; y: number; label: string };

/** Open the menu at a screen point (the canvas calls this from its context-menu handlers). */
export function openFailureMenu(request: FailureMenuRequest): void {
  window.dispatchEvent(new CustomEvent<FailureMenuRequest>(FAILURE_MENU_EVENT, { detail: request }));
}

export function FailureMenu() {
  const [req, setReq] = useState<FailureMenuRequest | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const open = (e: Event): void => setReq((e as CustomEvent<FailureMenuRequest>).detail);
    window.addEventListener(FAILURE_MENU_EVENT, open);
    return () => window.removeEventListener(FAILURE_MENU_EVENT, open);
  }, []);
  useEffect(() => {
    if (!req) return;
    ref.current?.querySelector<HTMLElement>('button')?.focus();
    const close = (e: Event): void => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !ref.current?.contains(e.target as Node)) setReq(null);
    };
    window.addEventListener('keydown', close);
    window.addEventListener('pointerdown', close, true);
    return () => {
      window.removeEventListener('keydown', close);
      window.removeEventListener('pointerdown', close, true);
    };
  }, [req]);
  if (!req) return null;
  // Keep the menu on screen: open left/up of the pointer near the right/bottom edge.
  const left = Math.min(req.x, window.innerWidth - 380);
  const top = Math.min(req.y, window.innerHeight - 220);
  return (
    <div ref={ref} className="wi-menu" role="dialog" aria-label={`What-if: ${req.label}`} style={{ left: Math.max(4, left), top: Math.max(4, top) }}>
      <div className="wi-menu__title">What-if: {req.label}</div>
      <FailureActions subject={'linkId' in req ? { linkId: req.linkId } : { nodeId: req.nodeId }} onDone={() => setReq(null)} />
    </div>
  );
}
