// The Compare view (design A against design B). Loaded on demand: the app imports it lazily.
export { CompareView, BASELINE_TEMPLATE, type CompareViewProps } from './CompareView';
