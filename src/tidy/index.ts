export { tidyPositions, type TidyOutcome } from './tidyLayout';
