import { useEffect, useRef, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import './dialog.css';

const FOCUSABLE = 'button:not(:disabled), [href], input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

/**
 * The frame every modal shares: backdrop (a press outside dismisses), Escape dismisses, Tab stays
 * inside, and focus goes back where it was when the modal closes. With `onSubmit` the frame is a
 * form, so Enter submits.
 */
export function Modal(props: {
  labelledBy: string;
  onDismiss(): void;
  children: ReactNode;
  role?: 'dialog' | 'alertdialog';
  className?: string;
  onSubmit?(): void;
}) {
  const frame = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => before?.focus();
  }, []);
  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') props.onDismiss();
    if (e.key !== 'Tab' || !frame.current) return;
    const focusable = [...frame.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };
  const common = {
    className: props.className ? `dialog ${props.className}` : 'dialog',
    role: props.role ?? 'dialog',
    'aria-modal': true,
    'aria-labelledby': props.labelledBy,
    onMouseDown: (e: { stopPropagation(): void }) => e.stopPropagation(),
    onKeyDown,
  } as const;
  const submit = props.onSubmit;
  return (
    <div className="dialog-backdrop" onMouseDown={props.onDismiss}>
      {submit ? (
        <form
          {...common}
          ref={(el) => {
            frame.current = el;
          }}
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            submit();
          }}
        >
          {props.children}
        </form>
      ) : (
        <div
          {...common}
          ref={(el) => {
            frame.current = el;
          }}
        >
          {props.children}
        </div>
      )}
    </div>
  );
}
