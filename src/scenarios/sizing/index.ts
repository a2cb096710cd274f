export { defaultSizingInput, ERAS, FABRICS, FABRIC_HINT, FABRIC_LABEL, SizingInputSchema, type Era, type Fabric, type SizingInput } from './inputs';
export { sizeDesign, type FabricReport, type SizingOutcome, type SizingResult } from './sizer';
export { serviceTotals } from './assemble';
export { shapeText } from './fabricNotes';
export { switchesByPart, type Counts, type Tree } from './tree';
export { fatTree, leafSplit, leavesFor, spineTier, switchCounts, type FatTree } from './fatTree';
export { TARGET_UTILIZATION } from './hostSide';
export { profileFor } from './profiles';
