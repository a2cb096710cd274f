// Labelled inputs for the inspector. Every input has a visible <label>; an invalid draft sets
// aria-invalid and points aria-describedby at its message.
import { useId, type ReactNode } from 'react';
import type { ZodType } from 'zod';
import { formatNumberDraft, parseNumberDraft, parseTextDraft, type NumberSpec } from './fields';
import { useDraft } from './useDraft';

interface FrameProps {
  id: string;
  label: string;
  error?: string | null;
  hint?: ReactNode;
  wide?: boolean;
  children: ReactNode;
}

function Frame({ id, label, error, hint, wide, children }: FrameProps) {
  return (
    <div className={`pn-field${wide ? ' pn-wide' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {error ? (
        <p id={`${id}-msg`} className="pn-error">
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-msg`} className="pn-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

const describedBy = (id: string, error: string | null | undefined, hint: ReactNode): string | undefined => (error || hint ? `${id}-msg` : undefined);

export interface NumberFieldProps extends NumberSpec {
  label: string;
  value: number | undefined;
  onCommit(value: number | undefined): void;
  resetKey: string;
  placeholder?: string;
  hint?: ReactNode;
  /** Shown inside the input's right edge, e.g. "%". */
  suffix?: string;
  wide?: boolean;
}

export function NumberField({ label, value, onCommit, resetKey, placeholder, hint, suffix, wide, ...spec }: NumberFieldProps) {
  const id = useId();
  const scale = spec.scale ?? 1;
  const d = useDraft<number | undefined>({
    value,
    format: (v) => formatNumberDraft(v, scale),
    parse: (t) => parseNumberDraft(t, spec),
    commit: onCommit,
    resetKey,
  });
  return (
    <Frame id={id} label={label} error={d.error} hint={hint} wide={wide}>
      <div className="pn-input-wrap">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={d.text}
          placeholder={placeholder}
          aria-invalid={d.error ? true : undefined}
          aria-describedby={describedBy(id, d.error, hint)}
          onChange={(e) => d.onChange(e.target.value)}
          onBlur={d.onBlur}
          onKeyDown={d.onKeyDown}
        />
        {suffix ? <span className="pn-suffix" aria-hidden="true">{suffix}</span> : null}
      </div>
    </Frame>
  );
}

export interface TextFieldProps {
  label: string;
  value: string;
  schema: ZodType;
  onCommit(value: string): void;
  resetKey: string;
  multiline?: boolean;
  placeholder?: string;
  hint?: ReactNode;
  wide?: boolean;
}

export function TextField({ label, value, schema, onCommit, resetKey, multiline, placeholder, hint, wide = true }: TextFieldProps) {
  const id = useId();
  const d = useDraft<string>({ value, format: (v) => v, parse: (t) => parseTextDraft(t, schema, !multiline), commit: onCommit, resetKey, multiline });
  const common = {
    id,
    value: d.text,
    placeholder,
    spellCheck: multiline,
    'aria-invalid': d.error ? true : undefined,
    'aria-describedby': describedBy(id, d.error, hint),
    onBlur: d.onBlur,
    onKeyDown: d.onKeyDown,
  } as const;
  return (
    <Frame id={id} label={label} error={d.error} hint={hint} wide={wide}>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => d.onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" autoComplete="off" onChange={(e) => d.onChange(e.target.value)} />
      )}
    </Frame>
  );
}

export interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string; disabled?: boolean }>;
  onChange(value: T): void;
  hint?: ReactNode;
  wide?: boolean;
}

export function SelectField<T extends string>({ label, value, options, onChange, hint, wide }: SelectFieldProps<T>) {
  const id = useId();
  return (
    <Frame id={id} label={label} hint={hint} wide={wide}>
      <select id={id} value={value} aria-describedby={describedBy(id, null, hint)} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

export function CheckboxField({ label, checked, onChange, hint }: { label: string; checked: boolean; onChange(checked: boolean): void; hint?: ReactNode }) {
  const id = useId();
  return (
    <div className="pn-field pn-wide pn-check">
      <input id={id} type="checkbox" checked={checked} aria-describedby={hint ? `${id}-msg` : undefined} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-msg`} className="pn-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
