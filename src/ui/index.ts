export * from './format';
export { PartIcon } from './PartIcon';
export { ConfirmDialog } from './ConfirmDialog';
export { downloadText } from './download';
export { useMenu } from './useMenu';
export { Modal } from './Modal';
export { useAfter, useDimmed, DIM_STALE_AFTER_MS } from './useAfter';
