export { simulate, simulateSession, simulateWithCapability, prepare, sizeProblem, type SimulateOptions, type SimulationSession } from './simulate';
export { evaluateMode, fallbacksFor } from './evaluate';
export { effectiveMode, hostPathCapability, transportFor } from './hostPath';
export { checkConnection, installAdapterCheck, linkEra, nodePorts, type NodePort } from './connect';
export { ASK_ABOVE_LANES, memberPortUse, proposeLanes, type LaneProposal } from './lanes';
export { applyFailures, classLabel, failureLabel, failureTargets, pairMembers } from './failures';
export { failureClasses, type FailureClass } from './failureClasses';
export {
  asClass, classImpacts, compareResults, evaluateWithFailures, failedFigures, haVerdict, impactSummary, memberImpacts, nMinus1, rankImpacts, singleFailureImpacts, standsFor, whatIfBase,
  type HaVerdict, type NMinus1Result, type WhatIfBase,
} from './nMinus1';
export type { SimProgress, ProgressSink } from './progress';
export { billOfMaterials, categoryTotals, lengthClass, BOM_CATEGORIES, type BomLine, type BomCategory } from './bom';
export { cablingMap, expandedCableCount, MAX_CABLING_ROWS, type CableRow, type CableEnd } from './cabling';
export { buildTopology } from './expandDesign';
export { demandLimit, sweep, sweepBase, sweepPoint, SWEEP_VALUES, type SweepBase, withSweepValue, type SweepAxis, type SweepModePoint, type SweepPoint } from './sweep';
export { migrationEstimates, type MigrationEstimate } from './migration';
