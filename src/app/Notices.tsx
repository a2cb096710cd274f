import { useEffect } from 'react';
import { useApp } from '../store';

const LIFETIME_MS = { error: 9000, warning: 7000, info: 4000 } as const;

/** The latest notice (a refused drop, a cable that cannot connect, a rate warning), read out by screen readers. */
export function Notices() {
  const notice = useApp((s) => s.notice);
  const dismiss = useApp((s) => s.dismissNotice);
  useEffect(() => {
    if (!notice) return;
    const t = setTimeout(dismiss, LIFETIME_MS[notice.kind]);
    return () => clearTimeout(t);
  }, [notice, dismiss]);
  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'info' ? 'status' : 'alert'} key={notice.id}>
      <span className="notice-text">{notice.text}</span>
      <button type="button" aria-label="Dismiss" onClick={dismiss}>
        ×
      </button>
    </div>
  );
}
