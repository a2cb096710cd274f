// src/analysis: comparisons as plain rows (A against B, the seed's Table 3, fallbacks per part).
// Pure: read by the CLI and by the compare view.
export { compareSections, modeOf, serversOf, vmsRunning, type CompareRow, type CompareSection, type CompareSide } from './designCompare';
export { fallbackLines, type FallbackLine } from './fallbacks';
export { pairScopeText, qualitativeText, qualitativeVia, scopeNote, scopeSentence, scopeShort, scopeText, viaText, type QualitativeKey } from './coverage';
export { SEED_TABLE3, SEED_TABLE3_NOTES, table3, table3FallbackNote, type Table3Row } from './table3';
export { COMPARE_METRICS, SECTIONS, serverCount, type Metric, type MetricContext, type Section } from './metrics';
export { num, ratio, shortName, type Unit, type Value } from './values';
export { buildErrors, demandLines, demandMet, demandVerdict, FLOW_UNIT, metInText, shortText, type DemandLine, type DemandVerdict } from './demand';
export { vmDemand, vmDistribution, vmPlace, type DistributionPoint, type VmDistribution, type VmPlace } from './vmDistribution';
export { sanTransportRows, type SanTransportRow } from './sanTransports';
