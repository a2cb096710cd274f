import { useEffect, useState } from 'react';
import type { LibraryEntry } from '../io';
import type { DesignSession } from '../store';

/** The designs library's entries (none when the browser cannot store designs), kept fresh. */
export function useLibraryEntriesOf(session: DesignSession | null): readonly LibraryEntry[] {
  const [entries, setEntries] = useState<readonly LibraryEntry[]>([]);
  useEffect(() => {
    if (!session) return;
    let alive = true;
    const load = (): void => {
      session.list().then(
        (list) => alive && setEntries([...list].sort((x, y) => x.name.localeCompare(y.name))),
        () => alive && setEntries([]),
      );
    };
    load();
    const stop = session.onChange(load);
    return () => {
      alive = false;
      stop();
    };
  }, [session]);
  return entries;
}
