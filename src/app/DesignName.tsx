import { useState } from 'react';
import { DesignSchema } from '../domain';
import { appStore, useApp } from '../store';

/**
 * What the name field shows after the user commits `draft` over `name`: an invalid draft goes
 * back to the name; a valid one is renamed, and the field then shows the name the design has —
 * the new one, or the old one when the rename was refused (a shared, read-only design).
 */
export function committedName(draft: string, name: string, rename: (name: string) => void, current: () => string): string {
  const check = DesignSchema.shape.name.safeParse(draft.trim());
  if (!check.success) return name;
  if (check.data !== name) rename(check.data);
  return current();
}

/** The design's name, edited in place; committed on blur or Enter so typing is one undo step. */
export function DesignName() {
  const name = useApp((s) => s.design.name);
  // Keyed by the stored name: undo or loading a template resets the draft.
  return <NameInput key={name} name={name} />;
}

function NameInput({ name }: { name: string }) {
  const rename = useApp((s) => s.rename);
  const [draft, setDraft] = useState(name);
  const check = DesignSchema.shape.name.safeParse(draft.trim());
  const commit = (): void => setDraft(committedName(draft, name, rename, () => appStore().getState().design.name));
  // A textarea so that a long name wraps onto a second line instead of being cut at 1280 px;
  // it is still one line of text (Enter commits, pasted line breaks become spaces).
  return (
    <textarea
      className="design-name"
      aria-label="Design name"
      rows={1}
      value={draft}
      aria-invalid={!check.success}
      title={check.success ? draft : 'A name of 1 to 120 characters'}
      onChange={(e) => setDraft(e.target.value.replace(/\s*\n\s*/g, ' '))}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          e.currentTarget.blur();
        }
        if (e.key === 'Escape') {
          setDraft(name);
          e.currentTarget.blur();
        }
      }}
    />
  );
}
