import { useEffect, useRef, useState } from 'react';
import { useApp } from '../store';

/** Reading time for a passing notice: about 200 words a minute, never under 4 s. */
const readingMs = (text: string): number => Math.max(4000, text.split(/\s+/).length * 300);

/**
 * The latest notice (a refused drop, a cable that cannot connect, a rate warning), read out by
 * screen readers. Errors and warnings stay until dismissed, replaced or made stale by the next
 * edit: a fixed lifetime lost them on anyone who looked away. Information fades after its
 * reading time, which pauses while the pointer or the focus is on it.
 */
export function Notices() {
  const notice = useApp((s) => s.notice);
  const design = useApp((s) => s.design);
  const dismiss = useApp((s) => s.dismissNotice);
  const [heldId, setHeldId] = useState<number | null>(null);
  const held = notice !== null && heldId === notice.id;
  const shownWith = useRef<{ id: number; design: unknown } | null>(null);

  useEffect(() => {
    if (!notice) return;
    if (shownWith.current?.id !== notice.id) shownWith.current = { id: notice.id, design };
    else if (shownWith.current.design !== design && notice.kind !== 'info') dismiss();
  }, [notice, design, dismiss]);
  useEffect(() => {
    if (!notice || notice.kind !== 'info' || held) return;
    const t = setTimeout(dismiss, readingMs(notice.text));
    return () => clearTimeout(t);
  }, [notice, held, dismiss]);

  if (!notice) return null;
  return (
    <div
      className={`notice notice-${notice.kind}`}
      role={notice.kind === 'info' ? 'status' : 'alert'}
      key={notice.id}
      onPointerEnter={() => setHeldId(notice.id)}
      onPointerLeave={() => setHeldId(null)}
      onFocus={() => setHeldId(notice.id)}
      onBlur={() => setHeldId(null)}
    >
      <span className="notice-text">{notice.text}</span>
      <button type="button" aria-label="Dismiss" onClick={dismiss}>
        ×
      </button>
    </div>
  );
}
