// Fault injection for the browser tests (built only into the e2e bundle, see app/testHooks.ts):
// slow or failing library writes, to prove that a failed write is shown and retried and that two
// tabs racing on slow writes still keep both edits.
import type { Library } from './libraryDb';

export interface Faults {
  /** Every write waits this long before it starts (a slow disk). */
  writeDelayMs: number;
  /** The next N writes fail as a full disk would. */
  failWrites: number;
}

export function withFaults(library: Library, faults: Faults): Library {
  const writing =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (faults.writeDelayMs > 0) await new Promise((r) => setTimeout(r, faults.writeDelayMs));
      if (faults.failWrites > 0) {
        faults.failWrites--;
        throw new DOMException('The quota has been exceeded (injected by a test)', 'QuotaExceededError');
      }
      return fn(...args);
    };
  return { ...library, create: writing(library.create), commit: writing(library.commit), rename: writing(library.rename) };
}
