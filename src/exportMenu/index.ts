export { ExportMenu } from './ExportMenu';
export { addBaselineSource, baselineChoices, type NamedDesign } from './baselines';
export { exportDesign } from './exportActions';
