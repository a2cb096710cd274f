import { useEffect, useState } from 'react';
import { byModified, type LibraryEntry } from '../io';
import type { DesignSession } from '../store';

export type LibraryState = { status: 'loading' } | { status: 'ready'; entries: LibraryEntry[] } | { status: 'error'; message: string };

/** The library's entries, most recent first, reloaded whenever this tab or another changes them. */
export function useLibraryEntries(session: DesignSession | null): LibraryState {
  const [state, setState] = useState<LibraryState>(session ? { status: 'loading' } : { status: 'error', message: 'Designs cannot be stored in this browser.' });
  useEffect(() => {
    if (!session) return;
    let alive = true;
    const load = (): void => {
      session.list().then(
        (entries) => alive && setState({ status: 'ready', entries: [...entries].sort(byModified) }),
        (e: unknown) => alive && setState({ status: 'error', message: `The designs library could not be read (${e instanceof Error ? e.message : String(e)}).` }),
      );
    };
    load();
    const stop = session.onChange(load);
    return () => {
      alive = false;
      stop();
    };
  }, [session]);
  return state;
}

const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const date = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

/** "Today 14:05", "Yesterday 09:12", "3 Mar 2025". */
export function modifiedText(at: number, now: Date = new Date()): string {
  const d = new Date(at);
  const day = (x: Date): number => new Date(x.getFullYear(), x.getMonth(), x.getDate()).getTime();
  const days = Math.round((day(now) - day(d)) / 86_400_000);
  if (days === 0) return `Today ${time.format(d)}`;
  if (days === 1) return `Yesterday ${time.format(d)}`;
  return date.format(d);
}
