export { nodeRanks, type RankedNode } from './roles';
export { estimateNodeSize, NODE_WIDTH } from './nodeSize';
export { withPodBlocks } from './podBlocks';
export { shortName, isWholeWordPrefix, ELLIPSIS, type MeasureText } from './shortName';
export { layeredPositions, withLayeredLayout, COLUMN_GAP, ROW_GAP, type Positions, type Size } from './layered';
export { elkGraphFor, positionsFromElk, ELK_OPTIONS, type ElkGraph } from './elkGraph';
export { cornersOf, floatingEnds, routeCable, spotsAlong, type CableRoute, type Point } from './cableRoute';
export { obstacleIndex, type Box, type ObstacleIndex } from './obstacles';
