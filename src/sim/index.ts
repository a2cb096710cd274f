export { simulate, prepare, sizeProblem, type SimulateOptions } from './simulate';
export { evaluateMode, fallbacksFor } from './evaluate';
export { effectiveMode, hostPathCapability, transportFor } from './hostPath';
export { checkConnection, installAdapterCheck, nodePorts, type NodePort } from './connect';
export { failureSweep, failureTargets } from './failures';
export type { SimProgress, ProgressSink } from './progress';
export { billOfMaterials, categoryTotals, lengthClass, BOM_CATEGORIES, type BomLine, type BomCategory } from './bom';
export { cablingMap, expandedCableCount, MAX_CABLING_ROWS, type CableRow, type CableEnd } from './cabling';
export { buildTopology } from './expandDesign';
