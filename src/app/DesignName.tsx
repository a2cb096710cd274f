import { useState } from 'react';
import { DesignSchema } from '../domain';
import { useApp } from '../store';

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
  const commit = (): void => {
    if (check.success && check.data !== name) rename(check.data);
    else if (!check.success) setDraft(name);
  };
  // A textarea so that a long name wraps onto a second line instead of being cut at 1280 px;
  // it is still one line of text (Enter commits, pasted line breaks become spaces).
  return (
    <textarea
      className="design-name"
      aria-label="Design name"
      rows={1}
      value={draft}
      aria-invalid={!check.success}
      title={check.success ? 'Design name' : 'A name of 1 to 120 characters'}
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
