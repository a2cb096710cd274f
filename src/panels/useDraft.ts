// A field keeps what the user types as a local draft and writes to the store only when the
// draft is valid: on Enter, on blur, or after a short pause in typing. One typing burst is one
// undo step, and an invalid draft never reaches the design (or the simulator).
import { useEffect, useEffectEvent, useState, type KeyboardEvent } from 'react';
import type { Parsed } from './fields';

/** A pause this long in typing commits a valid draft (live results without one step per key). */
export const IDLE_COMMIT_MS = 700;

export interface DraftOptions<T> {
  /** The stored value. When it changes (undo, another edit) the draft is dropped. */
  value: T;
  format(value: T): string;
  parse(text: string): Parsed<T>;
  commit(value: T): void;
  /** Identity of the edited thing (node id, field): a new one starts from the stored value. */
  resetKey: string;
  /** Textareas keep Enter for new lines. */
  multiline?: boolean;
}

export interface Draft {
  text: string;
  error: string | null;
  onChange(text: string): void;
  onBlur(): void;
  onKeyDown(e: KeyboardEvent<HTMLElement>): void;
}

export function useDraft<T>({ value, format, parse, commit, resetKey, multiline }: DraftOptions<T>): Draft {
  const [draft, setDraft] = useState<string | null>(null);
  const [seen, setSeen] = useState({ key: resetKey, value });

  // Adjust state while rendering (React's pattern for "reset when a prop changes"): a new item or
  // a changed stored value drops the draft — unless the draft already says that value (our own
  // idle commit while the user is still typing).
  if (seen.key !== resetKey || !Object.is(seen.value, value)) {
    setSeen({ key: resetKey, value });
    const parsed = draft === null ? null : parse(draft);
    if (seen.key !== resetKey || !parsed?.ok || !Object.is(parsed.value, value)) setDraft(null);
  }

  const parsed = draft === null ? null : parse(draft);

  // The idle commit reads the latest parse and commit callbacks without re-arming on every render:
  // the timer restarts only when the draft text or the stored value changes.
  const commitIfValid = useEffectEvent((text: string): void => {
    const p = parse(text);
    if (p.ok && !Object.is(p.value, value)) commit(p.value);
  });
  useEffect(() => {
    if (draft === null) return;
    const timer = setTimeout(() => commitIfValid(draft), IDLE_COMMIT_MS);
    return () => clearTimeout(timer);
  }, [draft, value]);

  const finish = (): void => {
    if (draft === null) return;
    const p = parse(draft);
    if (!p.ok) return; // keep the draft and its message until fixed or Escape
    if (!Object.is(p.value, value)) commit(p.value);
    setDraft(null);
  };

  return {
    text: draft ?? format(value),
    error: parsed && !parsed.ok ? parsed.error : null,
    onChange: setDraft,
    onBlur: finish,
    onKeyDown: (e) => {
      if (e.key === 'Enter' && !multiline) {
        e.preventDefault();
        finish();
      } else if (e.key === 'Escape' && draft !== null) {
        e.preventDefault();
        e.stopPropagation();
        setDraft(null);
      }
    },
  };
}
