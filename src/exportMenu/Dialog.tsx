import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Modal } from '../ui';

/** A modal form: Escape or the backdrop cancels, Enter submits; focus starts on the first field. */
export function Dialog(props: { title: string; submitLabel: string; children: ReactNode; onSubmit(): void; onCancel(): void }) {
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.parentElement?.querySelector<HTMLElement>('input:not(:disabled), select, button')?.focus();
  }, []);
  return (
    <Modal className="export-dialog" labelledBy={titleId} onDismiss={props.onCancel} onSubmit={props.onSubmit}>
      <h2 id={titleId} ref={heading}>
        {props.title}
      </h2>
      {props.children}
      <div className="dialog-actions">
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary">
          {props.submitLabel}
        </button>
      </div>
    </Modal>
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
