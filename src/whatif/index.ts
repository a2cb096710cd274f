// What-if analysis UI: fail/restore controls (canvas menu, inspector), failed-part marks, and the
// What-if panel (lazy: n−1 table, sweeps, migration time).
export { FailureMenu, openFailureMenu } from './FailureMenu';
export { FailureSection, FailureActions } from './FailureActions';
export { adapterFailure, failedText, linkFailure, nodeFailure, pairCount } from './marks';
