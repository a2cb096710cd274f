import type { ReactNode } from 'react';
import { useApp } from '../store';
import { useDimmed } from '../ui';
import { isStale } from './resultIndex';

/**
 * Marks the canvas while its cable loads are from an older design (canvas CSS dims them and the
 * legend says "updating"). Only this wrapper re-renders when that changes: the diagram inside is
 * the same element, so React leaves it alone, and no cable subscribes to the flag itself.
 */
export function ResultsDimScope({ children }: { children: ReactNode }) {
  const dimmed = useDimmed(
    useApp(isStale),
    useApp((s) => s.sim.status === 'error'),
  );
  return <div className={dimmed ? 'iov-dim-scope is-results-dimmed' : 'iov-dim-scope'}>{children}</div>;
}
