export { FlowProblemBuilder, type FlowProblem } from './problem';
export { solveMaxMin, DEMAND_LIMITED, UNBOUNDED, type FlowSolution } from './maxmin';
export { EventHeap } from './heap';
export { syntheticProblem, mulberry32 } from './synthetic';
export { benchSolver, type SolverBenchRow } from './bench';
