// Moved to src/ui (the designs library uses it too); kept here so existing imports still work.
export { ConfirmDialog } from '../ui/ConfirmDialog';
