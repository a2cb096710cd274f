import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Modal } from './Modal';

/** A modal question with Cancel (focused, Escape) and one confirming action. */
export function ConfirmDialog(props: { title: string; confirmLabel: string; children: ReactNode; onConfirm(): void; onCancel(): void; danger?: boolean }) {
  const titleId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <Modal role="alertdialog" labelledBy={titleId} onDismiss={props.onCancel}>
      <h2 id={titleId}>{props.title}</h2>
      <div className="dialog-body">{props.children}</div>
      <div className="dialog-actions">
        <button type="button" ref={cancelRef} onClick={props.onCancel}>
          Cancel
        </button>
        <button type="button" className={props.danger ? 'primary danger' : 'primary'} onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
