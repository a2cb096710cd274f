export { Inspector } from './Inspector';
export { ResultsPanel } from './ResultsPanel';
export { FindingsPanel } from './FindingsPanel';
