export { SizingWizard } from './SizingWizard';
