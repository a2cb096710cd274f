import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';

/** A modal form: Escape or the backdrop cancels, Enter submits; focus starts on the first field. */
export function Dialog(props: { title: string; submitLabel: string; children: ReactNode; onSubmit(): void; onCancel(): void }) {
  const titleId = useId();
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input:not(:disabled), select, button')?.focus();
  }, []);
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    props.onSubmit();
  };
  return (
    <div className="dialog-backdrop" onMouseDown={props.onCancel}>
      <form
        ref={ref}
        className="dialog export-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onSubmit={submit}
        onMouseDown={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') props.onCancel();
        }}
      >
        <h2 id={titleId}>{props.title}</h2>
        {props.children}
        <div className="dialog-actions">
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary">
            {props.submitLabel}
          </button>
        </div>
      </form>
    </div>
  );
}

/** A group of radio buttons with a visible legend. */
export function Choice<T extends string>(props: { legend: string; name: string; value: T; vertical?: boolean; options: Array<{ value: T; label: string; disabled?: boolean; hint?: string }>; onChange(v: T): void }) {
  return (
    <fieldset className={props.vertical ? 'export-choice is-vertical' : 'export-choice'}>
      <legend>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.value} className={o.disabled ? 'is-disabled' : undefined} title={o.hint}>
          <input type="radio" name={props.name} value={o.value} checked={props.value === o.value} disabled={o.disabled} onChange={() => props.onChange(o.value)} />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
