export { defaultSizingInput, ERAS, FABRICS, FABRIC_HINT, FABRIC_LABEL, SizingInputSchema, type Era, type Fabric, type SizingInput } from './inputs';
export { sizeDesign, type FabricReport, type SizingOutcome, type SizingResult } from './sizeDesign';
export { fatTree, leafSplit, leavesFor, spineTier, switchCounts, type FatTree } from './fatTree';
export { TARGET_UTILIZATION } from './hostSide';
export { profileFor } from './profiles';
